package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The insights page as served: an accessible table (caption, header cells with scope) coloured by
 * classes, not inline styles; every number a link to its search; what was typed shown as text.
 */
@ExtendWith(TestSite.Extension.class)
class InsightsPageTest {

    @Test
    void theMatrixIsAnAccessibleHeatmapTable(TestSite site) {
        HttpResponse<String> response = site.get("/insights?unit=passages&authors=all");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        Element table = page.getElementById("theme-matrix");
        assertTrue(table.selectFirst("caption")
                .text()
                .startsWith("Weaknesses (with significant weaknesses) by theme and local area"));
        assertEquals(4 + 3, table.select("thead th[scope=col]").size(), "theme, four areas, areas with it, findings");
        assertFalse(table.select("tbody th[scope=row]").isEmpty());
        assertEquals("Wirral", table.select("thead th[scope=col]").get(4).text());
        Element cell = table.selectFirst("tr[data-theme=joint-commissioning] td[data-column=Wirral]");
        assertEquals("1", cell.text());
        assertTrue(cell.className().matches(".*\\bheat-[1-5]\\b.*"), cell.className());
        assertTrue(
                table.selectFirst("tr[data-theme=ehc-plans] td[data-column=Liverpool]")
                        .hasClass("heat-5"),
                "the largest cell");
        for (Element number : table.select("tbody td.numeric, tfoot td.numeric")) {
            if (!number.text().equals("0")) {
                Element link = number.selectFirst("a");
                assertTrue(link != null && link.attr("href").startsWith("/search"), number.outerHtml());
            }
        }
        assertTrue(
                page.select("[style]").isEmpty()
                        && page.select("script:not([src])").isEmpty(),
                "no inline style or script");
        assertFalse(page.select("head link[href=/insights.css]").isEmpty());
        assertFalse(page.select(".phrase-list li a[href^=/search]").isEmpty(), "characteristic words linked");
    }

    @Test
    void theFormKeepsFiltersAndShowsTypedTextAsText(TestSite site) {
        HttpResponse<String> response = site.get(
                "/insights?area=Knowsley&polarity=strength&q=" + TestSite.encode("<script>alert(1)</script> families"));
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("<script>alert"), "escaped");
        Document page = Jsoup.parse(response.body());
        assertNull(page.selectFirst("script:not([src])"));
        assertEquals(
                "Knowsley",
                page.selectFirst("form.insights-form input[type=hidden][name=area]")
                        .attr("value"));
        assertEquals(
                "strength",
                page.selectFirst("#insights-polarity option[selected]").attr("value"));
        assertTrue(page.getElementById("matrix-summary").text().contains("<script>alert(1)</script> families"));
    }

    @Test
    void markupInDocumentsIsShownAsTextOnEveryResearchPage(TestSite site) {
        String id = TestSite.parse(
                        site.getFrom(site.hostileBase(), "/api/search?q=survey").body())
                .path("hits")
                .get(0)
                .path("id")
                .asText();
        // Testshire is not a real authority, so extraction gives the document no area: no area page.
        for (String path :
                List.of("/insights?polarity=all", "/areas", "/findings/" + id + "/similar", "/search?q=speech")) {
            HttpResponse<String> response = site.getFrom(site.hostileBase(), path);
            assertEquals(200, response.statusCode(), path);
            assertFalse(
                    response.body().contains("<script>window")
                            || response.body().contains("<img src=x"),
                    path + " shows markup as text");
            Document page = Jsoup.parse(response.body());
            assertTrue(page.select("script:not([src]), img[onerror], [style]").isEmpty(), path);
        }
        Document similar = Jsoup.parse(
                site.getFrom(site.hostileBase(), "/findings/" + id + "/similar").body());
        assertTrue(similar.getElementById("similar-source").text().contains("<script>window.pwned = true</script>"));
    }

    @Test
    void aBadParameterIsShownOnThePage(TestSite site) {
        HttpResponse<String> response = site.get("/insights?pivot=colour");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("pivot must be"), response.body());
    }
}
