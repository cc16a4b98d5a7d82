package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.model.Polarity;

/** The searches the issue names as "done when", on the bundled corpus indexed by the real indexer. */
@ExtendWith(CorpusIndex.class)
class SearchServiceTest {
    private static SearchResult search(SearchService service, Map<String, List<String>> params) {
        return service.search(SearchQuery.parse(params, service.vocabulary()));
    }

    private static String describe(SearchResult result) {
        return result.total() + " hits: "
                + result.hits().stream()
                        .map(hit -> hit.area() + "/" + hit.section() + "/" + hit.polarity() + ": "
                                + hit.text()
                                        .substring(0, Math.min(90, hit.text().length())))
                        .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    @Test
    void ehcpFindsTheEhcPlanFindingsOfEveryAreaThatHasThem(SearchService service) {
        SearchResult result = search(service, Map.of("q", List.of("EHCP"), "size", List.of("100")));
        Set<String> areas = result.hits().stream().map(SearchHit::area).collect(Collectors.toSet());
        assertTrue(areas.containsAll(Set.of("Knowsley", "Liverpool", "St Helens", "Wirral")), describe(result));
        // Passages matching the words are highlighted; the others are tagged with the EHC plans theme
        // (the query names the theme, so passages about it in other words are found too).
        assertTrue(
                result.hits().stream()
                        .allMatch(hit -> hit.highlight().contains("<mark>")
                                || hit.themes().contains("ehc-plans")),
                describe(result));
        assertTrue(
                result.hits().get(0).text().toLowerCase().matches("(?s).*(ehc|education, health and care).*"),
                describe(result));
    }

    @Test
    void aQuotedPhraseFindsExactlyThatWording(SearchService service) {
        SearchResult result = search(service, Map.of("q", List.of("\"tell their story more than once\"")));
        assertTrue(result.total() >= 1, describe(result));
        for (SearchHit hit : result.hits()) {
            assertTrue(hit.text().toLowerCase().contains("tell their story more than once"), describe(result));
            assertTrue(hit.highlight().contains("<mark>"), hit.highlight());
        }
        SearchResult stemmed = search(service, Map.of("q", List.of("\"tells their stories more than once\"")));
        assertEquals(
                0,
                stemmed.hits().stream()
                        .filter(hit -> hit.text().contains("tell their story"))
                        .count(),
                "a phrase is matched as written, not stemmed: " + describe(stemmed));
    }

    @Test
    void autismWaitsFindsTheNeurodevelopmentalWaitsOfKnowsleyAndLiverpool(SearchService service) {
        SearchResult result = search(service, Map.of("q", List.of("autism waits"), "size", List.of("10")));
        Set<String> topAreas =
                result.hits().stream().limit(5).map(SearchHit::area).collect(Collectors.toSet());
        assertTrue(topAreas.containsAll(Set.of("Knowsley", "Liverpool")), describe(result));
        assertTrue(result.hits().get(0).text().toLowerCase().contains("wait"), describe(result));
    }

    @Test
    void weaknessAndEhcPlansListsTheEhcPlanWeaknessesByArea(SearchService service) {
        SearchResult result = search(
                service,
                Map.of("polarity", List.of("weakness"), "theme", List.of("ehc-plans"), "size", List.of("100")));
        assertTrue(result.total() > 0);
        assertTrue(
                result.hits().stream()
                        .allMatch(hit -> hit.polarity() == Polarity.WEAKNESS
                                && hit.themes().contains("ehc-plans")),
                describe(result));
        List<FacetValue> areas = result.facets().get("area");
        assertFalse(areas.isEmpty());
        long sum = areas.stream().mapToLong(FacetValue::count).sum();
        assertEquals(result.total(), sum, "every passage has one area: " + areas);
    }

    @Test
    void stemmingFindsEveryFormOfAWord(SearchService service) {
        long waiting = search(service, Map.of("q", List.of("waiting"))).total();
        long wait = search(service, Map.of("q", List.of("wait"))).total();
        long waited = search(service, Map.of("q", List.of("waited"))).total();
        assertTrue(waiting > 0);
        assertEquals(wait, waiting);
        assertEquals(wait, waited);
    }

    @Test
    void aTypoGetsASuggestionAndResultsForIt(SearchService service) {
        SearchResult result = search(service, Map.of("q", List.of("neurodevelopmentel")));
        assertEquals("neurodevelopmental", result.suggestion());
        assertEquals("neurodevelopmental", result.resultsFor());
        assertTrue(result.total() > 0);
        SearchResult known = search(service, Map.of("q", List.of("neurodevelopmental")));
        assertNull(known.suggestion());
        assertNull(known.resultsFor());
    }

    @Test
    void citationsNameTheInspectoratesTheDocumentItsDateAndThePlace(SearchService service) {
        SearchResult result =
                search(service, Map.of("q", List.of("\"unacceptable delays\""), "area", List.of("Liverpool")));
        assertTrue(result.total() > 0, describe(result));
        SearchHit hit = result.hits().get(0);
        assertEquals(
                "Ofsted and CQC, Joint local area SEND inspection in Liverpool, letter of 26 February 2019, "
                        + "'Areas for development' (meeting needs)",
                hit.citation());
        assertTrue(hit.url().startsWith("/documents/liverpool-2019"), hit.url());
        assertTrue(hit.url().matches(".*#p-\\d+"), hit.url());
        assertNotNull(hit.documentId());
    }
}
