package org.sendsearch.embed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Vectors for many passages at once, as the indexer needs them: what the {@link VectorCache} has
 * is taken from it, each distinct text that is left is embedded once, on the model's bounded pool,
 * {@code batchSize} texts at a time, and each batch is written to the cache as soon as it is done,
 * so a run that stops (or is {@linkplain #stop() stopped}) loses at most one batch. Progress is
 * reported after the cache lookup and after every batch.
 *
 * <p>Results are held in memory (1.5 KB a vector): give it a few thousand texts at a time, not a
 * whole large corpus. One instance may serve many calls, from one thread at a time.
 */
public final class BatchEmbedder {
    /** Texts per batch: about a second of work on two cores, small enough to stop promptly. */
    public static final int DEFAULT_BATCH_SIZE = 64;

    private final TextEmbedder model;
    private final VectorCache cache;
    private final int batchSize;
    private final AtomicBoolean stopRequested = new AtomicBoolean();

    /** {@code cache} may be null: every text is then embedded (tests, benchmarks, no cluster). */
    public BatchEmbedder(TextEmbedder model, VectorCache cache) {
        this(model, cache, DEFAULT_BATCH_SIZE);
    }

    public BatchEmbedder(TextEmbedder model, VectorCache cache, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, not " + batchSize);
        }
        this.model = model;
        this.cache = cache;
        this.batchSize = batchSize;
    }

    /**
     * Asks the run in progress (and any later one) to stop after the batch it is embedding; what
     * was embedded so far is cached and returned. Thread-safe.
     */
    public void stop() {
        stopRequested.set(true);
    }

    /**
     * The vectors of {@code texts}, in their order.
     *
     * @param progress told the counts after the cache lookup and after every batch (on this thread)
     * @throws IOException when the cache in Elasticsearch cannot be read or written
     */
    public Result embed(List<String> texts, Progress progress) throws IOException {
        Map<String, String> distinct = new LinkedHashMap<>(); // key -> text
        String[] keys = new String[texts.size()];
        for (int i = 0; i < keys.length; i++) {
            String text = texts.get(i) == null ? "" : texts.get(i);
            keys[i] = VectorCache.key(text);
            distinct.putIfAbsent(keys[i], text);
        }
        Map<String, EmbeddingResult> done = new HashMap<>();
        if (cache != null && !distinct.isEmpty()) {
            cache.lookup(distinct.keySet())
                    .forEach((key, cached) -> done.put(key, EmbeddingResult.of(cached.vector(), cached.truncated())));
        }
        int cached = done.size();
        List<String> toEmbed =
                distinct.keySet().stream().filter(key -> !done.containsKey(key)).toList();
        Counts counts = new Counts(texts.size(), distinct.size(), cached, 0, 0);
        progress.update(counts);

        boolean stopped = false;
        for (int from = 0; from < toEmbed.size(); from += batchSize) {
            if (stopRequested.get() || Thread.currentThread().isInterrupted()) {
                stopped = true;
                break;
            }
            List<String> batchKeys = toEmbed.subList(from, Math.min(toEmbed.size(), from + batchSize));
            List<EmbeddingResult> results =
                    model.embedPassages(batchKeys.stream().map(distinct::get).toList());
            Map<String, VectorCache.Cached> fresh = new HashMap<>();
            int embedded = 0;
            int refused = 0;
            for (int i = 0; i < batchKeys.size(); i++) {
                EmbeddingResult result = results.get(i);
                done.put(batchKeys.get(i), result);
                if (result.isEmbedded()) {
                    fresh.put(batchKeys.get(i), new VectorCache.Cached(result.vector(), result.truncated()));
                    embedded++;
                } else {
                    refused++;
                }
            }
            if (cache != null) {
                cache.store(fresh);
            }
            counts = new Counts(
                    counts.total(),
                    counts.distinct(),
                    cached,
                    counts.embedded() + embedded,
                    counts.refused() + refused);
            progress.update(counts);
        }
        EmbeddingResult[] ordered = new EmbeddingResult[keys.length];
        for (int i = 0; i < keys.length; i++) {
            ordered[i] = done.get(keys[i]);
        }
        return new Result(Arrays.asList(ordered), counts, stopped);
    }

    /** What a call to {@link #embed} reports as it goes. */
    @FunctionalInterface
    public interface Progress {
        void update(Counts counts);

        static Progress none() {
            return counts -> {};
        }
    }

    /**
     * How far a call has got.
     *
     * @param total    texts asked for
     * @param distinct distinct texts among them (each embedded at most once)
     * @param cached   distinct texts whose vector came from the cache
     * @param embedded distinct texts embedded by the model so far
     * @param refused  distinct texts the model could not embed (see {@link EmbeddingResult#refusal()})
     */
    public record Counts(int total, int distinct, int cached, int embedded, int refused) {
        /** Distinct texts settled so far, out of {@link #distinct}. */
        public int done() {
            return cached + embedded + refused;
        }
    }

    /**
     * @param results one per text asked for, in order; null for a text not reached before a stop
     * @param counts  the final counts
     * @param stopped whether the call stopped before every text was embedded
     */
    public record Result(List<EmbeddingResult> results, Counts counts, boolean stopped) {
        public Result {
            results = java.util.Collections.unmodifiableList(new ArrayList<>(results));
        }
    }
}
