package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The area API and pages on the real node over the bundled corpus. Knowsley has two documents:
 * the inspection letter (dated 26 April 2021 in its text although the inspection was in March
 * 2022, which extraction flags) and the council's press release of 2 April 2024; the letter names
 * three areas of significant weakness (preparation for adulthood, the birth-to-25 public health
 * offer, neurodevelopmental waits).
 */
@ExtendWith(TestSite.Extension.class)
class AreaApiTest {

    @Test
    void listsEveryAreaWithCounts(TestSite site) {
        JsonNode areas = site.json("/api/areas").path("areas");
        assertEquals(List.of("Knowsley", "Liverpool", "St Helens", "Wirral"), areas.findValuesAsText("area"));
        JsonNode knowsley = areas.get(0);
        assertEquals(2, knowsley.path("documents").asLong());
        assertEquals(64, knowsley.path("findings").asLong());
        assertEquals("/areas/Knowsley", knowsley.path("url").asText());
        assertEquals("/areas/St%20Helens", areas.get(2).path("url").asText());
        assertEquals(99, areas.get(3).path("findings").asLong());
    }

    @Test
    void knowsleyTimelineSignificantWeaknessesAndDateWarning(TestSite site) {
        JsonNode knowsley = site.json("/api/areas/Knowsley");
        JsonNode timeline = knowsley.path("timeline");
        assertEquals(2, timeline.size());
        assertEquals("inspection-letter", timeline.get(0).path("type").asText());
        assertEquals("2021-04-26", timeline.get(0).path("date").asText());
        assertEquals("press-release", timeline.get(1).path("type").asText());
        assertEquals("2024-04-02", timeline.get(1).path("date").asText());
        assertTrue(timeline.get(0).path("wsoa").asBoolean());

        List<String> weaknesses = knowsley.path("significantWeaknesses").findValuesAsText("text");
        assertEquals(3, weaknesses.size(), weaknesses.toString());
        assertTrue(weaknesses.get(0).contains("preparation for adulthood"), weaknesses.toString());
        assertTrue(weaknesses.get(1).contains("public health offer"), weaknesses.toString());
        assertTrue(weaknesses.get(2).contains("neurodevelopmental"), weaknesses.toString());

        JsonNode warnings = knowsley.path("warnings");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(
                warnings.get(0).path("warning").asText().contains("before the end of the inspection"),
                warnings.toString());
        assertEquals(
                timeline.get(0).path("documentId").asText(),
                warnings.get(0).path("documentId").asText());

        JsonNode themes = knowsley.path("themes");
        JsonNode first = themes.get(0);
        assertEquals("preparation-for-adulthood", first.path("theme").asText(), "most weaknesses first");
        assertEquals(9, first.path("weaknesses").asLong());
        long listed = site.json("/api" + first.path("weaknessesUrl").asText().replace("/search?", "/search?size=1&"))
                .path("total")
                .asLong();
        assertEquals(9, listed);
        for (JsonNode theme : themes) {
            if (theme.path("strengths").asLong() > 0) {
                assertEquals(
                        theme.path("strengths").asLong(),
                        site.json("/api" + theme.path("strengthsUrl").asText().replace("/search?", "/search?size=1&"))
                                .path("total")
                                .asLong());
            }
        }
    }

    @Test
    void areaNamesWithSpacesWork(TestSite site) {
        JsonNode stHelens = site.json("/api/areas/St%20Helens");
        assertEquals("St Helens", stHelens.path("area").asText());
        assertEquals(1, stHelens.path("timeline").size());
    }

    @Test
    void unknownAreaIsA404(TestSite site) {
        HttpResponse<String> api = site.get("/api/areas/Atlantis");
        assertEquals(404, api.statusCode());
        assertTrue(api.body().contains("Atlantis"), api.body());
        HttpResponse<String> page = site.get("/areas/Atlantis");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Area not found"));
        assertEquals(404, site.get("/api/areas/compare?a=Knowsley&b=Atlantis").statusCode());
        assertEquals(400, site.get("/api/areas/compare?a=Knowsley").statusCode());
    }

    @Test
    void comparesTwoAreasByTheme(TestSite site) {
        JsonNode comparison = site.json("/api/areas/compare?a=Knowsley&b=Liverpool");
        assertEquals("[\"Knowsley\",\"Liverpool\"]", comparison.path("areas").toString());
        JsonNode first = comparison.path("rows").get(0);
        assertTrue(
                first.path("balances").get(0).path("weaknesses").asLong() > 0
                        && first.path("balances").get(1).path("weaknesses").asLong() > 0,
                "shared weaknesses first: " + first);
        List<String> shared = new ArrayList<>();
        for (JsonNode row : comparison.path("rows")) {
            if (row.path("balances").get(0).path("weaknesses").asLong() > 0
                    && row.path("balances").get(1).path("weaknesses").asLong() > 0) {
                shared.add(row.path("theme").asText());
            }
        }
        assertTrue(
                shared.containsAll(List.of("neurodevelopmental", "ehc-plans", "preparation-for-adulthood")),
                shared.toString());
    }

    @Test
    void comparesUpToFourAreasAndRefusesMore(TestSite site) {
        JsonNode three = site.json("/api/areas/compare?a=Knowsley&b=Liverpool&c=St+Helens&d=");
        assertEquals(
                "[\"Knowsley\",\"Liverpool\",\"St Helens\"]",
                three.path("areas").toString());
        for (JsonNode row : three.path("rows")) {
            assertEquals(3, row.path("balances").size(), row.toString());
        }
        JsonNode repeated = site.json("/api/areas/compare?area=Wirral&area=Knowsley&area=Wirral");
        assertEquals("[\"Wirral\",\"Knowsley\"]", repeated.path("areas").toString(), "each area once, in order");
        assertEquals(
                400,
                site.get("/api/areas/compare?a=Knowsley&b=Liverpool&c=Wirral&d=St+Helens&area=Bury")
                        .statusCode());
        assertEquals(400, site.get("/api/areas/compare?a=Knowsley&b=Knowsley").statusCode(), "one area twice");
        Document page = Jsoup.parse(
                site.get("/areas/compare?a=Knowsley&b=Liverpool&c=Wirral").body());
        assertEquals(3, page.select("#compare-table thead th[scope=colgroup]").size());
        assertEquals("Wirral", page.select("#compare-c option[selected]").val());
        assertEquals("", page.select("#compare-d option[selected]").val(), "the fourth left empty");
        assertTrue(page.title().startsWith("Knowsley, Liverpool and Wirral"), page.title());
    }

    @Test
    void anAreasInspectionsLinkTheirLetterAndTheResponsesToThem(TestSite site) {
        JsonNode knowsley = site.json("/api/areas/Knowsley").path("inspections");
        assertEquals(1, knowsley.size(), knowsley.toString());
        JsonNode inspection = knowsley.get(0);
        assertEquals("knowsley-2016-2022-03-18", inspection.path("id").asText());
        assertEquals("2016", inspection.path("framework").asText());
        assertEquals("2022-03-14", inspection.path("start").asText());
        assertTrue(inspection.path("wsoaRequired").asBoolean());
        assertEquals(
                "inspection-letter",
                inspection.path("reports").get(0).path("type").asText());
        JsonNode press = inspection.path("responses").get(0);
        assertEquals("press-release", press.path("type").asText(), "the press release is linked to the inspection");
        assertEquals("after", press.path("how").asText());

        JsonNode wirral = site.json("/api/areas/Wirral").path("inspections");
        assertEquals(1, wirral.size(), wirral.toString());
        assertEquals(0, wirral.get(0).path("reports").size(), "no letter of Wirral's inspection is in the corpus");
        assertEquals(
                "states-dates",
                wirral.get(0).path("responses").get(0).path("how").asText(),
                "the council report gives the inspection's dates");

        Document page = Jsoup.parse(site.get("/areas/Knowsley").body());
        List<String> steps = page.select("#inspections .inspection-step").eachText();
        assertEquals(3, steps.size(), steps.toString());
        assertTrue(steps.get(0).startsWith("Report: Inspection letter"), steps.get(0));
        assertTrue(steps.get(1).contains("written statement of action was required"), steps.get(1));
        assertTrue(steps.get(2).startsWith("Response: Press release"), steps.get(2));
        assertTrue(steps.get(2).contains("linked because it is dated after this inspection"), steps.get(2));
    }

    @Test
    void theKnowsleyPageShowsTimelineWeaknessesAndWarning(TestSite site) {
        HttpResponse<String> response = site.get("/areas/Knowsley");
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("Knowsley", page.selectFirst("h1").text());
        List<String> dates = page.select("#timeline li time").eachAttr("datetime");
        assertEquals(List.of("2021-04-26", "2024-04-02"), dates);
        assertTrue(page.select("#timeline li").get(0).text().contains("Inspection letter"));
        assertTrue(page.select("#timeline li").get(1).text().contains("Press release"));
        assertTrue(page.select("#timeline li")
                .get(0)
                .selectFirst(".timeline-warning")
                .text()
                .contains("one of the dates is wrong"));
        assertEquals(3, page.select("#significant-weaknesses li").size());
        assertTrue(page.getElementById("area-warnings").text().contains("before the end of the inspection"));
        Element themes = page.getElementById("area-themes");
        assertFalse(themes.select("caption").isEmpty());
        assertEquals(3, themes.select("thead th[scope=col]").size());
        assertEquals(
                "Preparation for adulthood",
                themes.selectFirst("tbody th[scope=row]").text());
        assertTrue(
                page.select("[style]").isEmpty()
                        && page.select("script:not([src])").isEmpty(),
                "no inline style or script");
        assertFalse(page.select("link[href=/insights.css]").isEmpty());

        Document list = Jsoup.parse(site.get("/areas").body());
        assertEquals(4, list.select("#areas-table tbody tr").size());
        Document compare =
                Jsoup.parse(site.get("/areas/compare?a=Knowsley&b=Wirral").body());
        assertFalse(compare.select("#compare-table tbody tr").isEmpty());
        assertEquals(
                2, compare.select("#compare-table thead th[scope=colgroup]").size());
    }

    /**
     * Knowsley's last full inspection is the March 2022 joint inspection, which required a written
     * statement of action; the collection holds no revisit after it (only the council's press
     * release). An area asked for in another case is the same area.
     */
    @Test
    void anAreaSaysWhereItStandsAgainstItsLastInspection(TestSite site) {
        JsonNode account = site.json("/api/areas/Knowsley").path("accountability");
        assertTrue(account.path("end").asText().startsWith("2022-03"), account.toString());
        assertEquals("knowsley-2016-2022-03-18", account.path("inspectionId").asText());
        assertTrue(account.path("wsoaRequired").asBoolean(), account.toString());
        assertEquals(0, account.path("followUps").size());
        assertFalse(account.path("sinceLast").asText().isBlank());
        assertEquals("Knowsley", site.json("/api/areas/knowsley").path("area").asText());
        HttpResponse<String> page = site.get("/areas/knowsley");
        assertEquals(301, page.statusCode());
        assertEquals("/areas/Knowsley", page.headers().firstValue("location").orElse(""));
        org.jsoup.nodes.Document html =
                org.jsoup.Jsoup.parse(site.get("/areas/Knowsley").body());
        assertEquals(
                List.of(
                        "Last full inspection",
                        "Time since",
                        "Next inspection due",
                        "Written statement of action",
                        "Revisit or monitoring since"),
                html.select("#accountability dt").eachText());
        assertEquals(
                "None in the collection.",
                html.select("#accountability dd").last().text());
    }
}
