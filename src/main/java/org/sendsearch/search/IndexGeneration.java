package org.sendsearch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import co.elastic.clients.elasticsearch.indices.stats.IndicesStats;
import java.time.Duration;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A number that changes whenever what searches can see may have changed: the indices behind the
 * aliases (a rebuild swaps them), their write counts, or their refreshes (which make writes
 * visible). Read from Elasticsearch's index statistics once per {@code interval} on a background
 * thread, so asking for it costs nothing. While Elasticsearch cannot be asked it is
 * {@link #UNKNOWN}, and nothing may be answered from a cache.
 */
public final class IndexGeneration implements AutoCloseable {
    public static final long UNKNOWN = -1;
    private static final Logger log = LogManager.getLogger(IndexGeneration.class);

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final ScheduledExecutorService poller;
    private volatile long generation = UNKNOWN;
    private String lastSignature;
    private long counter;

    private IndexGeneration(ElasticsearchClient client, SearchIndices indices, Duration interval) {
        this.client = client;
        this.indices = indices;
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "index-generation");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts watching the indices behind {@code indices}' aliases. */
    public static IndexGeneration watch(ElasticsearchClient client, SearchIndices indices, Duration interval) {
        return new IndexGeneration(client, indices, interval);
    }

    /** The current generation, or {@link #UNKNOWN}. */
    public long current() {
        return generation;
    }

    private synchronized void poll() {
        try {
            IndicesStatsResponse stats = client.indices()
                    .stats(s -> s.index(indices.passages(), indices.documents()).metric("indexing", "refresh"));
            TreeMap<String, String> parts = new TreeMap<>();
            stats.indices().forEach((name, index) -> parts.put(name, signature(index)));
            String signature = parts.toString();
            if (!signature.equals(lastSignature)) {
                lastSignature = signature;
                counter++;
            }
            generation = counter;
        } catch (Exception e) {
            // Unreachable or refusing: serve nothing from memory until it answers again.
            if (generation != UNKNOWN) {
                log.debug("Index statistics unavailable; cached results are not used: {}", e.toString());
            }
            lastSignature = null;
            generation = UNKNOWN;
        }
    }

    private static String signature(IndicesStats index) {
        var primaries = index.primaries();
        if (primaries == null) {
            return Objects.toString(index.uuid());
        }
        return index.uuid()
                + "/"
                + (primaries.indexing() == null
                        ? ""
                        : primaries.indexing().indexTotal() + "+"
                                + primaries.indexing().deleteTotal())
                + "/"
                + (primaries.refresh() == null
                        ? ""
                        : primaries.refresh().total() + "+"
                                + primaries.refresh().externalTotal());
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
