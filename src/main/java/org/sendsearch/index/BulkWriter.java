package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sendsearch.index.BulkSender.Queued;

/**
 * Sends index and delete operations in bulk requests of about {@code maxBytes} each, so memory use
 * stays flat whatever the corpus size. Documents arrive already serialised, which both fixes the
 * request size exactly and keeps the JSON out of the client's own mapper.
 *
 * <p>Elasticsearch saying it is overloaded (429, 502, 503, 504) or the connection failing is
 * retried with exponential back-off: the whole request when the request failed, only the refused
 * operations when some items came back 429/503. Other item errors (a mapping rejecting a value)
 * are not retried but kept as {@link Failure}s for the report.
 *
 * <p>Requests go out on one background thread, one at a time and in order, so the caller can
 * extract the next files while Elasticsearch indexes the last batch; at most two batchSender are in
 * memory. A failed request surfaces on the caller's next {@link #flush()} or {@link #finish()}.
 * Not thread-safe: one caller thread.
 *
 * <p>Within one bulk request Elasticsearch applies the operations of each shard separately, so
 * when a node dies mid-request any subset of them may have been kept. An operation that must not
 * be kept without the ones before it (a document entry, which claims its passages are in) is
 * therefore queued with {@link #indexAfter} or {@link #deleteAfter}: it goes out in a later
 * request, once every operation queued before it has been acknowledged, and not at all if one of
 * its prerequisites was refused.
 *
 * <p>A write refused because the disk passed the flood-stage watermark is not retried: it throws
 * {@link DiskFullException} at once.
 *
 * <p>This class batches and orders the operations; a {@link BulkSender} sends each batch and
 * retries.
 */
public final class BulkWriter implements AutoCloseable {
    /** Default request size: Elasticsearch's guidance is a few megabytes per bulk request. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** Rough size of one action line ({"index":{"_index":...,"_id":...}}). */
    private static final int ACTION_OVERHEAD = 120;

    /** An operation Elasticsearch refused for good. */
    public record Failure(String index, String id, int status, String reason) {}

    /** How often and how patiently to retry. */
    public record Retry(int maxAttempts, long firstDelayMillis, long maxDelayMillis) {
        public static final Retry DEFAULT = new Retry(8, 200, 15_000);

        long delay(int attempt) {
            return Math.min(maxDelayMillis, firstDelayMillis << Math.min(attempt, 20));
        }
    }

    private final long maxBytes;
    private final BulkSender batchSender;
    /** What is queued for the next request. */
    private final List<Queued> pending = new ArrayList<>();
    /** Operations queued with {@code ...After}: they join the request after the one being filled. */
    private final List<Queued> held = new ArrayList<>();

    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulk-sender");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> inFlight;
    private long pendingBytes;

    public BulkWriter(ElasticsearchClient client, long maxBytes, Retry retry) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("bulk size must be positive");
        }
        this.maxBytes = maxBytes;
        this.batchSender = new BulkSender(client, retry);
    }

    /** Queues a document (JSON bytes) to be indexed under {@code id}, replacing any with that id. */
    public void index(String index, String id, byte[] json) throws IOException {
        add(new Queued(indexOperation(index, id, json), ACTION_OVERHEAD + json.length, List.of(), null));
    }

    /** Queues a delete; deleting an id that is not there is not an error. */
    public void delete(String index, String id) throws IOException {
        add(new Queued(deleteOperation(index, id), ACTION_OVERHEAD, List.of(), null));
    }

    /**
     * Queues a document to be indexed only after every operation queued so far has been
     * acknowledged, in a later request, and only if none of {@code prerequisites} (ids queued
     * earlier) was refused. {@code onWritten} runs on the sender thread once Elasticsearch has
     * confirmed this operation (it may be null).
     */
    public void indexAfter(String index, String id, byte[] json, Collection<String> prerequisites, Runnable onWritten) {
        hold(new Queued(
                indexOperation(index, id, json), ACTION_OVERHEAD + json.length, List.copyOf(prerequisites), onWritten));
    }

    /** Queues a delete under the same conditions as {@link #indexAfter}. */
    public void deleteAfter(String index, String id, Collection<String> prerequisites, Runnable onWritten) {
        hold(new Queued(deleteOperation(index, id), ACTION_OVERHEAD, List.copyOf(prerequisites), onWritten));
    }

    private static BulkOperation indexOperation(String index, String id, byte[] json) {
        BinaryData document = BinaryData.of(json, ContentType.APPLICATION_JSON);
        return BulkOperation.of(op -> op.index(i -> i.index(index).id(id).document(document)));
    }

    private static BulkOperation deleteOperation(String index, String id) {
        return BulkOperation.of(op -> op.delete(d -> d.index(index).id(id)));
    }

    private void add(Queued queued) throws IOException {
        if (!pending.isEmpty() && pendingBytes + queued.bytes() > maxBytes) {
            flush();
        }
        pending.add(queued);
        pendingBytes += queued.bytes();
    }

    private void hold(Queued queued) {
        held.add(queued);
    }

    /**
     * Hands what is queued to the sender, after waiting for the request before it (so at most one
     * is in flight). Throws what that earlier request failed with.
     */
    public void flush() throws IOException {
        if (pending.isEmpty()) {
            if (held.isEmpty()) {
                return;
            }
            // Everything the held operations wait for was handed over before: they may go now.
            moveHeldToPending();
        }
        List<Queued> batch = List.copyOf(pending);
        long batchBytes = pendingBytes;
        pending.clear();
        pendingBytes = 0;
        // What waits for this batch goes in the next request, sent only once this one is answered.
        moveHeldToPending();
        awaitInFlight();
        inFlight = sender.submit(() -> {
            batchSender.send(batch, batchBytes);
            return null;
        });
    }

    private void moveHeldToPending() {
        for (Queued queued : held) {
            pending.add(queued);
            pendingBytes += queued.bytes();
        }
        held.clear();
    }

    /** Sends what is queued and waits until Elasticsearch has answered every request. */
    public void finish() throws IOException {
        while (!pending.isEmpty() || !held.isEmpty()) {
            flush();
        }
        awaitInFlight();
    }

    private void awaitInFlight() throws IOException {
        if (inFlight == null) {
            return;
        }
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a bulk request", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        } finally {
            inFlight = null;
        }
    }

    /** Stops the sender thread; what was not {@link #finish() finished} is dropped. */
    @Override
    public void close() {
        sender.shutdownNow();
    }

    /** Elasticsearch blocks writes when its disk is nearly full; say so plainly. */
    static String diskHint(String reason) {
        return reason != null && reason.contains("watermark")
                ? " (the disk Elasticsearch writes to is nearly full: free some space and run again)"
                : "";
    }

    /** Operations refused for good so far. */
    public List<Failure> failures() {
        return batchSender.failures();
    }

    public long bytesSent() {
        return batchSender.bytesSent();
    }

    public long requests() {
        return batchSender.requests();
    }

    public long operations() {
        return batchSender.operations();
    }

    /** Time bulk requests took on the sender thread, retries included. */
    public long nanosInBulk() {
        return batchSender.nanosInBulk();
    }
}
