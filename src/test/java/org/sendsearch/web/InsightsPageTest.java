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

    @Test
    void linesDrawnOnTopOfEachOtherAreSaidToBe(TestSite site) {
        Document page = Jsoup.parse(site.get("/insights?pivot=year").body());
        // In the bundled corpus every charted theme is raised by each year's one inspection: one line shows.
        Element note = page.getElementById("trend-overlap");
        assertTrue(note != null, "a key of six colours over one line must say why");
        List<String> charted = page.select("#trend-table tbody th").eachText();
        for (String theme : charted) {
            assertTrue(note.text().contains(theme), theme + " in: " + note.text());
        }
        assertTrue(note.text().endsWith("so their lines are drawn on top of each other."), note.text());
    }

    @Test
    void byYearTheTrendIsAChartWithItsNumbersInATable(TestSite site) {
        Document page = Jsoup.parse(site.get("/insights?pivot=year").body());
        Element chart = page.selectFirst("svg.trend-chart[role=img]");
        assertTrue(chart != null, "a chart drawn on the server");
        assertEquals("trend-title trend-desc", chart.attr("aria-labelledby"));
        Element table = page.getElementById("trend-table");
        assertEquals(
                List.of("Theme", "2018", "2019", "2022"),
                table.select("thead th").eachText(),
                "St Helens 2018, Liverpool 2019, Knowsley 2022 (the inspection's year, not the letter's)");
        assertEquals(
                chart.select("polyline.trend-line").size(),
                table.select("tbody tr").size());
        for (String year : List.of("2018", "2019", "2022")) {
            assertEquals(
                    "100% (1 of 1)",
                    table.selectFirst("tr[data-theme=ehc-plans] td[data-column=" + year + "]")
                            .text());
        }
        assertTrue(page.select("[style]").isEmpty(), "no inline style under the CSP");
        Document frameworks = Jsoup.parse(site.get("/insights?pivot=framework").body());
        assertEquals(
                List.of("Theme", "Joint local area SEND inspection (2016-2022)"),
                frameworks.getElementById("trend-table").select("thead th").eachText());
    }
}
