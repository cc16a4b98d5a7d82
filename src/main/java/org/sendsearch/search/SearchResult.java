package org.sendsearch.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search, as the API returns it and the page renders it.
 *
 * @param total      number of matching results (all pages)
 * @param tookMs     time Elasticsearch took
 * @param suggestion a corrected query for "did you mean", or null
 * @param resultsFor the query the results are for when it differs from what was typed (nothing
 *                   matched the typed query, so the suggestion was searched instead), or null
 * @param facets     per facet parameter, its values with counts, in display order
 * @param lexicalOnly why a search of passages by relevance used no semantic retrieval (vectors
 *                   switched off, the model unavailable, no vectors yet), for the page to say; null
 *                   when it was hybrid or the question does not arise (quoted phrases, date order)
 */
public record SearchResult(
        long total,
        int page,
        int size,
        long tookMs,
        String suggestion,
        String resultsFor,
        boolean partial,
        List<SearchHit> hits,
        Map<String, List<FacetValue>> facets,
        String lexicalOnly) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }

    /** A result of lexical retrieval with no reason to tell (browsing, sorting by date, documents). */
    public SearchResult(
            long total,
            int page,
            int size,
            long tookMs,
            String suggestion,
            String resultsFor,
            boolean partial,
            List<SearchHit> hits,
            Map<String, List<FacetValue>> facets) {
        this(total, page, size, tookMs, suggestion, resultsFor, partial, hits, facets, null);
    }

    /** The number of pages, at least 1. */
    public int pages() {
        return (int) Math.max(1, Math.min((total + size - 1) / size, SearchQuery.MAX_RESULT_WINDOW / size));
    }
}
