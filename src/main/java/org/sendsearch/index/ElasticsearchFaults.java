package org.sendsearch.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.util.Optional;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;

/**
 * Tells the two faults indexing cannot work around from everything else: Elasticsearch no longer
 * answering at all, and Elasticsearch refusing writes because its disk passed the flood-stage
 * watermark. Both are recognised from what the client throws, so every call the indexer makes
 * (the lock, the bulk requests, the alias swap) is covered by one rule.
 */
final class ElasticsearchFaults {
    /** The words of Elasticsearch's block when a node's disk passes the flood-stage watermark. */
    private static final String FLOOD_STAGE = "flood-stage watermark";

    private ElasticsearchFaults() {}

    /** Which of the two faults {@code e} is, if either. */
    static Optional<IndexingStoppedException.Reason> classify(Throwable e) {
        if (isDiskFull(e)) {
            return Optional.of(IndexingStoppedException.Reason.DISK_FULL);
        }
        if (isUnreachable(e)) {
            return Optional.of(IndexingStoppedException.Reason.ELASTICSEARCH_STOPPED);
        }
        return Optional.empty();
    }

    /**
     * Whether an error Elasticsearch gave (its type and reason) is the read-only-allow-delete block
     * it puts on every index of a node whose disk passed the flood-stage watermark. It answers 429,
     * which otherwise means "busy, try again": retrying would not help until disk space is freed.
     */
    static boolean isFloodStageBlock(String type, String reason) {
        return "cluster_block_exception".equals(type) && reason != null && reason.contains(FLOOD_STAGE);
    }

    static boolean isFloodStageBlock(ElasticsearchException e) {
        return e.error() != null
                && isFloodStageBlock(e.error().type(), e.error().reason());
    }

    private static boolean isDiskFull(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof DiskFullException
                    || cause instanceof ElasticsearchException es && isFloodStageBlock(es)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure is the connection itself: refused, reset, closed or timed out, with no
     * answer from Elasticsearch. An HTTP answer, even an error, means it is still there.
     */
    private static boolean isUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = next(cause)) {
            if (cause instanceof ElasticsearchException
                    || cause instanceof TransportException transport && transport.statusCode() > 0) {
                return false;
            }
            // Refused or reset (SocketException), timed out (InterruptedIOException), or closed
            // by the other end without an answer (the HTTP client's own two).
            if (cause instanceof SocketException
                    || cause instanceof InterruptedIOException
                    || cause instanceof ConnectionClosedException
                    || cause instanceof NoHttpResponseException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable e) {
        return e.getCause() == e ? null : e.getCause();
    }
}
