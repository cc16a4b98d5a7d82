package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.insights.CsvReading;
import org.sendsearch.model.PublishedAddress;

/**
 * A document's published address on every surface that shows it (cite page, RIS, BibTeX, document
 * page, {@code /api/documents/{id}}, the CSV export), from the hostile corpus of {@link TestSite}
 * whose {@code published-addresses.tsv} gives one file an https address with quotes in its query,
 * and tries {@code javascript:} and {@code data:} on others (the HTML file's canonical link too).
 */
@ExtendWith(TestSite.Extension.class)
class PublishedAddressPagesTest {

    @Test
    void theListedAddressIsLinkedAndCitedEverywhere(TestSite site) {
        JsonNode finding = site.getJson(site.hostileBase(), "/api/search?q=survey&size=1")
                .path("hits")
                .get(0);
        String documentId = finding.path("documentId").asText();
        JsonNode document = site.getJson(site.hostileBase(), "/api/documents/" + documentId);
        assertEquals(TestSite.HOSTILE_FILE, document.path("sourcePath").asText());
        assertEquals(
                TestSite.HOSTILE_PUBLISHED,
                document.path("publishedAddress").path("url").asText());
        assertEquals("list", document.path("publishedAddress").path("origin").asText());

        String cite = "/findings/" + TestSite.encode(finding.path("id").asText()) + "/cite";
        Document page = page(site, cite);
        Element link = page.selectFirst("#published-report");
        assertNotNull(link, page.select(".summary-row").text());
        assertEquals(TestSite.HOSTILE_PUBLISHED, link.attr("href"));
        assertEquals(TestSite.HOSTILE_PUBLISHED, link.text());
        assertEquals(List.of("href", "id"), attributes(link), "the quotes in the address made no attribute");
        assertTrue(
                page.select(".summary-row").text().contains("as listed in the collection's published-addresses.tsv"));
        assertTrue(
                page.selectFirst("#citation-text").text().contains("Published at: " + TestSite.HOSTILE_PUBLISHED + "."),
                page.selectFirst("#citation-text").text());

        String ris = site.getFrom(site.hostileBase(), cite + ".ris").body();
        String permalink = site.hostileBase() + "/documents/" + documentId + "#p-";
        int published = ris.indexOf("UR  - " + TestSite.HOSTILE_PUBLISHED + "\r\n");
        assertTrue(published > 0, ris);
        assertTrue(ris.indexOf("UR  - " + permalink) > published, "the published report first, then the permalink");
        String bib = site.getFrom(site.hostileBase(), cite + ".bib").body();
        assertTrue(bib.contains("  url = {" + TestSite.HOSTILE_PUBLISHED + "},\n"), bib);
        assertTrue(bib.contains("howpublished = {Finding at \\url{" + permalink), bib);

        Document documentPage = page(site, "/documents/" + documentId);
        Element beside = documentPage.selectFirst(".document-actions #published-report");
        assertNotNull(beside, documentPage.select(".document-actions").outerHtml());
        assertEquals(TestSite.HOSTILE_PUBLISHED, beside.attr("href"));
        assertEquals("The published report (reports.example.org)", beside.text());
        assertTrue(
                documentPage.selectFirst("#document-origin").text().contains("The published version is the report"),
                documentPage.selectFirst("#document-origin").text());

        List<String> cells = csvCells(site, "");
        assertTrue(cells.contains("Published report"), "the findings export has the column");
        assertTrue(cells.contains(TestSite.HOSTILE_PUBLISHED), "and the address");
        List<String> documentCells = csvCells(site, "&scope=documents");
        assertTrue(documentCells.contains("Published report") && documentCells.contains(TestSite.HOSTILE_PUBLISHED));
    }

    @Test
    void javascriptAndDataAddressesNeverBecomeLinks(TestSite site) {
        String named = HostileContentTest.namedDocument(site).path("id").asText();
        JsonNode document = site.getJson(site.hostileBase(), "/api/documents/" + named);
        assertTrue(document.path("publishedAddress").isNull(), "javascript: in the list is refused");

        JsonNode report = site.getJson(site.hostileBase(), "/api/search?q=transition+planning&size=1")
                .path("hits")
                .get(0);
        JsonNode html = site.getJson(
                site.hostileBase(),
                "/api/documents/" + report.path("documentId").asText());
        assertEquals(TestSite.HOSTILE_HTML_FILE, html.path("sourcePath").asText());
        assertTrue(html.path("publishedAddress").isNull(), "data: in the list and javascript: in the page are refused");
        List<String> warnings = new ArrayList<>();
        html.path("warnings").forEach(w -> warnings.add(w.asText()));
        assertTrue(
                warnings.contains("The page's own address (javascript:alert(window.pwned=22)) is not taken as its"
                        + " published address: not an http or https address (scheme 'javascript:')."),
                warnings.toString());

        for (String id : List.of(named, report.path("documentId").asText())) {
            Document page = page(site, "/documents/" + id);
            assertNull(page.selectFirst("#published-report"));
            assertTrue(
                    page.select("a[href~=(?i)^\\s*(javascript|data):]").isEmpty(),
                    page.select("a").outerHtml());
        }
        Document cite =
                page(site, "/findings/" + TestSite.encode(report.path("id").asText()) + "/cite");
        assertNull(cite.selectFirst("#published-report"));
        assertTrue(cite.select(".summary-row").text().contains("No link to the published report is recorded"));
        assertTrue(cite.select("a[href~=(?i)^\\s*(javascript|data):]").isEmpty());
    }

    @Test
    void anAddressTheIndexHoldsIsCheckedAgainBeforeItIsShown() {
        // As an older or another indexer might have stored it: never linked, never cited.
        var view = PageFixtures.document(new PublishedAddress("javascript:alert(1)", PublishedAddress.Origin.LISTED));
        var cited = new CitePage.Cited(
                view,
                view.passages().get(0),
                "http://127.0.0.1:7070/documents/doc-1#p-0",
                true,
                LocalDate.of(2026, 1, 2));
        Document page = Jsoup.parse(new CitePage().render(cited, CitePage.Style.HARVARD));
        assertNull(page.selectFirst("#published-report"));
        assertFalse(page.html().contains("javascript:alert(1)"), "not even as text");
        assertFalse(CiteFormats.ris(cited).contains("javascript:"));
        assertFalse(CiteFormats.bibtex(cited).contains("javascript:"));
        Document documentPage = Jsoup.parse(new DocumentPage(PageFixtures.VOCABULARY).render(view, true));
        assertNull(documentPage.selectFirst("#published-report"));
        assertFalse(documentPage.html().contains("javascript:alert(1)"));
    }

    @Test
    void citationFilesCarryAnAddressThatCannotEndTheirFields() {
        assertEquals("https://example.org/a%7Bb%7D%5Cc", CiteFormats.url("https://example.org/a{b}\\c"));
        var view = PageFixtures.document(PublishedAddress.listed(PageFixtures.PUBLISHED));
        var cited = new CitePage.Cited(
                view,
                view.passages().get(0),
                "http://127.0.0.1:7070/documents/doc-1#p-0",
                true,
                LocalDate.of(2026, 1, 2));
        String ris = CiteFormats.ris(cited);
        assertTrue(
                ris.contains(
                        "UR  - " + PageFixtures.PUBLISHED + "\r\nUR  - http://127.0.0.1:7070/documents/doc-1#p-0\r\n"),
                ris);
        String bib = CiteFormats.bibtex(cited);
        assertTrue(bib.contains("  url = {" + PageFixtures.PUBLISHED + "},\n"), bib);
        assertTrue(
                bib.contains("  howpublished = {Finding at \\url{http://127.0.0.1:7070/documents/doc-1#p-0}},\n"), bib);
        assertTrue(CitePage.citation(cited, CitePage.Style.PLAIN)
                .contains("Published at: " + PageFixtures.PUBLISHED + ". Available at: http://127.0.0.1:7070/"));
    }

    private static List<String> attributes(Element element) {
        return element.attributes().asList().stream()
                .map(Attribute::getKey)
                .sorted()
                .toList();
    }

    private static Document page(TestSite site, String path) {
        HttpResponse<String> response = site.getFrom(site.hostileBase(), path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Jsoup.parse(response.body(), site.hostileBase());
    }

    private static List<String> csvCells(TestSite site, String scope) {
        HttpResponse<String> response = site.getFrom(site.hostileBase(), "/api/export?format=csv" + scope);
        assertEquals(200, response.statusCode(), response.body());
        List<String> cells = new ArrayList<>();
        CsvReading.parse(response.body().substring(1)).forEach(cells::addAll);
        return cells;
    }
}
