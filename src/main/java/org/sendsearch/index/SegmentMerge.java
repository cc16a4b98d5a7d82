package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.tasks.GetTasksResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Merges an index of passages into one segment after a pass that rewrote most of it, in the
 * background: Elasticsearch merges while searches go on, and {@link #await} waits for it where a
 * caller has the time (the {@code index} command, a benchmark).
 *
 * <p>Why: the vector fill updates every passage it gives a vector, and an update is a delete and a
 * new document, so after a first fill or a rebuild the index is a dozen segments, most of their
 * documents deleted. A kNN search walks one HNSW graph per segment, and every lexical search and
 * facet count visits every segment too. Merged into one, searches of both kinds took about a
 * third less time at 1,000 documents (HybridBenchmark: hybrid p95 56.5 to 36.9 ms, lexical 28.1 to
 * 18.9 ms) and about half at 10,000 (BENCHMARKS.md). A pass that rewrote a small part of the index (a few changed files) is
 * left to Elasticsearch's own merge policy: merging the whole index again for it would cost far
 * more than it saves.
 */
public final class SegmentMerge {
    private static final Logger log = LogManager.getLogger(SegmentMerge.class);
    /** A pass that rewrote at least this share of an index's passages has the index merged after it. */
    static final double REWRITTEN_SHARE = 0.25;
    /** How often {@link #await} asks whether the merge has ended. */
    private static final Duration POLL = Duration.ofMillis(500);

    private SegmentMerge() {}

    /** Whether a pass that rewrote {@code rewritten} of an index's {@code passages} warrants a merge. */
    static boolean warranted(long rewritten, long passages) {
        return passages > 0 && rewritten >= REWRITTEN_SHARE * passages;
    }

    /**
     * Starts merging {@code index} (an index or alias) into one segment, without waiting. A merge
     * refused (a cluster whose user may not merge, say) is logged, not thrown: the passages and
     * their vectors are written, and searches work, a little slower.
     *
     * @return the merge's task, for {@link #await}; empty when none started
     * @throws IOException when Elasticsearch cannot be reached
     */
    static Optional<String> start(ElasticsearchClient client, String index) throws IOException {
        try {
            String task = client.indices()
                    .forcemerge(merge -> merge.index(index).maxNumSegments(1L).waitForCompletion(false))
                    .task();
            log.info("Merging {} into one segment, in the background (task {})", index, task);
            return Optional.ofNullable(task);
        } catch (ElasticsearchException e) {
            log.warn("{} was not merged into one segment ({}): searches work, a little slower", index, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Waits until the merge {@code task} has ended, at most {@code limit}.
     *
     * @return whether it ended within the limit (a merge that failed has ended too, and is logged)
     * @throws IOException when Elasticsearch cannot be reached
     */
    public static boolean await(ElasticsearchClient client, String task, Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            GetTasksResponse status;
            try {
                status = client.tasks().get(get -> get.taskId(task));
            } catch (ElasticsearchException e) {
                // No such task any more (the node restarted, say): nothing left to wait for.
                log.info("The merge's task {} is gone ({}): not waiting for it", task, e.getMessage());
                return true;
            }
            if (status.completed()) {
                if (status.error() != null) {
                    log.warn(
                            "Merging into one segment failed ({}): searches still work, a little slower",
                            status.error().reason());
                } else {
                    log.info("Merged into one segment (task {})", task);
                }
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
