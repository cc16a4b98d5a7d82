package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every route that can answer an error page, walked with a script in each parameter: the page says
 * "Error: " first in its title (as GOV.UK titles a page showing an error), keeps what was typed where
 * there was a form to type it in, links its error summary to a field that exists, and shows the
 * script only as text.
 */
@ExtendWith(TestSite.Extension.class)
class ErrorTitlesTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    private static final String S = TestSite.encode(SCRIPT);

    /**
     * @param path   the address, {@code {S}} standing for the encoded script
     * @param status the status it answers
     * @param field  the id of the field the summary links to, or "-" for a page with no field
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/no-such-page-{S} | 404 | -",
                "/areas/{S} | 404 | -",
                "/documents/{S} | 404 | -",
                "/documents/{S}/source | 404 | -",
                "/findings/{S} | 404 | -",
                "/findings/{S}-1/cite | 404 | -",
                "/findings/{S}-1/similar | 404 | -",
                "/findings/{S}/similar?kind={S} | 400 | -",
                "/insights?q=autism&pivot={S} | 400 | insights-pivot",
                "/insights?q={S}&unit={S} | 400 | insights-unit",
                "/insights?q=autism&authors={S} | 400 | insights-authors",
                "/insights?q=autism&polarity={S} | 400 | insights-polarity",
                "/insights?q=autism&from={S} | 400 | insights-q",
                "/insights?q=autism&scope={S} | 400 | insights-q",
                "/areas/compare?a=Knowsley&b={S} | 404 | compare-b",
                "/areas/compare?a={S}&b=Knowsley | 404 | compare-a",
                "/areas/compare?area={S}&area=a&area=b&area=c&area=d | 400 | compare-a",
                "/search?q={S}&from={S} | 400 | date-from",
                "/search?q={S}&sort={S} | 400 | sort",
                "/search?q={S}&size={S} | 400 | size",
                "/search?q=autism&scope={S} | 400 | scope-passages"
            })
    void errorPagesSayErrorInTheTitleAndEscapeWhatWasSent(String path, int status, String field, TestSite site) {
        HttpResponse<String> response = site.get(path.replace("{S}", S));
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        String body = response.body();
        assertFalse(body.contains(SCRIPT), path + " shows the script unescaped");
        assertFalse(body.toLowerCase().contains("<script>alert"), path);
        Document page = Jsoup.parse(body);
        assertTrue(page.title().startsWith("Error: "), path + ": title '" + page.title() + "'");
        assertNull(page.selectFirst("script:not([src])"), path);
        assertNotNull(page.selectFirst("h1"), path);
        if (!field.equals("-")) {
            Element link = page.selectFirst(".error-summary a[href]");
            assertNotNull(link, path + ": no error summary link");
            assertEquals("#" + field, link.attr("href"), path);
            assertNotNull(page.getElementById(field), path + ": the summary links to no field");
        }
    }

    @Test
    void insightsKeepTheWordsAndTheRestWhenOneParameterIsWrong(TestSite site) {
        Document page = Jsoup.parse(
                site.get("/insights?q=autism&pivot=colour&unit=passages").body());
        assertEquals("Error: Recurring themes – SEND inspection findings", page.title());
        assertEquals("autism", page.getElementById("insights-q").attr("value"));
        assertEquals(
                "passages",
                page.selectFirst("#insights-unit option[selected]").attr("value"),
                "the valid choices are kept");
        assertNotNull(page.getElementById("theme-matrix"), "the table is drawn from what was valid");
    }

    @Test
    void insightsCutTextOverTheLimitInsteadOfDroppingIt(TestSite site) {
        String typed = "autism " + "x".repeat(600) + SCRIPT;
        HttpResponse<String> response = site.get("/insights?q=" + TestSite.encode(typed));
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.title().startsWith("Error: "), page.title());
        Element input = page.getElementById("insights-q");
        assertEquals(typed.substring(0, 500), input.attr("value"));
        assertTrue(input.hasClass("input-error"));
        assertEquals("insights-q-error", input.attr("aria-describedby"));
        assertTrue(page.getElementById("insights-q-error").text().contains("500"), page.text());
    }

    @Test
    void theSearchKeepsTextOverTheLimitCutToIt(TestSite site) {
        String typed = "autism " + "y".repeat(600);
        HttpResponse<String> response = site.get("/search?q=" + TestSite.encode(typed) + "&area=Knowsley");
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.title().startsWith("Error: "), page.title());
        assertEquals(typed.substring(0, 500), page.getElementById("q").attr("value"));
        assertEquals("#q", page.selectFirst(".error-summary a").attr("href"));
    }

    @Test
    void comparingAnUnknownAreaKeepsTheKnownOne(TestSite site) {
        Document page =
                Jsoup.parse(site.get("/areas/compare?a=Liverpool&b=Atlantis").body());
        assertEquals(
                "Liverpool", page.selectFirst("#compare-a option[selected]").attr("value"));
        assertTrue(page.selectFirst(".error-summary").text().contains("'Atlantis'"), page.text());
    }

    @Test
    void aPageWithoutErrorHasNoErrorInItsTitle(TestSite site) {
        for (String path : new String[] {"/insights?q=autism", "/areas/compare?a=Liverpool&b=Knowsley", "/areas"}) {
            Document page = Jsoup.parse(site.get(path).body());
            assertFalse(page.title().startsWith("Error"), path + ": " + page.title());
            assertNull(page.selectFirst(".error-summary"), path);
        }
    }
}
