package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /api/search} on the real node over the bundled corpus: every parameter, the facet
 * counts against numbers counted by hand, and the 400s.
 *
 * <p>Hand counts (from the five documents as extracted: 273 passages): Wirral 99, Knowsley 64,
 * Liverpool 62, St Helens 48; weaknesses 75 (Liverpool 38, Knowsley 17, St Helens 12, Wirral 8);
 * EHC-plan weaknesses 14 (Liverpool 8, Knowsley 3, St Helens 2, Wirral 1); Liverpool's passages:
 * 38 weaknesses, 21 strengths, 3 significant weaknesses. Documents: 3 inspection letters, 1
 * council report, 1 press release, one each dated 2018, 2019, 2021, 2022 and 2024.
 */
@ExtendWith(TestSite.Extension.class)
class SearchApiTest {

    private static Map<String, Long> counts(JsonNode result, String facet) {
        Map<String, Long> counts = new HashMap<>();
        result.path("facets")
                .path(facet)
                .forEach(value -> counts.put(
                        value.path("value").asText(), value.path("count").asLong()));
        return counts;
    }

    @Test
    void emptyQueryBrowsesEverythingWithFacetCounts(TestSite site) {
        JsonNode result = site.json("/api/search");
        assertEquals(273, result.path("total").asLong());
        assertEquals(1, result.path("page").asInt());
        assertEquals(20, result.path("size").asInt());
        assertEquals(20, result.path("hits").size());
        assertTrue(result.path("suggestion").isNull());
        assertTrue(result.has("tookMs"));
        assertEquals(
                Map.of("Wirral", 99L, "Knowsley", 64L, "Liverpool", 62L, "St Helens", 48L), counts(result, "area"));
        assertEquals(75L, counts(result, "polarity").get("weakness"));
        assertEquals(Map.of("North West", 273L), counts(result, "region"));
        JsonNode firstPolarity = result.path("facets").path("polarity").get(0);
        assertEquals("strength", firstPolarity.path("value").asText(), "fixed vocabularies keep their own order");
        assertEquals("Strength", firstPolarity.path("label").asText());
        JsonNode theme = result.path("facets").path("theme").get(0);
        assertFalse(
                theme.path("label").asText().equals(theme.path("value").asText()), "themes get their labels: " + theme);
    }

    @Test
    void eachFacetCountsWithTheOtherFacetsFiltersOnly(TestSite site) {
        JsonNode result = site.json("/api/search?polarity=weakness&theme=ehc-plans&size=100");
        assertEquals(14, result.path("total").asLong());
        assertEquals(Map.of("Liverpool", 8L, "Knowsley", 3L, "St Helens", 2L, "Wirral", 1L), counts(result, "area"));
        // The polarity facet ignores the polarity filter: it counts every polarity of EHC-plan passages.
        Map<String, Long> polarity = counts(result, "polarity");
        assertEquals(14L, polarity.get("weakness"));
        assertTrue(polarity.get("strength") > 0, polarity.toString());
        result.path("hits").forEach(hit -> {
            assertEquals("weakness", hit.path("polarity").asText());
            assertTrue(hit.path("themes").toString().contains("ehc-plans"));
        });
        boolean selected = false;
        for (JsonNode value : result.path("facets").path("polarity")) {
            if (value.path("value").asText().equals("weakness")) {
                selected = value.path("selected").asBoolean();
            }
        }
        assertTrue(selected);
    }

    @Test
    void valuesOfOneFacetAreOredAndFacetsAnded(TestSite site) {
        JsonNode liverpool = site.json("/api/search?area=Liverpool");
        assertEquals(62, liverpool.path("total").asLong());
        assertEquals(
                Map.of("weakness", 38L, "strength", 21L, "significant-weakness", 3L), counts(liverpool, "polarity"));
        assertEquals(99L, counts(liverpool, "area").get("Wirral"), "the area facet still offers the other areas");
        JsonNode two = site.json("/api/search?area=Liverpool&area=Knowsley");
        assertEquals(62 + 64, two.path("total").asLong());
        JsonNode anded = site.json("/api/search?area=Liverpool&area=Knowsley&polarity=weakness");
        assertEquals(38 + 17, anded.path("total").asLong());
    }

    @Test
    void documentScopeSearchesWholeDocuments(TestSite site) {
        JsonNode all = site.json("/api/search?scope=documents");
        assertEquals(5, all.path("total").asLong());
        assertEquals(Map.of("inspection-letter", 3L, "council-report", 1L, "press-release", 1L), counts(all, "type"));
        assertEquals(
                Map.of("2018", 1L, "2019", 1L, "2022", 2L, "2024", 1L),
                counts(all, "year"),
                "Knowsley's letter by its inspection");
        assertFalse(all.path("facets").has("section"), "documents have no sections");
        assertFalse(all.path("facets").has("polarity"));
        JsonNode letters = site.json(
                "/api/search?scope=documents&type=inspection-letter&q=" + TestSite.encode("joint commissioning"));
        assertTrue(letters.path("total").asLong() >= 1);
        for (JsonNode hit : letters.path("hits")) {
            assertEquals("inspection-letter", hit.path("type").asText());
            assertEquals(hit.path("id").asText(), hit.path("documentId").asText());
            assertTrue(hit.path("url").asText().startsWith("/documents/"));
            assertTrue(hit.path("section").isNull());
        }
    }

    @Test
    void everyOtherParameterHasItsEffect(TestSite site) {
        assertEquals(
                1,
                site.json("/api/search?year=2019&scope=documents").path("total").asLong());
        JsonNode wsoa = site.json("/api/search?wsoa=false");
        assertEquals(48, wsoa.path("total").asLong(), "St Helens alone needed no written statement of action");
        assertEquals(Map.of("false", 48L, "true", 225L), counts(wsoa, "wsoa"));
        JsonNode section = site.json("/api/search?section=significant-weaknesses");
        assertEquals(16, section.path("total").asLong());
        JsonNode inspector = site.json("/api/search?inspector=" + TestSite.encode("Jonathan Jones"));
        assertEquals(62, inspector.path("total").asLong());
        assertEquals(
                62,
                site.json("/api/search?region=" + TestSite.encode("North West") + "&area=Liverpool")
                        .path("total")
                        .asLong());
        JsonNode range = site.json("/api/search?from=2019-01-01&to=2019-12-31");
        assertEquals(62, range.path("total").asLong(), "only Liverpool's letter is dated 2019");
        assertEquals(48, site.json("/api/search?to=2018-12-31").path("total").asLong());
        JsonNode type = site.json("/api/search?type=council-report");
        assertEquals(99, type.path("total").asLong());
    }

    @Test
    void sortingAndPaging(TestSite site) {
        List<String> newest = dates(site.json("/api/search?sort=newest&size=100"));
        List<String> sorted = new ArrayList<>(newest);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, newest);
        assertEquals("2024-04-02", newest.get(0));
        assertTrue(newest.contains("2022-03-18"), "the Knowsley letter sorts by its inspection, not its printed date");
        assertFalse(newest.contains("2021-04-26"));
        List<String> oldest = dates(site.json("/api/search?sort=oldest&size=100"));
        assertEquals("2018-03-21", oldest.get(0));

        JsonNode page1 = site.json("/api/search?size=10&page=1");
        JsonNode page2 = site.json("/api/search?size=10&page=2");
        assertEquals(10, page1.path("hits").size());
        assertEquals(2, page2.path("page").asInt());
        assertFalse(page1.path("hits")
                .get(0)
                .path("id")
                .asText()
                .equals(page2.path("hits").get(0).path("id").asText()));
        JsonNode last = site.json("/api/search?size=50&page=6");
        assertEquals(273 - 250, last.path("hits").size());
        assertEquals(0, site.json("/api/search?size=50&page=7").path("hits").size());
    }

    private static List<String> dates(JsonNode result) {
        List<String> dates = new ArrayList<>();
        result.path("hits").forEach(hit -> dates.add(hit.path("researchDate").asText()));
        return dates;
    }

    @Test
    void queriesUseTheSearchSyntax(TestSite site) {
        JsonNode phrase = site.json("/api/search?q=" + TestSite.encode("\"tell their story more than once\""));
        assertEquals(2, phrase.path("total").asLong(), "Liverpool and St Helens use those words: " + phrase);
        phrase.path("hits")
                .forEach(hit -> assertTrue(
                        hit.path("highlight").asText().contains("<mark>tell their story more than once</mark>"),
                        hit.toString()));

        long autism = site.json("/api/search?q=autism").path("total").asLong();
        long autismNotAdhd = site.json("/api/search?q=" + TestSite.encode("autism -ADHD"))
                .path("total")
                .asLong();
        assertTrue(autismNotAdhd > 0 && autismNotAdhd < autism, autism + " / " + autismNotAdhd);
        site.json("/api/search?q=" + TestSite.encode("autism -ADHD") + "&size=100")
                .path("hits")
                .forEach(hit -> assertFalse(hit.path("text").asText().contains("ADHD"), hit.toString()));

        JsonNode either = site.json("/api/search?q=" + TestSite.encode("portage OR camhs") + "&size=50");
        assertFalse(either.path("partial").asBoolean());
        boolean portage = false;
        boolean camhs = false;
        for (JsonNode hit : either.path("hits")) {
            String text = hit.path("text").asText().toLowerCase();
            portage |= text.contains("portage");
            camhs |= text.contains("camhs") || text.contains("child and adolescent mental health");
        }
        assertTrue(portage && camhs, either.toString());
        JsonNode both = site.json("/api/search?q=" + TestSite.encode("portage camhs"));
        assertTrue(
                both.path("partial").asBoolean(),
                "no passage has both words, so any word will do: " + both.path("total"));

        long prefix = site.json("/api/search?q=" + TestSite.encode("neurodevelop*"))
                .path("total")
                .asLong();
        assertTrue(prefix > 0);

        JsonNode acronym = site.json("/api/search?q=CAMHS&size=50");
        boolean expansionFound = false;
        for (JsonNode hit : acronym.path("hits")) {
            expansionFound |= hit.path("text").asText().toLowerCase().contains("child and adolescent mental health");
        }
        assertTrue(expansionFound, "the acronym finds the words it stands for");
    }

    @Test
    void userInputIsNeverQuerySyntaxForOtherFields(TestSite site) {
        // Field syntax, regex, fuzziness, JSON: all just text, never an error or another field.
        for (String hostile : List.of(
                "area:Liverpool",
                "text:/.*/",
                "autism~2",
                "{\"match_all\":{}}",
                "((((",
                "\"unclosed",
                "*",
                "-",
                "OR OR",
                "\\",
                "a|b|",
                "<script>alert(1)</script>")) {
            HttpResponse<String> response = site.get("/api/search?q=" + TestSite.encode(hostile));
            assertEquals(200, response.statusCode(), hostile + " -> " + response.body());
        }
        JsonNode fieldSyntax = site.json("/api/search?q=" + TestSite.encode("polarity:strength"));
        assertTrue(fieldSyntax.path("total").asLong() < 98, "no field query: " + fieldSyntax.path("total"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "scope=everything | scope must be 'passages' or 'documents'",
                "sort=best | sort must be 'relevance', 'newest' or 'oldest'",
                "page=0 | page must be 1 or more",
                "page=two | page must be a whole number",
                "size=0 | size must be between 1 and 100",
                "size=101 | size must be between 1 and 100",
                "size=100&page=101 | beyond the first 10000 results",
                "from=2019-13-01 | from must be a date written YYYY-MM-DD",
                "from=2020-01-01&to=2019-01-01 | is after to",
                "type=letter | Unknown type 'letter'",
                "polarity=bad | Unknown polarity 'bad'",
                "section=intro | Unknown section 'intro'",
                "theme=autism | Unknown theme 'autism'",
                "year=19 | year must be a four-digit year",
                "wsoa=maybe | wsoa must be 'true' or 'false'",
                "aera=Liverpool | Unknown parameter 'aera'",
                "q=a&q=b | was given 2 times",
                "scope=documents&section=meeting-needs | applies to findings only",
                "scope=documents&polarity=weakness | applies to findings only"
            })
    void badParametersAre400WithAMessageSayingWhatWasWrong(String query, String message, TestSite site) {
        HttpResponse<String> response = site.get("/api/search?" + query);
        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = TestSite.parse(response.body());
        assertEquals(400, body.path("status").asInt());
        assertTrue(body.path("message").asText().contains(message), body.toString());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void aTooLongQueryIs400(TestSite site) {
        HttpResponse<String> response = site.get("/api/search?q=" + "a".repeat(501));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("too long"), response.body());
    }

    @Test
    void didYouMeanAndResultsForTheCorrection(TestSite site) {
        JsonNode typo = site.json("/api/search?q=" + TestSite.encode("autsim waits"));
        assertEquals(
                "autism waits",
                typo.path("suggestion").asText(),
                typo.path("suggestion").toString());
        JsonNode known = site.json("/api/search?q=" + TestSite.encode("waits"));
        assertTrue(
                known.path("suggestion").isNull(),
                "another form of an indexed word is no typo: " + known.path("suggestion"));
        JsonNode none = site.json("/api/search?q=" + TestSite.encode("occupatonal theraphy"));
        assertEquals("occupational therapy", none.path("suggestion").asText());
        assertEquals("occupational therapy", none.path("resultsFor").asText());
        assertTrue(none.path("total").asLong() > 0);
    }

    @Test
    void hitsCarryEverythingToShowAndCite(TestSite site) {
        JsonNode hit = site.json("/api/search?q=" + TestSite.encode("\"unacceptable delays\""))
                .path("hits")
                .get(0);
        for (String field : List.of(
                "id",
                "documentId",
                "title",
                "area",
                "type",
                "date",
                "section",
                "heading",
                "polarity",
                "themes",
                "text",
                "highlight",
                "citation",
                "url")) {
            assertTrue(hit.has(field), field + " in " + hit);
        }
        assertFalse(hit.has("marked"), "the internal segments stay internal");
        assertEquals(
                "Ofsted and CQC, Joint local area SEND inspection in Liverpool, letter of 26 February 2019, "
                        + "'Areas for development' (meeting needs)",
                hit.path("citation").asText());
        assertTrue(hit.path("url").asText().matches("/documents/liverpool-[a-z0-9-]+#p-\\d+"), hit.toString());
        assertNull(null);
    }
}
