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
import org.sendsearch.insights.CsvReading;

/**
 * The hostile corpus of {@link TestSite} through the API and the export: markup in text, titles and
 * file names comes back as the plain strings it is (JSON does not escape or strip it, the
 * highlighter does escape it), the original-file download names itself safely, and the CSV export
 * guards every cell that a spreadsheet would run as a formula. What a browser makes of the pages
 * is {@link HostileContentBrowserTest}'s part.
 */
@ExtendWith(TestSite.Extension.class)
class HostileContentTest {

    /** The hostile document whose title and file name carry markup, from the document search. */
    static JsonNode namedDocument(TestSite site) {
        for (JsonNode hit : site.getJson(site.hostileBase(), "/api/search?scope=documents&size=100")
                .path("hits")) {
            if (hit.path("title").asText().equals(TestSite.HOSTILE_TITLE)) {
                return hit;
            }
        }
        throw new AssertionError("no document titled " + TestSite.HOSTILE_TITLE);
    }

    @Test
    void theApiGivesTitlesFileNamesAndTextAsPlainStrings(TestSite site) {
        JsonNode hit = namedDocument(site);
        String id = hit.path("id").asText();
        assertTrue(id.matches("[a-z0-9-]+"), "ids are slugs, whatever the file name: " + id);
        JsonNode document = site.getJson(site.hostileBase(), "/api/documents/" + id);
        assertEquals(TestSite.HOSTILE_TITLE, document.path("title").asText());
        assertEquals(TestSite.HOSTILE_NAME_FILE, document.path("sourcePath").asText());
        assertTrue(
                document.path("citation").asText().contains(TestSite.HOSTILE_TITLE),
                document.path("citation").asText());
        String text = document.path("text").asText();
        for (String payload : List.of(
                "javascript:alert(window.pwned=3)",
                "<svg onload=alert(window.pwned=4)>",
                "<iframe srcdoc=\"<script>parent.pwned=5</script>\"></iframe>",
                "\" onmouseover=\"alert(window.pwned=6)\" x=\"",
                TestSite.FORMULA)) {
            assertTrue(text.contains(payload), payload + " in " + text);
        }

        HttpResponse<String> search =
                site.getFrom(site.hostileBase(), "/api/search?q=" + TestSite.encode("annual reviews"));
        assertEquals(200, search.statusCode());
        assertTrue(search.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(
                "nosniff", search.headers().firstValue("X-Content-Type-Options").orElse(""));
        JsonNode hits = TestSite.parse(search.body()).path("hits");
        assertTrue(hits.size() > 0, search.body());
        for (JsonNode finding : hits) {
            assertEquals(TestSite.HOSTILE_TITLE, finding.path("title").asText());
            String highlight = finding.path("highlight").asText();
            assertFalse(highlight.replace("<mark>", "").replace("</mark>", "").contains("<"), "escaped: " + highlight);
        }

        HttpResponse<String> html =
                site.getFrom(site.hostileBase(), "/api/search?q=" + TestSite.encode("transition planning"));
        JsonNode report = TestSite.parse(html.body()).path("hits").get(0);
        assertEquals(
                "Knowsley SEND improvement report <img src=x onerror=alert(window.pwned=13)>",
                report.path("title").asText());
        String reportText = site.getJson(
                        site.hostileBase(),
                        "/api/documents/" + report.path("documentId").asText())
                .path("text")
                .asText();
        assertTrue(reportText.contains("portal link"), reportText);
        for (String dropped : List.of(
                "javascript:",
                "pwned = 10",
                "pwned=11",
                "pwned = 12",
                "pwned=14",
                "pwned=15",
                "pwned=16",
                "pwned=17",
                "pwned=19",
                "pwned=21",
                "drawing")) {
            assertFalse(
                    reportText.contains(dropped),
                    "the scripts, attributes, SVG, iframes and forms of an HTML source are not " + "text, but '"
                            + dropped + "' is in: " + reportText);
        }
        assertTrue(
                reportText.contains("<iframe srcdoc=\"<script>parent.pwned=18</script>\">"),
                "escaped markup is text: " + reportText);
    }

    @Test
    void theOriginalFileDownloadsUnderASafeName(TestSite site) {
        String id = namedDocument(site).path("id").asText();
        HttpResponse<String> source = site.getFrom(site.hostileBase(), "/documents/" + id + "/source");
        assertEquals(200, source.statusCode());
        assertTrue(source.headers().firstValue("Content-Type").orElse("").startsWith("text/plain;"));
        String disposition = source.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.matches("inline; filename=\"[A-Za-z0-9._-]+\""), disposition);
        assertTrue(source.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("sandbox"));
    }

    @Test
    void theCsvExportGuardsFormulaCellsAndKeepsMarkupAsText(TestSite site) {
        for (String scope : List.of("", "&scope=documents")) {
            HttpResponse<String> response = site.getFrom(site.hostileBase(), "/api/export?format=csv" + scope);
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers()
                    .firstValue("Content-Disposition")
                    .orElse("")
                    .startsWith("attachment;"));
            List<List<String>> rows = CsvReading.parse(response.body().substring(1)); // after the byte order mark
            List<String> cells = new ArrayList<>();
            rows.forEach(cells::addAll);
            for (String cell : cells) {
                assertFalse(
                        !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        "a formula cell in the" + scope + " export: " + cell);
            }
            assertTrue(cells.contains(TestSite.HOSTILE_TITLE), "titles are exported as written" + scope);
            if (scope.isEmpty()) {
                assertTrue(
                        cells.stream().anyMatch(cell -> cell.startsWith("'" + TestSite.FORMULA)),
                        "the formula finding is guarded");
                assertTrue(cells.stream().anyMatch(cell -> cell.startsWith("'@SUM(A1:A9)")), "so is the @ finding");
            }
        }
        JsonNode json = TestSite.parse(
                site.getFrom(site.hostileBase(), "/api/export?format=json").body());
        assertTrue(
                json.path("rows").findValuesAsText("text").stream().anyMatch(text -> text.startsWith(TestSite.FORMULA)),
                "JSON is data: the text is exported unchanged");
    }
}
