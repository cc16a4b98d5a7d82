package org.sendsearch.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The most recent answers (search results, research matrices), answered again while the index is unchanged
 * ({@link IndexGeneration}). Popular searches, paging back and forth and several people running
 * the same search cost Elasticsearch nothing the second time; any write, refresh or alias swap
 * changes the generation and so retires every entry at once. Bounded by a count of entries, least
 * recently used first out; at most a few megabytes (a result holds at most one page of hits).
 */
public final class ResultCache<K, V> {
    private record Kept<V>(long generation, V result) {}

    private final IndexGeneration generation;
    private final Map<K, Kept<V>> entries;
    private long hits;
    private long misses;

    public ResultCache(IndexGeneration generation, int maxEntries) {
        this.generation = generation;
        this.entries = new LinkedHashMap<>(maxEntries * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The generation results computed now will belong to: ask before searching, not after. */
    long generation() {
        return generation.current();
    }

    synchronized Optional<V> get(K request) {
        long now = generation.current();
        Kept<V> entry = entries.get(request);
        if (now == IndexGeneration.UNKNOWN || entry == null || entry.generation() != now) {
            misses++;
            return Optional.empty();
        }
        hits++;
        return Optional.of(entry.result());
    }

    /** Keeps {@code result}, computed while the generation was {@code computedAt}. */
    synchronized void put(K request, long computedAt, V result) {
        if (computedAt != IndexGeneration.UNKNOWN && computedAt == generation.current()) {
            entries.put(request, new Kept<>(computedAt, result));
        }
    }

    /**
     * The answer kept for {@code request}, or {@code compute}'s, kept for next time. Two callers
     * asking at once may both compute it (the lock is not held while Elasticsearch answers).
     */
    public V answer(K request, Supplier<V> compute) {
        Optional<V> kept = get(request);
        if (kept.isPresent()) {
            return kept.get();
        }
        long computedAt = generation();
        V result = compute.get();
        put(request, computedAt, result);
        return result;
    }

    /** Answers so far from memory, and from Elasticsearch. */
    public synchronized long[] hitsAndMisses() {
        return new long[] {hits, misses};
    }
}
