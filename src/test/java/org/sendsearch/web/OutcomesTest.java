package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /api/insights/outcomes} and {@code /insights/outcomes} on the bundled corpus: three
 * 2016-2022 inspections (St Helens 2018; Liverpool 2019 and Knowsley 2022, whose letters required a
 * written statement of action), no 2023 report; every number's link lists exactly its documents.
 */
@ExtendWith(TestSite.Extension.class)
class OutcomesTest {
    private static long total(TestSite site, String url) {
        String query = url.substring(url.indexOf('?') + 1);
        return site.json("/api/search?size=1&" + query).path("total").asLong();
    }

    @Test
    void theWsoaSharesCountInspectionsAndLinkToTheirLetters(TestSite site) {
        JsonNode stats = site.json("/api/insights/outcomes");
        JsonNode byYear = stats.path("wsoaByYear");
        assertEquals(List.of("2018", "2019", "2022"), byYear.findValuesAsText("key"));
        long inspections = 0;
        for (JsonNode row : byYear) {
            assertEquals(1, row.path("inspections").asLong(), row.toString());
            assertEquals(
                    row.path("inspections").asLong(),
                    total(site, row.path("url").asText()));
            assertEquals(
                    row.path("wsoa").asLong(), total(site, row.path("wsoaUrl").asText()), row.toString());
            inspections += row.path("inspections").asLong();
        }
        assertEquals(3, inspections);
        assertEquals(0, byYear.get(0).path("wsoa").asLong(), "St Helens 2018 did not need a WSOA");
        assertEquals(1, byYear.get(1).path("wsoa").asLong(), "Liverpool 2019 did");
        assertEquals(1, byYear.get(2).path("wsoa").asLong(), "Knowsley 2022 did");
        assertEquals(1.0, byYear.get(2).path("share").asDouble());
        assertEquals(
                3,
                stats.path("wsoaByRegion").findValues("inspections").stream()
                        .mapToLong(JsonNode::asLong)
                        .sum());
        assertEquals(0, stats.path("outcomesByYear").size(), "no 2023 report in the bundled corpus");
    }

    @Test
    void thePageSaysWhatItCoversAndShowsThePublishedFigures(TestSite site) {
        HttpResponse<String> response = site.get("/insights/outcomes");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.getElementById("outcomes-coverage").text().contains("3 under the 2016-2022 framework"));
        assertTrue(page.getElementById("published-figures").text().contains("59 of 116 areas (51%)"));
        assertEquals(3, page.select("#wsoa-by-year tbody tr").size());
        assertTrue(page.text().contains("No 2023-framework inspection report is indexed."));
        assertTrue(page.select("#wsoa-by-year td a").stream()
                .allMatch(a -> a.attr("href").startsWith("/search?")));
        assertTrue(Jsoup.parse(site.get("/insights").body())
                        .select("a[href=/insights/outcomes]")
                        .size()
                == 1);
    }
}
