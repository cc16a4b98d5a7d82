package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sort the search sends, per order and scope, down to the tie-breakers; no Elasticsearch needed. */
class QueryBuilderSortTest {
    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();

    private static String json(List<SortOptions> sorts) {
        return sorts.stream().map(s -> JsonpUtils.toJsonString(s, MAPPER)).collect(Collectors.joining(","));
    }

    private static String sentSort(ResultOrder order, Scope scope) {
        SearchQuery query = new SearchQuery("ofsted", scope, Map.of(), null, null, order, 1, SearchQuery.DEFAULT_SIZE);
        return json(new QueryBuilder(SearchIndices.DEFAULT)
                .build(query, query.query())
                .sort());
    }

    @Test
    void tieBreakersOrderPassagesByDocumentAndPlaceAndDocumentsById() {
        assertEquals("{\"documentId\":{}},{\"ordinal\":{}}", json(QueryBuilder.tieBreakers(Scope.PASSAGES)));
        assertEquals("{\"id\":{}}", json(QueryBuilder.tieBreakers(Scope.DOCUMENTS)));
    }

    @Test
    void everyOrderEndsWithTheScopesTieBreakers() {
        String date = "{\"researchDate\":{\"order\":\"%s\",\"unmapped_type\":\"date\"}}";
        assertEquals(
                "{\"_score\":{}}," + date.formatted("desc") + ",{\"documentId\":{}},{\"ordinal\":{}}",
                sentSort(ResultOrder.RELEVANCE, Scope.PASSAGES));
        assertEquals(
                date.formatted("desc") + ",{\"_score\":{}},{\"id\":{}}", sentSort(ResultOrder.NEWEST, Scope.DOCUMENTS));
        assertEquals(
                date.formatted("asc") + ",{\"_score\":{}},{\"documentId\":{}},{\"ordinal\":{}}",
                sentSort(ResultOrder.OLDEST, Scope.PASSAGES));
    }
}
