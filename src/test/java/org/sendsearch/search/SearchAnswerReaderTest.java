package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Elasticsearch's search answers, shaped as it sends them, read into what the search service uses. */
class SearchAnswerReaderTest {
    /** A facets + highlights search with one facet chosen, as Elasticsearch answers it with {@code typed_keys}. */
    private static final String TYPED_ANSWER = """
            {"took":7,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":42,"relation":"eq"},"max_score":null,"hits":[
               {"_index":"send-passages-v1","_id":"knowsley-2023-abc-0007","_score":12.5,
                "_source":{"id":"knowsley-2023-abc-0007","documentId":"knowsley-2023-abc","ordinal":7,
                           "section":"main-findings","polarity":"weakness","themes":["neurodevelopmental"],
                           "text":"Waits for autism assessments are too long.","title":"Knowsley","area":"Knowsley",
                           "date":"2023-05-01","year":"2023","unknownField":{"nested":[1,2]}},
                "highlight":{"text":["Waits for <mark>autism</mark> assessments are too long."]},
                "sort":[12.5,1682899200000,"knowsley-2023-abc",7]},
               {"_index":"send-passages-v1","_id":"no-source","_score":1.0}
             ]},
             "aggregations":{
               "filter#theme":{"doc_count":40,"sterms#values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
                 "buckets":[{"key":"neurodevelopmental","doc_count":30},{"key":"ehc-plans","doc_count":10}]}},
               "filter#facets":{"doc_count":42,
                 "sterms#area":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
                   "buckets":[{"key":"Knowsley","doc_count":25},{"key":"Wirral","doc_count":17}]},
                 "sterms#year":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]}}
             },
             "suggest":{"term#did-you-mean":[
               {"text":"autsim","offset":0,"length":6,"options":[{"text":"autism","score":0.83,"freq":120}]},
               {"text":"waits","offset":7,"length":5,"options":[]}
             ]}}
            """;

    private static SearchAnswer read(String json) throws IOException {
        return SearchAnswerReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTookTotalAndEachHitsIdSourceAndHighlight() throws IOException {
        SearchAnswer answer = read(TYPED_ANSWER);
        assertEquals(7, answer.took());
        assertEquals(42, answer.total());
        assertEquals(2, answer.hits().size());

        SearchAnswer.Hit hit = answer.hits().get(0);
        assertEquals("knowsley-2023-abc-0007", hit.id());
        assertEquals("knowsley-2023-abc", hit.source().documentId());
        assertEquals(7, hit.source().ordinalOrZero());
        assertEquals(List.of("neurodevelopmental"), hit.source().themes());
        assertEquals(2023, hit.source().document().year());
        assertEquals(List.of("Waits for <mark>autism</mark> assessments are too long."), hit.highlight("text"));
        assertEquals(List.of(), hit.highlight("text.exact"));
    }

    @Test
    void aHitWithoutSourceIsKeptWithNone() throws IOException {
        SearchAnswer.Hit hit = read(TYPED_ANSWER).hits().get(1);
        assertEquals("no-source", hit.id());
        assertNull(hit.source());
        assertEquals(List.of(), hit.highlight("text"));
    }

    @Test
    void readsTermsAggregationsUnderFilterAggregationsWithoutTheirTypePrefix() throws IOException {
        SearchAnswer answer = read(TYPED_ANSWER);
        SearchAnswer.Aggregation theme = answer.aggregations().get("theme");
        assertFalse(theme.isBucketed(), "a filter aggregation has sub-aggregations, not buckets");
        assertEquals(
                List.of(new SearchAnswer.Bucket("neurodevelopmental", 30), new SearchAnswer.Bucket("ehc-plans", 10)),
                theme.sub("values").buckets());

        SearchAnswer.Aggregation unchosen = answer.aggregations().get(FacetQueries.UNCHOSEN_FACETS);
        assertEquals(
                List.of(new SearchAnswer.Bucket("Knowsley", 25), new SearchAnswer.Bucket("Wirral", 17)),
                unchosen.sub("area").buckets());
        assertTrue(unchosen.sub("year").isBucketed());
        assertEquals(List.of(), unchosen.sub("year").buckets());
    }

    @Test
    void readsEachWordsTermSuggestionWithItsOffsetInTheText() throws IOException {
        List<SearchAnswer.TermSuggestion> words = read(TYPED_ANSWER).suggestions(QueryBuilder.SUGGESTION);
        assertEquals(
                List.of(
                        new SearchAnswer.TermSuggestion(0, 6, List.of("autism")),
                        new SearchAnswer.TermSuggestion(7, 5, List.of())),
                words);
        assertEquals(List.of(), read(TYPED_ANSWER).suggestions("another-suggester"));
    }

    @Test
    void readsEachHitsDocValueFieldsAndNamedQueries() throws IOException {
        SearchAnswer answer = read("""
                {"took":3,"hits":{"hits":[
                  {"_id":"a","_score":0.9,"matched_queries":["lexical"],
                   "fields":{"area":["Knowsley"],"themes":["ehc-plans","autism"],"year":["2023"]}},
                  {"_id":"b","_score":0.8,"fields":{"area":["Wirral"],"themes":[]}},
                  {"_id":"c","_score":0.7}
                ]}}""");
        SearchAnswer.Hit first = answer.hits().get(0);
        assertEquals(Set.of("lexical"), first.matched());
        assertEquals(List.of("ehc-plans", "autism"), first.fields().get("themes"));
        assertEquals(List.of("2023"), first.fields().get("year"));
        assertEquals(
                Map.of("area", List.of("Wirral"), "themes", List.of()),
                answer.hits().get(1).fields());
        assertEquals(Map.of(), answer.hits().get(2).fields(), "no fields asked for: none read");
        assertEquals(Set.of(), answer.hits().get(2).matched());
    }

    @Test
    void readsTheSameWithoutTypedKeys() throws IOException {
        SearchAnswer typed = read(TYPED_ANSWER);
        SearchAnswer plain =
                read(TYPED_ANSWER.replace("filter#", "").replace("sterms#", "").replace("term#", ""));
        assertEquals(typed, plain);
    }

    @Test
    void anAnswerWithoutHitsCountsNothingAndHasNoFacetsOrSuggestions() throws IOException {
        SearchAnswer answer = read("""
                {"took":1,"timed_out":false,"hits":{"total":{"value":0,"relation":"eq"},"hits":[]}}""");
        assertEquals(0, answer.total());
        assertEquals(List.of(), answer.hits());
        assertTrue(answer.aggregations().isEmpty());
        assertEquals(List.of(), answer.suggestions(QueryBuilder.SUGGESTION));
    }

    @Test
    void withoutATotalTheHitsReadAreTheTotal() throws IOException {
        SearchAnswer answer = read("""
                {"took":1,"hits":{"hits":[{"_id":"a","_source":{"text":"x"}},{"_id":"b","_source":{"text":"y"}}]}}""");
        assertEquals(2, answer.total());
    }

    @Test
    void somethingOtherThanAJsonObjectIsAnError() {
        assertThrows(IOException.class, () -> read("<html>Bad gateway</html>"));
        assertThrows(IOException.class, () -> read("[1, 2]"));
        assertThrows(IOException.class, () -> read("{\"took\": 1, \"hits\": {\"hits\": [{\"_id\": "));
    }
}
