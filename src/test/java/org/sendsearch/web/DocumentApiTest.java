package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/documents/{id}}, the document page, and the original file. */
@ExtendWith(TestSite.Extension.class)
class DocumentApiTest {
    private static String liverpoolId(TestSite site) {
        return site.json("/api/search?scope=documents&area=Liverpool")
                .path("hits")
                .get(0)
                .path("id")
                .asText();
    }

    @Test
    void returnsMetadataWarningsTextAndPassages(TestSite site) {
        JsonNode document = site.json("/api/documents/" + liverpoolId(site));
        assertEquals("Liverpool", document.path("area").asText());
        assertEquals("2019-02-26", document.path("date").asText());
        assertEquals("inspection-letter", document.path("type").asText());
        assertTrue(document.path("wsoaRequired").asBoolean());
        assertEquals("Jonathan Jones", document.path("leadInspector").asText());
        assertEquals(3, document.path("significantWeaknesses").size());
        assertTrue(document.path("warnings").isArray());
        assertEquals(68, document.path("passages").size());
        String text = document.path("text").asText();
        for (JsonNode passage : document.path("passages")) {
            assertEquals(
                    passage.path("text").asText(),
                    text.substring(
                            passage.path("start").asInt(), passage.path("end").asInt()),
                    "offsets into the text");
            assertTrue(passage.path("url")
                    .asText()
                    .endsWith("#p-" + passage.path("ordinal").asInt()));
        }
        assertTrue(document.path("sourceUrl").asText().endsWith("/source"));
        JsonNode knowsley = site.json("/api/documents/"
                + site.json("/api/search?scope=documents&area=Knowsley&type=inspection-letter")
                        .path("hits")
                        .get(0)
                        .path("id")
                        .asText());
        assertTrue(
                knowsley.path("warnings").get(0).asText().contains("one of the dates is wrong"),
                knowsley.path("warnings").toString());
    }

    @Test
    void unknownIdsAre404WithAMessage(TestSite site) {
        for (String id : new String[] {"no-such-document", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E", "A"}) {
            HttpResponse<String> response = site.get("/api/documents/" + id);
            assertEquals(404, response.statusCode(), id + ": " + response.body());
            JsonNode body = TestSite.parse(response.body());
            assertEquals(404, body.path("status").asInt());
            assertTrue(body.path("message").asText().startsWith("There is no document with the id"), body.toString());
        }
        HttpResponse<String> page = site.get("/documents/no-such-document");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Document not found"));
        HttpResponse<String> nowhere = site.get("/no/such/page");
        assertEquals(404, nowhere.statusCode());
        assertTrue(nowhere.body().contains("Page not found"), nowhere.body());
    }

    @Test
    void theOriginalFileIsServedReadOnlyAsPlainText(TestSite site) throws IOException {
        String id = liverpoolId(site);
        HttpResponse<String> source = site.get("/documents/" + id + "/source");
        assertEquals(200, source.statusCode());
        assertEquals(
                "text/plain;charset=utf-8",
                source.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .toLowerCase()
                        .replace(" ", ""));
        assertTrue(source.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("sandbox"));
        assertEquals(
                "nosniff", source.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                Files.readString(org.sendsearch.search.CorpusIndex.corpus()
                        .resolve("liverpool-2019-joint-local-area-send-inspection-letter.txt")),
                source.body());
        assertEquals(404, site.get("/documents/no-such-document/source").statusCode());
    }

    @Test
    void theDocumentPageLaysOutTheTextWithAnchorsPerFinding(TestSite site) {
        String id = liverpoolId(site);
        HttpResponse<String> page = site.get("/documents/" + id);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.startsWith("<!doctype html>") || html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("<h1 class=\"heading-l\">Joint local area SEND inspection in Liverpool</h1>"));
        assertTrue(html.contains("id=\"p-0\"") && html.contains("id=\"p-61\""));
        assertTrue(html.contains("Areas of significant weakness"));
        assertTrue(html.contains("href=\"/documents/" + id + "/source\""));
        org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parse(html);
        assertTrue(
                parsed.select("a[href$=/source]").text().startsWith("The file as it was indexed (TXT"),
                "the link says what the file is: "
                        + parsed.select("a[href$=/source]").text());
        assertEquals(
                "https://reports.ofsted.gov.uk/",
                parsed.select("#document-origin a").attr("href"),
                "an inspection letter points to where it is published");
        assertFalse(html.contains("<script>"), "no inline script");
        assertFalse(html.contains("style="), "no inline style");
        assertEquals(
                WebServer.CONTENT_SECURITY_POLICY,
                page.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void scriptInADocumentIsShownAsTextEverywhere(TestSite site) {
        JsonNode hits = TestSite.parse(site.getFrom(site.hostileBase(), "/api/search?q=" + TestSite.encode("survey"))
                .body());
        JsonNode hit = hits.path("hits").get(0);
        assertTrue(hit.path("text").asText().contains("<script>window.pwned = true</script>"), hit.toString());
        String highlight = hit.path("highlight").asText();
        assertTrue(highlight.contains("&lt;script&gt;window.pwned = true&lt;/script&gt;"), highlight);
        assertFalse(highlight.replace("<mark>", "").replace("</mark>", "").contains("<"), highlight);

        String searchPage = site.getFrom(site.hostileBase(), "/search?q=survey").body();
        assertTrue(searchPage.contains("&lt;script&gt;window.pwned = true&lt;/script&gt;"));
        assertFalse(searchPage.contains("<script>window"));
        String documentPage = site.getFrom(
                        site.hostileBase(), hit.path("url").asText().replaceAll("#.*", ""))
                .body();
        assertTrue(documentPage.contains("&lt;script&gt;window.pwned = true&lt;/script&gt;"));
        assertFalse(documentPage.contains("<script>window"));
        assertFalse(documentPage.contains("<img src=x"));
    }
}
