package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.search.Citation;
import org.sendsearch.web.page.FacetGroup;

/**
 * The pages a council officer needs besides the results (issue 18), over the bundled corpus on the
 * real node: the header navigation and footer, the landing page's coverage counted by the index,
 * help and accessibility pages, the human status page, error pages that keep what was typed, the
 * cite view with its RIS and BibTeX, the document page arriving from a search, distinct names for
 * repeated links, and the Knowsley letter's printed date flagged wherever it is shown.
 */
@ExtendWith(TestSite.Extension.class)
class ServicePagesTest {
    /** The Knowsley letter is printed 26 April 2021, though its inspection ended in March 2022. */
    private static final String KNOWSLEY_PRINTED = "26 April 2021";

    private static Document page(TestSite site, String path, int status) {
        HttpResponse<String> response = site.get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        return Jsoup.parse(response.body());
    }

    private static JsonNode knowsleyLetter(TestSite site) {
        for (JsonNode hit : site.json("/api/search?scope=documents&area=Knowsley&type=inspection-letter")
                .path("hits")) {
            return hit;
        }
        throw new AssertionError("no Knowsley letter");
    }

    @Test
    void everyPageHasTheNavigationWithItsOwnSectionMarked(TestSite site) {
        for (String[] pageAndCurrent : new String[][] {
            {"/", "Search"},
            {"/search?q=autism", "Search"},
            {"/help", "Help"},
            {"/accessibility", null},
            {"/status", null}
        }) {
            Document page = page(site, pageAndCurrent[0], 200);
            List<String> nav = page.select("header nav a").eachText();
            assertEquals(List.of("Search", "Insights", "Areas", "Help"), nav, pageAndCurrent[0]);
            Element current = page.selectFirst("header nav a[aria-current=page]");
            assertEquals(pageAndCurrent[1], current == null ? null : current.text(), pageAndCurrent[0]);
            assertFalse(page.selectFirst(".site-tagline").text().contains("England's"), "no overclaiming tagline");
            List<String> footer = page.select("footer a").eachText();
            assertTrue(
                    footer.containsAll(List.of("Help", "Accessibility", "Feedback", "Service status")),
                    footer.toString());
            assertEquals(
                    "/status",
                    page.selectFirst("footer a:contains(Service status)").attr("href"));
        }
    }

    @Test
    void theLandingPageSaysWhatIsCoveredFromTheIndex(TestSite site) {
        Document page = page(site, "/", 200);
        assertNotNull(page.selectFirst("form[role=search] input#q"));
        assertNull(page.selectFirst("ol.results"), "no list of filler findings");
        Element coverage = page.selectFirst("section.coverage");
        JsonNode documents = site.json("/api/search?scope=documents");
        assertTrue(coverage.text().contains(documents.path("total").asLong() + " documents"), coverage.text());
        for (String facet : List.of("type", "area", "framework", "year")) {
            for (JsonNode value : documents.path("facets").path(facet)) {
                if (value.path("count").asLong() == 0) {
                    continue;
                }
                String label = value.path("label").asText();
                Element link = coverage.selectFirst("a[href$=" + facet + "="
                        + TestSite.encode(value.path("value").asText()) + "]");
                assertNotNull(link, facet + " " + label);
                assertEquals(label, link.text());
                assertTrue(
                        link.parent().text().contains("(" + value.path("count").asLong() + " document"),
                        link.parent().text());
            }
        }
        assertTrue(coverage.text().contains("2022"), "the Knowsley letter counts in 2022");
        assertTrue(page.select("a[href=/insights]").size() >= 1);
        assertTrue(page.select("a[href=/areas]").size() >= 1);
        assertTrue(page.select("#examples-heading ~ ul a").size() >= 4, "example searches");
        for (Element example : page.select("#examples-heading ~ ul a")) {
            assertEquals(200, site.get(example.attr("href")).statusCode(), example.attr("href"));
        }
    }

    @Test
    void browsingEverythingListsNeutralAndStandardTextLast(TestSite site) {
        List<String> polarities = new java.util.ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            for (JsonNode hit : site.json("/api/search?size=100&page=" + page).path("hits")) {
                polarities.add(
                        hit.path("standard").asBoolean()
                                ? "standard"
                                : hit.path("polarity").asText());
            }
        }
        assertEquals(290, polarities.size());
        int firstFiller = Math.min(
                polarities.indexOf("neutral") < 0 ? polarities.size() : polarities.indexOf("neutral"),
                polarities.indexOf("standard") < 0 ? polarities.size() : polarities.indexOf("standard"));
        assertTrue(firstFiller > 0, "the list does not open with filler");
        for (String polarity : polarities.subList(firstFiller, polarities.size())) {
            assertTrue(
                    polarity.equals("neutral") || polarity.equals("standard"),
                    "a finding after the filler: " + polarities);
        }
        Document browse = page(site, "/search", 200);
        assertFalse(browse.selectFirst("ol.results .result-meta").text().startsWith("Neutral"));
    }

    @Test
    void helpAccessibilityAndStatusAreHumanPages(TestSite site) {
        Document help = page(site, "/help", 200);
        for (String syntax :
                List.of("\"tell their story\"", "transition OR adulthood", "-exclusion", "assess*", "EHCP")) {
            assertTrue(help.text().contains(syntax), syntax);
        }
        assertNotNull(help.selectFirst("#feedback"));
        assertTrue(help.text().contains("significant weakness"), "the weakness filter is explained");
        Document accessibility = page(site, "/accessibility", 200);
        assertEquals("Accessibility statement", accessibility.selectFirst("h1").text());
        assertTrue(accessibility.text().contains("WCAG"));
        HttpResponse<String> status = site.get("/status");
        assertTrue(status.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document statusPage = Jsoup.parse(status.body());
        assertEquals(
                "Search is working.", statusPage.selectFirst(".status-banner").text());
        assertNotNull(statusPage.selectFirst("a[href=/api/health]"), "the JSON is one link away");
        String main = statusPage.selectFirst("main").text();
        assertTrue(main.matches(".*Indexed [0-9,]+ findings, all searchable.*"), main);
        assertFalse(main.contains("-passages") || main.contains("-documents"), "no index names: " + main);
    }

    @Test
    void aFromAfterToErrorKeepsTheSearchAndLinksToTheField(TestSite site) {
        Document page = page(site, "/search?q=autism&area=Knowsley&from=2022-01-01&to=2019-01-01", 400);
        assertTrue(page.title().startsWith("Error: "), page.title());
        Element link = page.selectFirst(".error-summary a");
        assertEquals("#date-from", link.attr("href"));
        assertEquals("The From date must be the same as or before the To date.", link.text());
        Element from = page.selectFirst("#date-from");
        assertEquals("2022-01-01", from.attr("value"), "the wrong value is shown to be fixed");
        assertTrue(from.attr("aria-describedby").contains("date-from-error"));
        assertTrue(page.selectFirst("#date-from-error").text().startsWith("Error: "));
        assertEquals("2019-01-01", page.selectFirst("#date-to").attr("value"));
        assertEquals("autism", page.selectFirst("#q").attr("value"), "the query is kept");
        Element knowsley = page.selectFirst("input[type=checkbox][name=area][value=Knowsley]");
        assertNotNull(knowsley, "the filters are still offered");
        assertTrue(knowsley.hasAttr("checked"), "and the chosen one still chosen");
        assertNotNull(page.selectFirst("#results-heading"));
    }

    @Test
    void aQueryOverTheLimitIsKeptCutToTheLimit(TestSite site) {
        // A paragraph pasted from a letter, as people do when looking for precedent wording.
        String typed = "Leaders know the strengths and weaknesses of the local area well. "
                .repeat(9)
                .strip();
        Document page = page(site, "/search?q=" + TestSite.encode(typed) + "&polarity=weakness", 400);
        assertTrue(page.title().startsWith("Error: "));
        assertEquals("#q", page.selectFirst(".error-summary a").attr("href"));
        assertEquals(typed.substring(0, 500), page.selectFirst("#q").attr("value"));
        assertTrue(
                page.selectFirst("#q-error").text().contains("cut to its first 500"),
                page.selectFirst("#q-error").text());
        assertTrue(
                page.selectFirst("input[type=checkbox][name=polarity][value=weakness]")
                        .hasAttr("checked"),
                "filters kept");
    }

    @Test
    void theKnowsleyPrintedDateIsFlaggedWhereverItIsShown(TestSite site) {
        JsonNode letter = knowsleyLetter(site);
        assertEquals("2021-04-26", letter.path("date").asText());
        assertEquals("2022", letter.path("researchDate").asText().substring(0, 4));
        Document results = page(site, "/search?area=Knowsley&type=inspection-letter&size=5", 200);
        String meta = results.selectFirst(".result-meta").text();
        assertTrue(meta.contains(KNOWSLEY_PRINTED + " (so dated, though its inspection ended"), meta);
        assertTrue(results.selectFirst(".citation-text").text().contains("so dated, though its inspection ended"));
        Element year2021 = results.selectFirst("input[name=year][value=2021]");
        assertNull(year2021, "the letter is not counted in 2021");
        assertNotNull(results.selectFirst("input[name=year][value=2022]"));
        Document document = page(site, letter.path("url").asText(), 200);
        assertTrue(document.select(".summary-row").text().contains("so dated"), "the document page flags it");
    }

    @Test
    void theCiteViewHasEverythingAReferenceNeeds(TestSite site) {
        JsonNode finding = site.json("/api/search?area=Knowsley&type=inspection-letter&polarity=weakness&size=1")
                .path("hits")
                .get(0);
        String id = finding.path("id").asText();
        Document results = page(site, "/search?area=Knowsley&type=inspection-letter&polarity=weakness&size=1", 200);
        Element citeLink = results.selectFirst(".cite-link a");
        assertEquals("/findings/" + TestSite.encode(id) + "/cite", citeLink.attr("href"));
        Document cite = page(site, citeLink.attr("href"), 200);
        int paragraph = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)) + 1;
        String rows = cite.select(".summary-row").text();
        assertTrue(rows.contains("Paragraph " + paragraph), rows);
        String permalink =
                site.base() + "/documents/" + finding.path("documentId").asText() + "#p-" + (paragraph - 1);
        assertNotNull(cite.selectFirst(".summary-row a[href=" + permalink + "]"), rows);
        String today = Citation.longDate(LocalDate.now(ZoneId.of("Europe/London")));
        assertTrue(rows.contains("Accessed " + today), rows);
        assertTrue(rows.contains(KNOWSLEY_PRINTED + " (so dated"), rows);
        assertTrue(rows.contains("No link to the published report is recorded"), rows);
        assertNotNull(cite.selectFirst(".warning-text"), "the date warning");
        String plain = cite.selectFirst("#citation-text").text();
        assertTrue(plain.startsWith("Ofsted and CQC, "), plain);
        assertTrue(
                plain.contains("paragraph " + paragraph) && plain.contains(permalink) && plain.contains(today), plain);
        String harvard = page(site, citeLink.attr("href") + "?style=harvard", 200)
                .selectFirst("#citation-text")
                .text();
        assertTrue(harvard.startsWith("Ofsted and CQC (2021) "), harvard);

        HttpResponse<String> ris = site.get(citeLink.attr("href") + ".ris");
        assertEquals(200, ris.statusCode());
        assertTrue(ris.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(ris.body().startsWith("TY  - RPRT\r\n"), ris.body());
        assertTrue(ris.body().contains("UR  - " + permalink + "\r\n"), ris.body());
        assertTrue(ris.body().contains("DA  - 2021/04/26\r\n"), ris.body());
        assertTrue(ris.body().contains("before its inspection ended"), ris.body());
        assertTrue(ris.body().endsWith("ER  - \r\n"));
        String bib = site.get(citeLink.attr("href") + ".bib").body();
        assertTrue(bib.startsWith("@techreport{"), bib);
        assertTrue(bib.contains("author = {{Ofsted and CQC}}"), bib);
        assertTrue(bib.contains("urldate = {" + LocalDate.now(ZoneId.of("Europe/London")) + "}"), bib);

        assertEquals(404, site.get("/findings/no-such-document-3/cite").statusCode());
        assertEquals(404, site.get("/findings/nothing/cite.ris").statusCode());
    }

    @Test
    void bibtexEscapesWhatADocumentSays() {
        assertEquals("a\\{b\\}\\textbackslash{}c \\& 50\\% \\#1 \\_x", CiteFormats.escape("a{b}\\c & 50% #1 _x\n"));
    }

    @Test
    void theDocumentPageFromASearchMarksTheWordsAndKeepsTheQuery(TestSite site) {
        Document results = page(site, "/search?q=" + TestSite.encode("unacceptable delays"), 200);
        String href = results.selectFirst("ol.results .result-title a").attr("href");
        assertTrue(href.contains("?q=unacceptable+delays#p-"), href);
        Document document = page(site, href.substring(0, href.indexOf('#')), 200);
        assertFalse(document.select(".passage-text mark").isEmpty(), "the words are marked");
        assertTrue(document.select(".passage-text mark").eachText().stream()
                .allMatch(word -> word.toLowerCase().startsWith("unacceptabl")
                        || word.toLowerCase().startsWith("delay")));
        Element back = document.selectFirst(".back-link");
        assertEquals("/search?q=unacceptable+delays", back.attr("href"));
        Element contents = document.selectFirst("nav.contents-list");
        assertNotNull(contents);
        for (Element link : contents.select("a")) {
            assertNotNull(document.getElementById(link.attr("href").substring(1)), link.attr("href"));
        }
        Set<String> headings = new HashSet<>();
        for (Element heading : document.select(".document-section h3")) {
            assertTrue(headings.add(heading.text()), "a heading repeated without context: " + heading.text());
        }
    }

    @Test
    void repeatedLinksHaveNamesOfTheirOwn(TestSite site) {
        Document results = page(site, "/search?q=autism", 200);
        List<String> similar = results.select(".similar-link a").eachText();
        assertTrue(similar.size() > 5);
        assertEquals(similar.size(), new HashSet<>(similar).size(), similar.toString());
        List<String> cite = results.select(".cite-link a").eachText();
        assertEquals(cite.size(), new HashSet<>(cite).size(), cite.toString());
        assertTrue(results.select("span[aria-label]").isEmpty(), "no aria-label on a plain span");
        assertTrue(results.selectFirst("#polarity-hint").text().contains("significant weakness"));
    }

    // Issue 18, point 11: each small point with a test of its own.

    @Test
    void theWeaknessFilterSaysWhenSignificantWeaknessesAreLeftOut(TestSite site) {
        Document both = page(site, "/search", 200);
        assertTrue(both.selectFirst("input[name=polarity][value=significant-weakness]") != null);
        assertEquals(
                FacetGroup.POLARITY_HINT + ": tick both to see every weakness.",
                both.selectFirst("#polarity-hint").text());
        assertEquals(
                "polarity-hint", both.selectFirst("#polarity-hint").parent().attr("aria-describedby"));
        Document none = page(site, "/search?q=" + TestSite.encode("\"waiting times\""), 200);
        assertNull(none.selectFirst("input[name=polarity][value=significant-weakness]"), "none in this search");
        assertEquals(
                FacetGroup.POLARITY_HINT + " (none of those matches this search).",
                none.selectFirst("#polarity-hint").text());
    }

    @Test
    void compareOpensOnTwoDifferentAreasAndComparesUpToFour(TestSite site) {
        Document empty = page(site, "/areas/compare", 200);
        String first = empty.selectFirst("#compare-a option[selected]").attr("value");
        String second = empty.selectFirst("#compare-b option[selected]").attr("value");
        assertFalse(first.equals(second), "compare opens on " + first + " and " + second);
        assertEquals("", empty.selectFirst("#compare-c option[selected]").attr("value"));
        Document four = page(site, "/areas/compare?a=Knowsley&b=Liverpool&c=St+Helens&d=Wirral", 200);
        assertEquals(
                4,
                four.select("#compare-table thead tr")
                        .get(0)
                        .select("th[colspan]")
                        .size());
    }

    @Test
    void similarAndCiteLinksOnTheDocumentPageHaveNamesOfTheirOwn(TestSite site) {
        String url = site.json("/api/search?q=autism&size=1")
                .path("hits")
                .get(0)
                .path("url")
                .asText();
        Document document = page(site, url.substring(0, url.indexOf('#')), 200);
        List<Element> links = document.select(".similar-link a");
        assertTrue(links.size() > 5, "similar links: " + links.size());
        List<String> names = links.stream()
                .map(link -> link.text() + " " + link.attr("aria-label") + " "
                        + link.select(".visually-hidden").text())
                .toList();
        assertEquals(names.size(), new HashSet<>(names).size(), "repeated link names: " + names);
    }

    @Test
    void anAreaAddressInAnotherCaseOrWithHyphensFindsTheArea(TestSite site) {
        for (String[] given :
                new String[][] {{"wirral", "Wirral"}, {"WIRRAL", "Wirral"}, {"st-helens", "St%20Helens"}}) {
            HttpResponse<String> page = site.get("/areas/" + given[0]);
            assertEquals(301, page.statusCode(), given[0]);
            String location = page.headers().firstValue("Location").orElse("");
            assertTrue(location.endsWith("/areas/" + given[1]), given[0] + " -> " + location);
            assertEquals(200, site.get("/api/areas/" + given[0]).statusCode(), "/api/areas/" + given[0]);
        }
    }

    @Test
    void noPlainSpanCarriesAnAriaLabel(TestSite site) {
        String url = site.json("/api/search?q=autism&size=1")
                .path("hits")
                .get(0)
                .path("url")
                .asText();
        for (String path : List.of(
                "/",
                "/search?q=autism",
                "/search?scope=documents",
                url.substring(0, url.indexOf('#')) + "?q=autism",
                "/insights",
                "/insights?pivot=year",
                "/areas",
                "/areas/Knowsley",
                "/areas/compare?a=Knowsley&b=Liverpool",
                "/insights/outcomes",
                "/help")) {
            Document page = page(site, path, 200);
            assertEquals(
                    List.of(),
                    page.select("span[aria-label], div:not([role])[aria-label]").eachAttr("aria-label"),
                    path);
        }
    }
}
