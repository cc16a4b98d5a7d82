package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.insights.CsvReading;
import org.sendsearch.insights.ExportService;

/**
 * {@code GET /api/export} on the real node over the bundled corpus: all 290 passages as CSV that
 * Excel opens (BOM, quoted fields, CRLF) and as JSON, with every column; filters and document
 * scope; the export links on the search page.
 */
@ExtendWith(TestSite.Extension.class)
class ExportApiTest {
    static final List<String> FINDING_COLUMNS = List.of(
            "id",
            "documentId",
            "area",
            "region",
            "type",
            "year",
            "date",
            "title",
            "section",
            "heading",
            "polarity",
            "themes",
            "wsoaRequired",
            "leadInspector",
            "paragraph",
            "text",
            "citation",
            "url",
            "publishedUrl",
            "warnings");
    /** The CSV's header: the same columns, labelled for people. */
    static final List<String> FINDING_LABELS = List.of(
            "Finding id",
            "Document id",
            "Area",
            "Region",
            "Document type",
            "Year (counted)",
            "Date printed",
            "Document title",
            "Section",
            "Heading",
            "Finding type",
            "Themes",
            "Written statement of action",
            "Lead inspector",
            "Paragraph",
            "Finding",
            "Citation",
            "Link to the paragraph",
            "Published report",
            "Warnings");

    private static HttpResponse<byte[]> bytes(TestSite site, String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(site.base() + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFindingOfTheCorpusAsCsv(TestSite site) {
        HttpResponse<byte[]> response = bytes(site, "/api/export?format=csv");
        assertEquals(200, response.statusCode());
        assertEquals(
                "text/csv; charset=utf-8",
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .startsWith("attachment; filename=\"send-findings-"));
        assertEquals("290", response.headers().firstValue("X-Export-Total").orElse(""));
        assertTrue(response.headers().firstValue("X-Export-Capped").isEmpty());
        assertEquals(
                Integer.toString(ExportService.MAX_ROWS),
                response.headers().firstValue("X-Export-Max-Rows").orElse(""),
                "the server's exports stop at the cap (ExportServiceTest proves the stop)");
        byte[] body = response.body();
        assertEquals(0xEF, body[0] & 0xFF);
        assertEquals(0xBB, body[1] & 0xFF);
        assertEquals(0xBF, body[2] & 0xFF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        List<List<String>> all = CsvReading.parse(text);
        assertEquals(List.of("Search", "(everything)"), all.get(0), "what was searched comes first");
        assertEquals(List.of("Filters", "none"), all.get(1));
        assertEquals("Exported", all.get(2).get(0));
        assertTrue(
                all.get(2).get(1).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d UTC"),
                all.get(2).toString());
        assertEquals(List.of("Rows", "290 of 290 findings"), all.get(3));
        List<List<String>> rows = all.subList(ExportService.CSV_PREAMBLE_ROWS, all.size());
        assertEquals(FINDING_LABELS, rows.get(0));
        assertEquals(291, rows.size(), "header and 290 passages");
        Set<String> ids = new HashSet<>();
        int textColumn = FINDING_LABELS.indexOf("Finding");
        int citation = FINDING_LABELS.indexOf("Citation");
        int url = FINDING_LABELS.indexOf("Link to the paragraph");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(FINDING_COLUMNS.size(), row.size());
            ids.add(row.get(0));
            assertFalse(row.get(textColumn).isBlank(), "text");
            assertFalse(row.get(citation).isBlank(), "citation");
            assertTrue(
                    row.get(url).startsWith(site.base() + "/documents/")
                            && row.get(url)
                                    .endsWith("#p-"
                                            + (Integer.parseInt(row.get(FINDING_LABELS.indexOf("Paragraph"))) - 1)),
                    row.get(url));
            assertFalse(row.get(FINDING_LABELS.indexOf("Document type")).contains("-"), "labels, not ids: " + row);
        }
        assertEquals(290, ids.size(), "every finding once");
        List<String> story = rows.stream()
                .filter(row -> row.get(textColumn).contains("tell their story more than once")
                        && "Liverpool".equals(row.get(2)))
                .findFirst()
                .orElseThrow();
        assertEquals("Weakness", story.get(FINDING_LABELS.indexOf("Finding type")));
        assertEquals("Communication with families", story.get(FINDING_LABELS.indexOf("Themes")));
        assertEquals("Inspection letter", story.get(FINDING_LABELS.indexOf("Document type")));
        assertTrue(story.get(citation).startsWith("Ofsted and CQC"), story.get(citation));
        assertEquals("", story.get(FINDING_LABELS.indexOf("Warnings")));
        // The Knowsley letter is printed 26 April 2021, before its inspection ended in March 2022.
        List<String> knowsley = rows.stream()
                .filter(row -> "Knowsley".equals(row.get(2)) && "Inspection letter".equals(row.get(4)))
                .findFirst()
                .orElseThrow();
        assertEquals("2022", knowsley.get(FINDING_LABELS.indexOf("Year (counted)")), "counted by its inspection");
        assertEquals("2021-04-26", knowsley.get(FINDING_LABELS.indexOf("Date printed")));
        assertTrue(
                knowsley.get(FINDING_LABELS.indexOf("Warnings")).contains("before its inspection ended"),
                knowsley.toString());
    }

    @Test
    void theCsvSaysWhichSearchAndFiltersItHolds(TestSite site) {
        String text = site.get(
                        "/api/export?format=csv&q=autism&area=Knowsley&polarity=weakness&polarity=significant-weakness")
                .body()
                .substring(1);
        List<List<String>> all = CsvReading.parse(text);
        assertEquals(List.of("Search", "autism"), all.get(0));
        assertEquals(List.of("Filters", "Area: Knowsley; Finding type: Weakness or Significant weakness"), all.get(1));
        assertEquals(FINDING_LABELS, all.get(ExportService.CSV_PREAMBLE_ROWS));
    }

    @Test
    void everyFindingOfTheCorpusAsJson(TestSite site) {
        HttpResponse<String> response = site.get("/api/export?format=json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = TestSite.parse(response.body());
        assertEquals(290, body.path("total").asLong());
        assertEquals(290, body.path("exported").asLong());
        assertFalse(body.path("capped").asBoolean());
        assertEquals(ExportService.MAX_ROWS, body.path("maxRows").asInt());
        assertEquals(FINDING_COLUMNS, textList(body.path("columns")));
        assertEquals(290, body.path("rows").size());
        JsonNode first = body.path("rows").get(0);
        for (String column : FINDING_COLUMNS) {
            assertTrue(first.has(column), column);
        }
        assertTrue(first.path("themes").isArray());
        assertEquals("2024-04-02", first.path("date").asText(), "newest first");
    }

    private static List<String> textList(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void filtersTextAndScopeAreTheSearchsOwn(TestSite site) {
        JsonNode knowsley = TestSite.parse(site.get("/api/export?format=json&area=Knowsley&polarity=weakness")
                .body());
        assertEquals(17, knowsley.path("exported").asLong());
        knowsley.path("rows")
                .forEach(row -> assertEquals("Knowsley", row.path("area").asText()));
        long autism = site.json("/api/search?size=1&q=autism").path("total").asLong();
        assertEquals(
                autism,
                TestSite.parse(site.get("/api/export?format=json&q=autism").body())
                        .path("exported")
                        .asLong(),
                "a query naming a theme selects as the search does");
        String words = TestSite.encode("families appointments");
        long searched = site.json("/api/search?size=1&q=" + words).path("total").asLong();
        assertTrue(searched > 1);
        assertEquals(
                searched,
                TestSite.parse(site.get("/api/export?format=json&q=" + words).body())
                        .path("exported")
                        .asLong());
        JsonNode documents = TestSite.parse(site.get("/api/export?format=json&scope=documents&page=3&size=1")
                .body());
        assertEquals(5, documents.path("exported").asLong(), "page and size are ignored: everything is exported");
        assertTrue(textList(documents.path("columns"))
                .containsAll(List.of("significantWeaknesses", "warnings", "citation", "url")));
    }

    @Test
    void badParametersAreA400(TestSite site) {
        HttpResponse<String> response = site.get("/api/export?format=xlsx");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("format must be 'csv' or 'json'"), response.body());
        assertEquals(400, site.get("/api/export?area=Knowsley&colour=red").statusCode());
    }

    @Test
    void theSearchPageOffersTheExport(TestSite site) {
        Document page = Jsoup.parse(site.get("/search?q=autism&area=Knowsley").body());
        Element csv = page.getElementById("export-csv");
        assertEquals("/api/export?q=autism&area=Knowsley&format=csv", csv.attr("href"));
        assertEquals(
                "/api/export?q=autism&area=Knowsley&format=json",
                page.getElementById("export-json").attr("href"));
        long total =
                site.json("/api/search?q=autism&area=Knowsley").path("total").asLong();
        assertTrue(
                page.getElementById("export").text().contains("Download all " + total + " findings"),
                page.getElementById("export").text());
    }
}
