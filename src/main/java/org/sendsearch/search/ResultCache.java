package org.sendsearch.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most recent search results, answered again while the index is unchanged
 * ({@link IndexGeneration}). Popular searches, paging back and forth and several people running
 * the same search cost Elasticsearch nothing the second time; any write, refresh or alias swap
 * changes the generation and so retires every entry at once. Bounded by a count of entries, least
 * recently used first out; at most a few megabytes (a result holds at most one page of hits).
 */
public final class ResultCache {
    private record Kept(long generation, SearchResult result) {}

    private final IndexGeneration generation;
    private final Map<SearchQuery, Kept> entries;
    private long hits;
    private long misses;

    public ResultCache(IndexGeneration generation, int maxEntries) {
        this.generation = generation;
        this.entries = new LinkedHashMap<>(maxEntries * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchQuery, Kept> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The generation results computed now will belong to: ask before searching, not after. */
    long generation() {
        return generation.current();
    }

    synchronized Optional<SearchResult> get(SearchQuery request) {
        long now = generation.current();
        Kept entry = entries.get(request);
        if (now == IndexGeneration.UNKNOWN || entry == null || entry.generation() != now) {
            misses++;
            return Optional.empty();
        }
        hits++;
        return Optional.of(entry.result());
    }

    /** Keeps {@code result}, computed while the generation was {@code computedAt}. */
    synchronized void put(SearchQuery request, long computedAt, SearchResult result) {
        if (computedAt != IndexGeneration.UNKNOWN && computedAt == generation.current()) {
            entries.put(request, new Kept(computedAt, result));
        }
    }

    /** Answers so far from memory, and from Elasticsearch. */
    public synchronized long[] hitsAndMisses() {
        return new long[] {hits, misses};
    }
}
