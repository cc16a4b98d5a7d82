package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/phrases/usage} and the search page's panel on the real node over the bundled
 * corpus (whose passages have no vectors: the neighbours are found by wording, and say so): the
 * JSON's shape, its counts agreeing with the searches it links to, the 400 without a phrase, the
 * panel shown for a quoted phrase only, and hostile text shown as text.
 */
@ExtendWith(TestSite.Extension.class)
class PhraseUsageApiTest {
    private static final String PHRASE = "\"joint commissioning\"";

    @Test
    void theAnswerHasEveryFieldAndAgreesWithTheSearch(TestSite site) {
        JsonNode body = site.json("/api/phrases/usage?q=" + TestSite.encode(PHRASE));
        for (String field : List.of(
                "phrases",
                "query",
                "passages",
                "findings",
                "standardText",
                "documents",
                "inspections",
                "areas",
                "firstYear",
                "lastYear",
                "byAuthor",
                "byArea",
                "byYear",
                "searchUrl",
                "documentsUrl",
                "neighbours",
                "neighboursBy",
                "fallback")) {
            assertTrue(body.has(field), field + " in " + body);
        }
        assertEquals("joint commissioning", body.path("phrases").get(0).asText());
        long passages = body.path("passages").asLong();
        assertTrue(passages > 0);
        assertEquals(
                passages,
                site.json("/api/search?q=" + TestSite.encode(PHRASE))
                        .path("total")
                        .asLong(),
                "the count is the search's total");
        assertEquals(4, body.path("areas").asLong(), "Knowsley, Liverpool, St Helens and Wirral");
        assertEquals(2018, body.path("firstYear").asInt());
        assertEquals(2022, body.path("lastYear").asInt());
        assertEquals("words", body.path("neighboursBy").asText());
        assertEquals("passages have no vectors yet", body.path("fallback").asText());
        assertTrue(body.path("neighbours").size() > 0 && body.path("neighbours").size() <= 8);
        for (JsonNode neighbour : body.path("neighbours")) {
            assertFalse(neighbour.path("text").asText().toLowerCase().contains("joint commissioning"));
            String url = neighbour.path("url").asText();
            assertTrue(url.startsWith("/findings/"), url);
            HttpResponse<String> permalink = site.get(url);
            assertEquals(302, permalink.statusCode(), url);
        }
        long authors = 0;
        for (JsonNode group : body.path("byAuthor")) {
            authors += group.path("passages").asLong();
        }
        assertEquals(passages, authors);
    }

    @Test
    void filtersNarrowTheAnswer(TestSite site) {
        JsonNode all = site.json("/api/phrases/usage?q=" + TestSite.encode(PHRASE));
        JsonNode liverpool = site.json("/api/phrases/usage?area=Liverpool&q=" + TestSite.encode(PHRASE));
        assertTrue(liverpool.path("passages").asLong() < all.path("passages").asLong());
        assertEquals(1, liverpool.path("areas").asLong());
        assertEquals(
                liverpool.path("passages").asLong(),
                site.json("/api/search?area=Liverpool&q=" + TestSite.encode(PHRASE))
                        .path("total")
                        .asLong());
        for (JsonNode neighbour : liverpool.path("neighbours")) {
            assertEquals("Liverpool", neighbour.path("area").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=joint+commissioning", "", "q=%22%22", "q=-%22joint+commissioning%22"})
    void withoutAQuotedPhraseItIs400NamingQ(String query, TestSite site) {
        HttpResponse<String> response = site.get("/api/phrases/usage?" + query);
        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = TestSite.parse(response.body());
        assertTrue(body.path("message").asText().startsWith("q must hold a quoted phrase"), body.toString());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void badSearchParametersAre400Too(TestSite site) {
        assertEquals(400, site.get("/api/phrases/usage?q=%22a%22&colour=red").statusCode());
        assertEquals(
                400, site.get("/api/phrases/usage?q=%22a%22&scope=documents").statusCode());
        assertEquals(
                400,
                site.get("/api/phrases/usage?q=%22" + "a".repeat(501) + "%22").statusCode());
    }

    private static Document page(TestSite site, String query) {
        HttpResponse<String> response = site.get("/search?q=" + TestSite.encode(query));
        assertEquals(200, response.statusCode());
        return Jsoup.parse(response.body());
    }

    @Test
    void thePanelIsShownForAQuotedPhraseOnly(TestSite site) {
        Document phrase = page(site, PHRASE);
        Element panel = phrase.getElementById("phrase-usage");
        assertTrue(panel != null, "the panel is there");
        assertEquals("How this wording has been used", panel.selectFirst("h2").text());
        JsonNode body = site.json("/api/phrases/usage?q=" + TestSite.encode(PHRASE));
        assertEquals(
                body.path("passages").asLong() + " passages",
                panel.getElementById("phrase-usage-passages").text());
        assertEquals(
                body.path("searchUrl").asText(),
                panel.getElementById("phrase-usage-passages").attr("href"));
        assertEquals("The same point in other words", panel.selectFirst("h3").text());
        assertTrue(panel.selectFirst(".phrase-neighbours-fallback").text().contains("passages have no vectors yet"));
        assertEquals(
                body.path("neighbours").size(),
                panel.select(".phrase-neighbours li a").size());
        assertTrue(panel.nextElementSibling().id().equals("results-heading"), "above the results");
        assertTrue(phrase.getElementById("phrase-usage").select("script").isEmpty());

        assertTrue(page(site, "joint commissioning").getElementById("phrase-usage") == null, "not for plain words");
        assertTrue(page(site, "").getElementById("phrase-usage") == null, "not when browsing");
    }

    @Test
    void aPhraseUsedNowhereSaysSo(TestSite site) {
        Element panel = page(site, "\"purple elephants juggling\"").getElementById("phrase-usage");
        assertTrue(panel.selectFirst(".phrase-usage-summary").text().contains("not used in any passage"), panel.text());
    }

    @Test
    void hostilePhrasesAreShownAsText(TestSite site) {
        String hostile = "\"<script>window.pwned=1</script><img src=x onerror=alert(1)>\"";
        HttpResponse<String> response = site.get("/search?q=" + TestSite.encode(hostile));
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        Element panel = page.getElementById("phrase-usage");
        assertTrue(panel.text().contains("<script>window.pwned=1</script>"), panel.text());
        assertTrue(panel.select("script, img").isEmpty(), panel.html());
        JsonNode body = site.json("/api/phrases/usage?q=" + TestSite.encode(hostile));
        assertEquals(0, body.path("passages").asLong());
        assertEquals(
                "<script>window.pwned=1</script><img src=x onerror=alert(1)>",
                body.path("phrases").get(0).asText());
    }
}
