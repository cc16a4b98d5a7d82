package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The server-rendered search page, read as HTML (the browser tests drive it for real). */
@ExtendWith(TestSite.Extension.class)
class SearchPageTest {
    private static Document page(TestSite site, String query) {
        HttpResponse<String> response = site.get(query);
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    @Test
    void rendersResultsFacetsAndActiveFilters(TestSite site) {
        Document page = page(site, "/search?q=EHCP&polarity=weakness");
        assertEquals("14 findings", page.selectFirst("#results-heading").text());
        assertEquals("EHCP", page.selectFirst("input#q").val());
        assertEquals(14, page.select("ol.results > li").size());
        assertFalse(page.select("ol.results mark").isEmpty());
        Element remove = page.selectFirst(".filter-tags a");
        assertTrue(remove.text().contains("Finding type: Weakness"), remove.text());
        assertEquals("/search?q=EHCP", remove.attr("href"));
        Element checked = page.selectFirst("input[type=checkbox][name=polarity][value=weakness]");
        assertTrue(checked.hasAttr("checked"));
        assertNotNull(page.selectFirst("label[for=" + checked.id() + "]"), "every checkbox has a label");
        assertNotNull(page.selectFirst("a.skip-link[href=#main-content]"));
        assertEquals(1, page.select("h1").size());
        for (Element input : page.select("input:not([type=hidden]), select")) {
            assertNotNull(page.selectFirst("label[for=" + input.id() + "]"), "label for " + input);
        }
    }

    @Test
    void theRootIsTheSearchPageAndPaginationKeepsTheState(TestSite site) {
        Document root = page(site, "/search");
        assertEquals("290 findings", root.selectFirst("#results-heading").text());
        assertEquals(
                "290 findings",
                page(site, "/?page=1").selectFirst("#results-heading").text(),
                "the root with parameters is the search page");
        Element next = root.selectFirst(".pagination a[rel=next]");
        assertEquals("/search?page=2", next.attr("href"));
        Document filtered = page(site, "/search?area=Liverpool&size=10&sort=newest");
        assertEquals(
                "/search?area=Liverpool&sort=newest&page=2&size=10",
                filtered.selectFirst(".pagination a[rel=next]").attr("href"));
    }

    @Test
    void showsDidYouMean(TestSite site) {
        Document page = page(site, "/search?q=autsim+OR+waiting");
        Element suggestion = page.selectFirst(".did-you-mean a");
        assertEquals("autism OR waiting", suggestion.text());
        assertEquals("/search?q=autism+OR+waiting", suggestion.attr("href"));
        Document corrected = page(site, "/search?q=occupatonal+theraphy");
        assertTrue(corrected.selectFirst(".did-you-mean").text().contains("Showing results for occupational therapy"));
    }

    @Test
    void badParametersShowAnErrorOnThePage(TestSite site) {
        HttpResponse<String> response = site.get("/search?size=1000");
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.selectFirst(".error-summary").text().contains("size must be between 1 and 100"));
        assertNotNull(page.selectFirst("form.search-form"), "the search box is still there");
    }

    @Test
    void switchingToDocumentsForgivesFindingsOnlyFilters(TestSite site) {
        Document page = page(site, "/search?scope=documents&section=meeting-needs&area=Liverpool");
        assertEquals("1 document", page.selectFirst("#results-heading").text());
    }
}
