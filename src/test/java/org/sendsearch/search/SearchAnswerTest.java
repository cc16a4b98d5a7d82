package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts of two disjoint sets of passages added together, as a hybrid search adds its two sides'. */
class SearchAnswerTest {
    private static SearchAnswer.Aggregation terms(Object... keysAndCounts) {
        List<SearchAnswer.Bucket> buckets = new java.util.ArrayList<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            buckets.add(new SearchAnswer.Bucket((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]));
        }
        return new SearchAnswer.Aggregation(buckets, Map.of(), -1);
    }

    @Test
    void bucketsOfOneKeyAreSummedAndReorderedAsElasticsearchOrdersThem() {
        SearchAnswer.Aggregation lexical = terms("Wirral", 5, "Knowsley", 3, "Liverpool", 1);
        SearchAnswer.Aggregation semantic = terms("Liverpool", 4, "St Helens", 3);
        assertEquals(
                List.of(
                        new SearchAnswer.Bucket("Liverpool", 5),
                        new SearchAnswer.Bucket("Wirral", 5),
                        new SearchAnswer.Bucket("Knowsley", 3),
                        new SearchAnswer.Bucket("St Helens", 3)),
                lexical.plus(semantic).buckets(),
                "most passages first, then by key");
    }

    @Test
    void filterAggregationsAreAddedThroughTheirSubAggregations() {
        SearchAnswer.Aggregation one = new SearchAnswer.Aggregation(null, Map.of("values", terms("weakness", 2)), 2);
        SearchAnswer.Aggregation two =
                new SearchAnswer.Aggregation(null, Map.of("values", terms("weakness", 1, "strength", 1)), 2);
        SearchAnswer.Aggregation sum = one.plus(two);
        assertNull(sum.buckets(), "a single-bucket aggregation stays one");
        assertEquals(4, sum.docCount(), "its documents are added");
        assertEquals(
                List.of(new SearchAnswer.Bucket("weakness", 3), new SearchAnswer.Bucket("strength", 1)),
                sum.sub("values").buckets());
    }

    @Test
    void anAggregationOnOneSideOnlyIsKeptAsItIs() {
        Map<String, SearchAnswer.Aggregation> sum = SearchAnswer.Aggregation.sum(
                Map.of("area", terms("Wirral", 2)), Map.of("type", terms("press-release", 1)));
        assertEquals(
                List.of(new SearchAnswer.Bucket("Wirral", 2)), sum.get("area").buckets());
        assertEquals(
                List.of(new SearchAnswer.Bucket("press-release", 1)),
                sum.get("type").buckets());
        assertEquals(Map.of(), SearchAnswer.Aggregation.sum(Map.of(), Map.of()));
    }
}
