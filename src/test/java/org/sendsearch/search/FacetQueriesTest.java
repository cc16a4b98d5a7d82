package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FacetQueriesTest {
    private static final Vocabulary VOCABULARY = CorpusIndex.vocabulary();

    private static SearchQuery request(Map<String, List<String>> params) {
        return SearchQuery.parse(params, VOCABULARY);
    }

    private static SearchAnswer.Hit hit(String id, Map<String, List<String>> fields) {
        return new SearchAnswer.Hit(id, null, Map.of(), Set.of(), fields);
    }

    private static final List<SearchAnswer.Hit> HITS = List.of(
            hit(
                    "a",
                    Map.of(
                            "area",
                            List.of("Knowsley"),
                            "themes",
                            List.of("ehc-plans", "neurodevelopmental"),
                            "polarity",
                            List.of("weakness"))),
            hit(
                    "b",
                    Map.of(
                            "area",
                            List.of("Knowsley"),
                            "themes",
                            List.of("neurodevelopmental"),
                            "polarity",
                            List.of("weakness"))),
            hit("c", Map.of("area", List.of("Wirral"), "polarity", List.of("strength"))));

    @Test
    void countsInTheApplicationTakeTheShapeOfTheAggregations() {
        for (SearchQuery request : List.of(
                SearchQuery.browse(),
                request(Map.of("from", List.of("2019-01-01"))),
                request(Map.of("area", List.of("Knowsley"))),
                request(Map.of("area", List.of("Knowsley", "Wirral"), "polarity", List.of("weakness"))),
                request(Map.of("theme", List.of("neurodevelopmental"), "to", List.of("2024-12-31"))))) {
            Map<String, Aggregation> asked = FacetQueries.aggregations(request);
            Map<String, SearchAnswer.Aggregation> counted = FacetQueries.counted(request, HITS);
            assertEquals(asked.keySet(), counted.keySet(), "the same aggregations for " + request);
            asked.forEach((name, aggregation) -> {
                SearchAnswer.Aggregation mine = counted.get(name);
                if (aggregation.isFilter()) {
                    assertFalse(mine.isBucketed(), name);
                    assertEquals(
                            aggregation.aggregations().keySet(),
                            mine.subAggregations().keySet(),
                            name);
                    assertEquals(HITS.size(), mine.docCount(), name);
                } else {
                    assertTrue(mine.isBucketed(), name);
                }
            });
        }
    }

    @Test
    void eachValueCountsTheHitsHoldingItAndAMultiValuedFieldCountsEveryValue() {
        SearchQuery request = request(Map.of("area", List.of("Knowsley")));
        Map<String, SearchAnswer.Aggregation> counted = FacetQueries.counted(request, HITS);
        assertEquals(
                Map.of("Knowsley", 2L, "Wirral", 1L),
                counts(counted.get(Facet.AREA.param()).sub("values")));
        SearchAnswer.Aggregation unchosen = counted.get(FacetQueries.UNCHOSEN_FACETS);
        assertEquals(Map.of("neurodevelopmental", 2L, "ehc-plans", 1L), counts(unchosen.sub(Facet.THEME.param())));
        assertEquals(Map.of("weakness", 2L, "strength", 1L), counts(unchosen.sub(Facet.POLARITY.param())));
        assertEquals(Map.of(), counts(unchosen.sub(Facet.REGION.param())), "a field no hit has counts nothing");
    }

    @Test
    void addedToAnAnswersCountsTheyGiveThoseOfBothSets() {
        SearchQuery request = SearchQuery.browse();
        Map<String, SearchAnswer.Aggregation> answer = Map.of(
                Facet.AREA.param(),
                new SearchAnswer.Aggregation(List.of(new SearchAnswer.Bucket("Wirral", 5)), Map.of(), -1));
        Map<String, SearchAnswer.Aggregation> summed =
                SearchAnswer.Aggregation.sum(answer, FacetQueries.counted(request, HITS));
        assertEquals(
                List.of(new SearchAnswer.Bucket("Wirral", 6), new SearchAnswer.Bucket("Knowsley", 2)),
                summed.get(Facet.AREA.param()).buckets());
    }

    @Test
    void noHitsCountNothing() {
        Map<String, SearchAnswer.Aggregation> counted = FacetQueries.counted(SearchQuery.browse(), List.of());
        counted.values().forEach(aggregation -> assertEquals(List.of(), aggregation.buckets()));
    }

    private static Map<String, Long> counts(SearchAnswer.Aggregation values) {
        Map<String, Long> counts = new TreeMap<>();
        values.buckets().forEach(bucket -> counts.put(bucket.key(), bucket.docCount()));
        return new TreeMap<>(counts);
    }
}
