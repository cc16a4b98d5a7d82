package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Similar findings ({@code GET /api/passages/{id}/similar} and the page) on the real node over
 * the bundled corpus: Liverpool's weakness that parents "must tell their story more than once"
 * finds Wirral's "tell it once" strength and St Helens' Portage strength first.
 */
@ExtendWith(TestSite.Extension.class)
class InsightsSimilarTest {

    /** The id of Liverpool's "tell their story more than once" finding, found by searching for it. */
    static String storyFindingId(TestSite site) {
        JsonNode hits = site.json(
                        "/api/search?area=Liverpool&q=" + TestSite.encode("\"tell their story more than once\""))
                .path("hits");
        assertEquals(1, hits.size(), hits.toString());
        return hits.get(0).path("id").asText();
    }

    @Test
    void tellingTheStoryOnceIsPrecedentForTellingItMoreThanOnce(TestSite site) {
        String id = storyFindingId(site);
        JsonNode body = site.json("/api/passages/" + id + "/similar");
        assertEquals(id, body.path("finding").path("id").asText());
        assertEquals("weakness", body.path("finding").path("polarity").asText());
        JsonNode similar = body.path("similar");
        assertFalse(similar.isEmpty());
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(3, similar.size()); i++) {
            JsonNode finding = similar.get(i).path("finding");
            top.add(finding.path("area").asText() + ": " + finding.path("text").asText());
        }
        assertTrue(top.stream().anyMatch(t -> t.startsWith("Wirral: ") && t.contains("tell it once")), top.toString());
        assertTrue(top.stream().anyMatch(t -> t.startsWith("St Helens: ") && t.contains("Portage")), top.toString());
        String documentId = body.path("finding").path("documentId").asText();
        double previous = Double.MAX_VALUE;
        for (JsonNode item : similar) {
            JsonNode finding = item.path("finding");
            assertNotEquals(documentId, finding.path("documentId").asText(), "only other documents");
            assertTrue(item.path("score").asDouble() <= previous, "best first");
            previous = item.path("score").asDouble();
            assertFalse(finding.path("citation").asText().isBlank());
            assertTrue(item.path("similarUrl").asText().startsWith("/findings/"));
        }
        JsonNode wirral = similar.get(0).path("finding");
        assertTrue(wirral.path("highlight").asText().contains("<mark>tell</mark>"), "shared words marked: " + wirral);
    }

    @Test
    void sameKindOfFindingIsPreferredWhenWordingIsClose(TestSite site) {
        JsonNode similar = site.json("/api/passages/" + storyFindingId(site) + "/similar?size=20")
                .path("similar");
        int weaknesses = 0;
        for (JsonNode item : similar) {
            boolean weak = List.of("weakness", "significant-weakness")
                    .contains(item.path("finding").path("polarity").asText());
            assertEquals(weak, item.path("samePolarity").asBoolean());
            if (weak) {
                weaknesses++;
            }
        }
        assertTrue(weaknesses > similar.size() / 2, "mostly weaknesses: " + weaknesses + " of " + similar.size());
    }

    @Test
    void onlyTheSameKindWhenAsked(TestSite site) {
        String id = storyFindingId(site);
        JsonNode similar =
                site.json("/api/passages/" + id + "/similar?kind=same").path("similar");
        assertFalse(similar.isEmpty());
        for (JsonNode item : similar) {
            assertTrue(
                    List.of("weakness", "significant-weakness")
                            .contains(item.path("finding").path("polarity").asText()),
                    item.toString());
        }
        assertEquals(
                400, site.get("/api/passages/" + id + "/similar?kind=other").statusCode());
        Document page = Jsoup.parse(site.get("/findings/" + id + "/similar").body());
        assertEquals(
                "/findings/" + id + "/similar?kind=same",
                page.selectFirst(".similar-kind a").attr("href"));
        assertEquals("Show only weaknesses", page.selectFirst(".similar-kind a").text());
        Document only =
                Jsoup.parse(site.get("/findings/" + id + "/similar?kind=same").body());
        assertTrue(only.select("ol.similar-list li .tag-strength").isEmpty());
    }

    @Test
    void unknownFindingIsA404(TestSite site) {
        HttpResponse<String> api = site.get("/api/passages/no-such-finding-1/similar");
        assertEquals(404, api.statusCode());
        assertTrue(api.body().contains("no finding with the id"), api.body());
        assertEquals(404, site.get("/findings/no-such-finding-1/similar").statusCode());
        assertEquals(
                400,
                site.get("/api/passages/" + storyFindingId(site) + "/similar?size=500")
                        .statusCode());
    }

    @Test
    void thePageListsThemWithCitationsAndIsLinkedFromEveryFinding(TestSite site) {
        String id = storyFindingId(site);
        HttpResponse<String> response = site.get("/findings/" + id + "/similar");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("Findings like this one", page.selectFirst("h1").text());
        Element source = page.getElementById("similar-source");
        assertTrue(source.attr("data-text").contains("tell their story more than once"));
        assertFalse(source.attr("data-citation").isBlank(), "copy with citation works on the finding itself");
        Element first = page.selectFirst("ol.similar-list li");
        assertTrue(first.attr("data-text").contains("tell it once"), first.outerHtml());
        assertFalse(first.attr("data-citation").isBlank());
        assertFalse(first.select("mark").isEmpty());
        assertTrue(
                page.select("[style]").isEmpty()
                        && page.select("script:not([src])").isEmpty(),
                "no inline style or script");

        Document search = Jsoup.parse(site.get("/search?q=" + TestSite.encode("\"tell their story more than once\""))
                .body());
        Element link = search.selectFirst("ol.results li .similar-link a");
        assertEquals("/findings/" + id + "/similar", link.attr("href"));
        String documentUrl = site.json("/api/passages/" + id + "/similar")
                .path("finding")
                .path("url")
                .asText();
        Document document = Jsoup.parse(
                site.get(documentUrl.substring(0, documentUrl.indexOf('#'))).body());
        assertFalse(
                document.select(".passage .similar-link a[href=/findings/" + id + "/similar]")
                        .isEmpty(),
                "the document page links the finding to its similar findings");
    }
}
