package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * extract the next files while Elasticsearch indexes the last batch; at most two batches are in
 * memory. A failed request surfaces on the caller's next {@link #flush()} or {@link #finish()}.
 * Not thread-safe: one caller thread.
 */
public final class BulkWriter implements AutoCloseable {
    private static final Logger log = LogManager.getLogger(BulkWriter.class);

    /** Default request size: Elasticsearch's guidance is a few megabytes per bulk request. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    private static final Set<Integer> RETRY_STATUSES = Set.of(429, 502, 503, 504);
    /** Rough size of one action line ({"index":{"_index":...,"_id":...}}). */
    private static final int ACTION_OVERHEAD = 120;

    /** An operation Elasticsearch refused for good. */
    public record Failure(String index, String id, int status, String reason) {
    }

    /** How often and how patiently to retry. */
    public record Retry(int maxAttempts, long firstDelayMillis, long maxDelayMillis) {
        public static final Retry DEFAULT = new Retry(8, 200, 15_000);

        long delay(int attempt) {
            return Math.min(maxDelayMillis, firstDelayMillis << Math.min(attempt, 20));
        }
    }

    private final ElasticsearchClient client;
    private final long maxBytes;
    private final Retry retry;
    private final List<BulkOperation> pending = new ArrayList<>();
    private final List<Failure> failures = new CopyOnWriteArrayList<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "bulk-sender");
                thread.setDaemon(true);
                return thread;
            });
    private Future<?> inFlight;
    private long pendingBytes;
    private volatile long bytesSent;
    private volatile long requests;
    private volatile long operations;
    private volatile long nanosInBulk;

    public BulkWriter(ElasticsearchClient client, long maxBytes, Retry retry) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("bulk size must be positive");
        }
        this.client = client;
        this.maxBytes = maxBytes;
        this.retry = retry;
    }

    /** Queues a document (JSON bytes) to be indexed under {@code id}, replacing any with that id. */
    public void index(String index, String id, byte[] json) throws IOException {
        BinaryData document = BinaryData.of(json, ContentType.APPLICATION_JSON);
        add(BulkOperation.of(op -> op.index(i -> i.index(index).id(id).document(document))), json.length);
    }

    /** Queues a delete; deleting an id that is not there is not an error. */
    public void delete(String index, String id) throws IOException {
        add(BulkOperation.of(op -> op.delete(d -> d.index(index).id(id))), 0);
    }

    private void add(BulkOperation operation, long documentBytes) throws IOException {
        long size = ACTION_OVERHEAD + documentBytes;
        if (!pending.isEmpty() && pendingBytes + size > maxBytes) {
            flush();
        }
        pending.add(operation);
        pendingBytes += size;
    }

    /**
     * Hands what is queued to the sender, after waiting for the request before it (so at most one
     * is in flight). Throws what that earlier request failed with.
     */
    public void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<BulkOperation> batch = List.copyOf(pending);
        long batchBytes = pendingBytes;
        pending.clear();
        pendingBytes = 0;
        awaitInFlight();
        inFlight = sender.submit(() -> {
            send(batch, batchBytes);
            return null;
        });
    }

    /** Sends what is queued and waits until Elasticsearch has answered every request. */
    public void finish() throws IOException {
        flush();
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

    private void send(List<BulkOperation> batch, long batchBytes) throws IOException {
        List<BulkOperation> toSend = batch;
        for (int attempt = 0; ; attempt++) {
            BulkResponse response;
            long started = System.nanoTime();
            try {
                List<BulkOperation> operationsNow = toSend;
                response = client.bulk(request -> request.operations(operationsNow));
            } catch (ElasticsearchException e) {
                if (!RETRY_STATUSES.contains(e.status()) || attempt + 1 >= retry.maxAttempts()) {
                    throw e;
                }
                backOff(attempt, "Elasticsearch answered " + e.status());
                continue;
            } catch (IOException e) {
                // A TransportException with a status is an HTTP answer; without one it is the connection.
                boolean httpAnswer = e instanceof TransportException transport && transport.statusCode() > 0;
                boolean retryable = !httpAnswer || RETRY_STATUSES.contains(((TransportException) e).statusCode());
                if (!retryable || attempt + 1 >= retry.maxAttempts()) {
                    throw e;
                }
                backOff(attempt, "connection problem: " + e.getMessage());
                continue;
            } finally {
                nanosInBulk = nanosInBulk + System.nanoTime() - started;
            }
            requests = requests + 1; // written by the sender thread only
            if (attempt == 0) {
                bytesSent = bytesSent + batchBytes;
                operations = operations + toSend.size();
            }
            List<BulkOperation> refused = new ArrayList<>();
            String refusal = null;
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                if (item.error() == null) {
                    continue;
                }
                if (RETRY_STATUSES.contains(item.status())) {
                    refused.add(toSend.get(i));
                    refusal = item.error().reason();
                } else {
                    failures.add(new Failure(item.index(), item.id(), item.status(),
                            item.error().type() + ": " + item.error().reason()));
                }
            }
            if (refused.isEmpty()) {
                return;
            }
            if (attempt + 1 >= retry.maxAttempts()) {
                throw new IOException("Elasticsearch kept refusing " + refused.size() + " operations after "
                        + retry.maxAttempts() + " attempts: " + refusal + diskHint(refusal));
            }
            backOff(attempt, refused.size() + " operations refused as overloaded");
            toSend = refused;
        }
    }

    /** Elasticsearch blocks writes when its disk is nearly full; say so plainly. */
    static String diskHint(String reason) {
        return reason != null && reason.contains("watermark")
                ? " (the disk Elasticsearch writes to is nearly full: free some space and run again)" : "";
    }

    private void backOff(int attempt, String why) throws IOException {
        long delay = retry.delay(attempt);
        log.warn("Bulk request: {}; retrying in {} ms (attempt {} of {})", why, delay, attempt + 2, retry.maxAttempts());
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry a bulk request", e);
        }
    }

    /** Operations refused for good so far. */
    public List<Failure> failures() {
        return List.copyOf(failures);
    }

    public long bytesSent() {
        return bytesSent;
    }

    public long requests() {
        return requests;
    }

    public long operations() {
        return operations;
    }

    /** Time bulk requests took on the sender thread, retries included. */
    public long nanosInBulk() {
        return nanosInBulk;
    }
}
