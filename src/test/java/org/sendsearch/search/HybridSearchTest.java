package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.testing.RealElasticsearch;

/**
 * Hybrid search on a real node over the bundled corpus with every vector filled in: the semantic
 * side finds what no typed word matches, quoted phrases stay exact, filters hold on both sides, and
 * totals, facets and pages agree with the fused list. Lexical search works before the vectors are
 * there, and says so.
 */
@ExtendWith(RealElasticsearch.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HybridSearchTest {
    private static final String PREFIX = "it-hybrid";
    private SearchService search;

    @BeforeAll
    void indexWithVectors(ElasticsearchClient client) throws IOException {
        CorpusIndex.indexOwn(client, PREFIX, true);
        search = service(client, PREFIX);
    }

    private static SearchService service(ElasticsearchClient client, String prefix) {
        return new SearchService(Backend.open(
                client,
                new SearchIndices(prefix + "-passages", prefix + "-documents"),
                CorpusIndex.vocabulary(),
                CorpusIndex.TIME_LIMIT));
    }

    private static String lower(SearchHit hit) {
        return hit.text().toLowerCase(Locale.ROOT);
    }

    @Test
    void theSemanticSideFindsWhatNoTypedWordMatches() {
        SearchResult result = search.search(SearchQuery.browse().withQuery("respite care"));
        assertNull(result.lexicalOnly());
        assertTrue(
                result.hits().stream()
                        .anyMatch(hit -> lower(hit).contains("short break")
                                && !lower(hit).contains("respite")),
                "a passage about short breaks, which says neither respite: "
                        + result.hits().stream().map(SearchHit::text).toList());
    }

    @Test
    void lexicalMatchesAreMarkedOnEveryPageAndMeaningOnlyHitsAreNot() {
        SearchQuery request = SearchQuery.browse().withQuery("respite care");
        SearchResult first = search.search(request);
        assertNull(first.lexicalOnly());
        int marked = 0;
        for (SearchHit hit : allPages(request, first)) {
            if (lower(hit).contains("respite")) {
                assertTrue(hit.highlight().contains("<mark>"), "a lexical match, marked: " + hit.highlight());
                marked++;
            } else if (!lower(hit).matches("(?s).*\\bcare.*")) {
                assertFalse(hit.highlight().contains("<mark>"), "found by its meaning, unmarked: " + hit.highlight());
            }
        }
        assertTrue(marked > 0, "some passages say respite");
    }

    @Test
    void aQuotedPhraseNeverReturnsAPassageWithoutIt() {
        SearchQuery request = SearchQuery.browse().withQuery("\"written statement of action\"");
        SearchResult result = search.search(request);
        assertFalse(result.hits().isEmpty());
        for (SearchHit hit : allPages(request, result)) {
            assertTrue(lower(hit).contains("written statement of action"), hit.text());
        }
    }

    @Test
    void filtersHoldOnBothSidesAndCountsMatchTheList() {
        SearchQuery unfiltered = SearchQuery.browse().withQuery("families feel listened to");
        SearchResult all = search.search(unfiltered);
        assertNull(all.lexicalOnly());
        assertCountsMatchTheList(unfiltered, all);

        FacetValue type = all.facets().get(Facet.TYPE.param()).get(0);
        SearchQuery filtered = unfiltered.withFilter(Facet.TYPE, type.value());
        SearchResult some = search.search(filtered);
        // The kNN side is searched again inside the filter, so choosing a value can add nearest
        // passages of that value beyond those counted: a facet count is what choosing it gives at least.
        assertTrue(some.total() >= type.count(), some.total() + " >= " + type.count());
        for (SearchHit hit : allPages(filtered, some)) {
            assertEquals(type.value(), hit.type().id(), "every hit, lexical or semantic, has the filter's type");
        }
        assertCountsMatchTheList(filtered, some);
    }

    @Test
    void theRoundOfAnyOfTheWordsCountsAndMarksItsOwnList() {
        // No passage holds both words, so the search falls back to any of them; that round reads
        // the kNN answer of the words as typed, whose marks for any of the words must then hold.
        SearchQuery request = SearchQuery.browse().withQuery("portage camhs");
        SearchResult result = search.search(request);
        assertTrue(result.partial(), "any of the words: " + result.total());
        assertNull(result.lexicalOnly());
        assertCountsMatchTheList(request, result);
        int marked = 0;
        for (SearchHit hit : allPages(request, result)) {
            if (lower(hit).contains("portage") || lower(hit).contains("camhs")) {
                assertTrue(hit.highlight().contains("<mark>"), "a lexical match, marked: " + hit.highlight());
                marked++;
            }
        }
        assertTrue(marked > 1, "passages with either word: " + marked);
    }

    private void assertCountsMatchTheList(SearchQuery request, SearchResult first) {
        List<SearchHit> hits = allPages(request, first);
        Set<String> ids = new HashSet<>();
        hits.forEach(hit -> assertTrue(ids.add(hit.id()), "no passage twice across pages: " + hit.id()));
        assertEquals(first.total(), ids.size(), "the total is the list's length");
        long byType = first.facets().get(Facet.TYPE.param()).stream()
                .mapToLong(FacetValue::count)
                .sum();
        assertEquals(first.total(), byType, "the type facet counts the list");
        // Each value's count is the number of listed passages with it, whichever side found them.
        assertFacetCountsTheList(
                first, Facet.AREA, hits.stream().map(SearchHit::area).toList());
        assertFacetCountsTheList(
                first,
                Facet.POLARITY,
                hits.stream().map(hit -> hit.polarity().id()).toList());
        assertFacetCountsTheList(
                first,
                Facet.THEME,
                hits.stream().flatMap(hit -> hit.themes().stream()).toList());
    }

    private static void assertFacetCountsTheList(SearchResult result, Facet facet, List<String> values) {
        java.util.Map<String, Long> listed = new java.util.TreeMap<>();
        values.forEach(value -> listed.merge(value, 1L, Long::sum));
        java.util.Map<String, Long> counted = new java.util.TreeMap<>();
        result.facets().get(facet.param()).forEach(value -> counted.put(value.value(), value.count()));
        assertEquals(listed, counted, facet.param() + " counts the list");
    }

    private List<SearchHit> allPages(SearchQuery request, SearchResult first) {
        List<SearchHit> hits = new java.util.ArrayList<>(first.hits());
        for (int page = 2; page <= first.pages(); page++) {
            hits.addAll(search.search(request.withPage(page)).hits());
        }
        return hits;
    }

    @Test
    void beforeTheVectorsSearchIsLexicalAndSaysSo(ElasticsearchClient client) throws IOException {
        CorpusIndex.indexOwn(client, PREFIX + "-novec", false);
        SearchResult result =
                service(client, PREFIX + "-novec").search(SearchQuery.browse().withQuery("short breaks"));
        assertFalse(result.hits().isEmpty(), "lexical search works before any vector is there");
        assertNotNull(result.lexicalOnly());
    }
}
