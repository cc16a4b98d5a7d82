package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /api/insights/matrix} and {@code /api/insights/phrases} on the real node over the
 * bundled corpus.
 *
 * <p>The cells below were checked by hand against the letters (weaknesses include the areas of
 * significant weakness): neurodevelopmental waits in Knowsley (4: main finding, the 700-child
 * waiting list, parents not told of support while waiting, the significant weakness) and Liverpool
 * (2: autism pathway delays, ADHD transition backlog); EHC plans in Liverpool (9), Wirral (2, the
 * council report's delays and its significant weakness) and St Helens (2); joint commissioning in
 * Liverpool (3) and Wirral (1, the significant weakness "lack of joint commissioning", which is
 * why significant weaknesses must count); preparation for adulthood in Knowsley (9) and St Helens
 * (1, provision for 18 to 25).
 */
@ExtendWith(TestSite.Extension.class)
class InsightsApiTest {

    private static JsonNode row(JsonNode matrix, String theme) {
        for (JsonNode row : matrix.path("rows")) {
            if (row.path("theme").asText().equals(theme)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + theme + " in " + matrix);
    }

    private static JsonNode cell(JsonNode row, String column) {
        for (JsonNode cell : row.path("cells")) {
            if (cell.path("column").asText().equals(column)) {
                return cell;
            }
        }
        throw new AssertionError("no cell " + column + " in " + row);
    }

    @ParameterizedTest
    @CsvSource({
        "neurodevelopmental, Knowsley, 4",
        "neurodevelopmental, Liverpool, 2",
        "ehc-plans, Liverpool, 9",
        "ehc-plans, Wirral, 2",
        "ehc-plans, St Helens, 2",
        "joint-commissioning, Liverpool, 3",
        "joint-commissioning, Wirral, 1",
        "preparation-for-adulthood, Knowsley, 9",
        "preparation-for-adulthood, St Helens, 1"
    })
    void theWeaknessMatrixShowsTheRecurringThemes(String theme, String area, long expected, TestSite site) {
        JsonNode matrix = site.json("/api/insights/matrix");
        assertEquals("area", matrix.path("pivot").asText());
        JsonNode cell = cell(row(matrix, theme), area);
        assertEquals(expected, cell.path("count").asLong(), theme + " in " + area);
        JsonNode listed =
                site.json("/api/" + cell.path("url").asText().substring(1).replace("search?", "search?size=100&"));
        assertEquals(expected, listed.path("total").asLong(), "the cell's link lists exactly its findings");
        for (JsonNode hit : listed.path("hits")) {
            assertEquals(area, hit.path("area").asText());
            assertTrue(
                    List.of("weakness", "significant-weakness")
                            .contains(hit.path("polarity").asText()),
                    hit.toString());
        }
    }

    @Test
    void everyNumberLinksToTheSearchListingExactlyThoseFindings(TestSite site) {
        JsonNode matrix = site.json("/api/insights/matrix");
        assertEquals(91, matrix.path("total").asLong(), "75 weaknesses and 16 significant weaknesses");
        assertEquals(
                List.of("Knowsley", "Liverpool", "St Helens", "Wirral"),
                matrix.path("columns").findValuesAsText("key"));
        for (JsonNode column : matrix.path("columns")) {
            assertEquals(
                    column.path("findings").asLong(),
                    total(site, column.path("url").asText()),
                    column.toString());
        }
        int previous = Integer.MAX_VALUE;
        for (JsonNode row : matrix.path("rows")) {
            int recurrence = row.path("recurrence").asInt();
            assertTrue(recurrence <= previous, "rows sorted by recurrence");
            previous = recurrence;
            assertEquals(
                    row.path("findings").asLong(),
                    total(site, row.path("url").asText()),
                    row.path("theme").asText());
            int nonEmpty = 0;
            for (JsonNode cell : row.path("cells")) {
                if (cell.path("count").asLong() > 0) {
                    nonEmpty++;
                    assertEquals(
                            cell.path("count").asLong(),
                            total(site, cell.path("url").asText()),
                            row.path("theme") + " " + cell);
                    assertTrue(
                            cell.path("heat").asInt() >= 1 && cell.path("heat").asInt() <= 5);
                } else {
                    assertTrue(cell.path("url").isNull());
                    assertEquals(0, cell.path("heat").asInt());
                }
            }
            assertEquals(recurrence, nonEmpty);
        }
    }

    private static long total(TestSite site, String searchUrl) {
        assertTrue(searchUrl.startsWith("/search"), searchUrl);
        String query = searchUrl.contains("?") ? searchUrl.substring(searchUrl.indexOf('?') + 1) : "";
        return site.json("/api/search?size=1" + (query.isEmpty() ? "" : "&" + query))
                .path("total")
                .asLong();
    }

    @Test
    void filtersAndTextNarrowTheMatrixAndTheLinksKeepThem(TestSite site) {
        JsonNode matrix = site.json("/api/insights/matrix?area=Knowsley&area=Liverpool&q=wait");
        assertEquals(List.of("Knowsley", "Liverpool"), matrix.path("columns").findValuesAsText("key"));
        JsonNode cell = cell(row(matrix, "neurodevelopmental"), "Knowsley");
        String url = cell.path("url").asText();
        assertTrue(url.contains("q=wait") && url.contains("area=Knowsley") && !url.contains("area=Liverpool"), url);
        assertEquals(cell.path("count").asLong(), total(site, url));

        assertEquals(
                site.json("/api/search?size=1&q=autism").path("total").asLong(),
                site.json("/api/insights/matrix?polarity=all&q=autism")
                        .path("total")
                        .asLong(),
                "a query naming a theme selects as the search does");

        JsonNode themed = site.json("/api/insights/matrix?theme=ehc-plans");
        assertEquals(1, themed.path("rows").size(), "a theme filter keeps only that theme's row");
        assertEquals(16, themed.path("rows").get(0).path("findings").asLong());

        JsonNode strengths = site.json("/api/insights/matrix?polarity=strength");
        assertEquals(98, strengths.path("total").asLong());
        assertEquals(List.of("strength"), textList(strengths.path("polarity")));
        assertEquals(
                273,
                site.json("/api/insights/matrix?polarity=all").path("total").asLong());
    }

    private static List<String> textList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void pivotByYear(TestSite site) {
        JsonNode matrix = site.json("/api/insights/matrix?pivot=year");
        assertEquals("year", matrix.path("pivot").asText());
        List<String> years = matrix.path("columns").findValuesAsText("key");
        assertEquals(
                List.of("2018", "2019", "2022"),
                years,
                "years with weaknesses, oldest first (Knowsley's letter, printed in 2021, by its 2022 inspection)");
        JsonNode cell = cell(row(matrix, "joint-commissioning"), "2022");
        assertEquals(1, cell.path("count").asLong(), "Wirral's 2022 council report");
        assertTrue(cell.path("url").asText().contains("year=2022"));
        assertEquals(1, total(site, cell.path("url").asText()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/insights/matrix?pivot=region|pivot must be 'area', 'year' or 'framework'",
                "/api/insights/matrix?polarity=awful|polarity must be",
                "/api/insights/matrix?scope=documents|scope must be 'passages'",
                "/api/insights/matrix?colour=red|Unknown parameter 'colour'",
                "/api/insights/matrix?pivot=area&pivot=year|given 2 times",
                "/api/insights/phrases?size=0|size must be between 1 and 50"
            })
    void badParametersAreA400SayingWhich(String path, String message, TestSite site) {
        HttpResponse<String> response = site.get(path);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(TestSite.parse(response.body()).path("message").asText().contains(message), response.body());
    }

    @Test
    void precedentWordingIsFoundAsAPhrase(TestSite site) {
        List<String> phrases = site.json("/api/insights/phrases?q=" + TestSite.encode("\"tell their story\""))
                .path("phrases")
                .findValuesAsText("text");
        assertTrue(phrases.contains("tell their story"), phrases.toString());
        List<String> liverpool = site.json("/api/insights/phrases?polarity=weakness&area=Liverpool")
                .path("phrases")
                .findValuesAsText("text");
        assertTrue(liverpool.contains("joint commissioning arrangements"), liverpool.toString());
    }

    @Test
    void phrasesCharacteriseTheSelectionAndLinkToTheirSearch(TestSite site) {
        JsonNode body = site.json("/api/insights/phrases?polarity=weakness&area=Knowsley");
        JsonNode phrases = body.path("phrases");
        assertFalse(phrases.isEmpty());
        List<String> words = phrases.findValuesAsText("text");
        assertTrue(words.contains("wait too long"), "phrases, not only words: " + words);
        assertFalse(
                words.contains("not") || words.contains("the") || words.contains("while"),
                "no function words: " + words);
        for (JsonNode phrase : phrases) {
            String url = phrase.path("url").asText();
            assertTrue(url.contains("area=Knowsley") && url.contains("polarity=weakness"), url);
            // The search also looks in headings and titles, so it may list a few more than the text alone.
            assertTrue(
                    total(site, url) >= phrase.path("findings").asLong(),
                    "the word's link lists the findings using it: " + phrase);
            assertTrue(phrase.path("collection").asLong()
                    >= phrase.path("findings").asLong());
        }
    }

    /**
     * By inspection the bundled corpus holds three: the Knowsley, Liverpool and St Helens letters
     * (the Wirral and Knowsley council papers are not inspectors' findings). Liverpool's nine EHC
     * plan findings are one inspection; EHC plans are a weakness in all three (Knowsley's: "Some
     * outcomes in EHC plans ... are not sufficiently specific"), as is preparation for adulthood
     * (Liverpool's: "a young person's frustration at the lack of physiotherapy services on
     * transition to adulthood"); joint commissioning only in Liverpool.
     */
    @ParameterizedTest
    @CsvSource({
        "ehc-plans, 3, Liverpool, 1",
        "ehc-plans, 3, Knowsley, 1",
        "neurodevelopmental, 2, Knowsley, 1",
        "joint-commissioning, 1, Liverpool, 1",
        "joint-commissioning, 1, St Helens, 0",
        "preparation-for-adulthood, 3, St Helens, 1"
    })
    void byInspectionEachCellCountsInspectionsOutOfTheColumns(
            String theme, long inspections, String area, long count, TestSite site) {
        JsonNode matrix = site.json("/api/insights/matrix?unit=inspections");
        assertEquals("inspections", matrix.path("unit").asText());
        assertEquals("inspection", matrix.path("authors").asText(), "the inspections' own documents by default");
        assertEquals(3, matrix.path("inspections").asLong());
        assertEquals(
                List.of("Knowsley", "Liverpool", "St Helens"),
                matrix.path("columns").findValuesAsText("key"),
                "no column for Wirral, whose only document is a council report");
        for (JsonNode column : matrix.path("columns")) {
            assertEquals(1, column.path("inspections").asLong(), column.toString());
        }
        JsonNode row = row(matrix, theme);
        assertEquals(inspections, row.path("inspections").asLong(), theme);
        assertEquals(inspections / 3.0, row.path("share").asDouble(), 1e-9);
        JsonNode cell = cell(row, area);
        assertEquals(count, cell.path("count").asLong());
        if (count > 0) {
            JsonNode listed =
                    site.json("/api/" + cell.path("url").asText().substring(1).replace("search?", "search?size=100&"));
            assertTrue(listed.path("total").asLong() >= count);
            for (JsonNode hit : listed.path("hits")) {
                assertEquals(area, hit.path("area").asText());
                assertEquals("inspection-letter", hit.path("type").asText(), hit.toString());
            }
        } else {
            assertTrue(cell.path("url").isNull());
        }
    }

    @Test
    void councilDocumentsAreCountedOnlyWhenAskedFor(TestSite site) {
        JsonNode council = site.json("/api/insights/matrix?unit=passages&authors=council");
        assertTrue(council.path("columns").findValuesAsText("key").contains("Wirral"));
        assertEquals(2, cell(row(council, "ehc-plans"), "Wirral").path("count").asLong());
        HttpResponse<String> mixed = site.get("/api/insights/matrix?unit=inspections&type=council-report");
        assertEquals(400, mixed.statusCode());
        assertTrue(mixed.body().contains("council-report"), mixed.body());
        assertEquals(400, site.get("/api/insights/matrix?unit=people").statusCode());
    }

    @Test
    void theTableDownloadsAsCsv(TestSite site) {
        HttpResponse<String> response = site.get("/api/insights/matrix.csv?pivot=area");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        assertTrue(
                response.headers().firstValue("content-disposition").orElse("").contains("attachment"));
        String[] lines = response.body().split("\r\n");
        assertEquals(
                "\uFEFF\"Theme\",\"Knowsley\",\"Liverpool\",\"St Helens\",\"Areas with it\",\"Inspections with it\","
                        + "\"Share of the inspections (%)\"",
                lines[0]);
        boolean found = false;
        for (String line : lines) {
            if (line.startsWith("\"EHC plans\"")) {
                assertTrue(line.endsWith(",\"1\",\"1\",\"1\",\"3\",\"3\",\"100.0\""), line);
                found = true;
            }
        }
        assertTrue(found, response.body());
        assertEquals("\"Inspections under the filters\",\"1\",\"1\",\"1\",\"\",\"3\",\"\"", lines[lines.length - 1]);
    }
}
