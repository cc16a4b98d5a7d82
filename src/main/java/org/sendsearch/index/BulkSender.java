package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Sends one batch of a {@link BulkWriter}'s operations as a bulk request, retrying what
 * Elasticsearch could not take for now: the whole request when it failed (overloaded: 429, 502,
 * 503, 504, or the connection), only the refused operations when some items came back 429/503,
 * with exponential back-off. Other item errors are kept as {@link BulkWriter.Failure}s, and the
 * operations that depend on a refused one are never sent. A write refused for the flood-stage
 * watermark throws {@link DiskFullException} at once.
 *
 * <p>Runs on the writer's one sender thread, a batch at a time; the figures and the failures may
 * be read from any thread.
 */
final class BulkSender {
    private static final Logger log = LogManager.getLogger(BulkSender.class);
    private static final Set<Integer> RETRY_STATUSES = Set.of(429, 502, 503, 504);

    /** An operation waiting to be sent, with what must have gone in before it and whom to tell when it has. */
    record Queued(BulkOperation operation, long bytes, Collection<String> prerequisites, Runnable onWritten) {}

    private final ElasticsearchClient client;
    private final BulkWriter.Retry retry;
    private final List<BulkWriter.Failure> failures = new CopyOnWriteArrayList<>();
    /** Ids Elasticsearch refused for good; read and written by the sender thread only. */
    private final Set<String> refusedIds = new HashSet<>();

    private volatile long bytesSent;
    private volatile long requests;
    private volatile long operations;
    private volatile long nanosInBulk;

    BulkSender(ElasticsearchClient client, BulkWriter.Retry retry) {
        this.client = client;
        this.retry = retry;
    }

    /** Sends a batch of {@code batchBytes} (as queued) until Elasticsearch has taken or refused every operation. */
    void send(List<Queued> batch, long batchBytes) throws IOException {
        List<Queued> toSend = withoutRefusedPrerequisites(batch);
        if (toSend.isEmpty()) {
            return;
        }
        for (int attempt = 0; ; attempt++) {
            BulkResponse response;
            long started = System.nanoTime();
            try {
                List<BulkOperation> operationsNow =
                        toSend.stream().map(Queued::operation).toList();
                response = client.bulk(request -> request.operations(operationsNow));
            } catch (ElasticsearchException e) {
                if (ElasticsearchFaults.isFloodStageBlock(e)) {
                    throw new DiskFullException(e.error().reason());
                }
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
            List<Queued> refused = new ArrayList<>();
            String refusal = null;
            String diskFull = null;
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < items.size(); i++) {
                BulkResponseItem item = items.get(i);
                if (item.error() == null) {
                    Runnable onWritten = toSend.get(i).onWritten();
                    if (onWritten != null) {
                        onWritten.run();
                    }
                    continue;
                }
                if (ElasticsearchFaults.isFloodStageBlock(
                        item.error().type(), item.error().reason())) {
                    diskFull = item.error().reason();
                } else if (RETRY_STATUSES.contains(item.status())) {
                    refused.add(toSend.get(i));
                    refusal = item.error().reason();
                } else {
                    failures.add(new BulkWriter.Failure(
                            item.index(),
                            item.id(),
                            item.status(),
                            item.error().type() + ": " + item.error().reason()));
                    refusedIds.add(item.id());
                }
            }
            if (diskFull != null) {
                throw new DiskFullException(diskFull);
            }
            if (refused.isEmpty()) {
                return;
            }
            if (attempt + 1 >= retry.maxAttempts()) {
                throw new IOException("Elasticsearch kept refusing " + refused.size() + " operations after "
                        + retry.maxAttempts() + " attempts: " + refusal + BulkWriter.diskHint(refusal));
            }
            backOff(attempt, refused.size() + " operations refused as overloaded");
            toSend = refused;
        }
    }

    /** The batch without the held operations whose prerequisites Elasticsearch refused for good. */
    private List<Queued> withoutRefusedPrerequisites(List<Queued> batch) {
        if (refusedIds.isEmpty()) {
            return batch;
        }
        List<Queued> kept = new ArrayList<>(batch.size());
        for (Queued queued : batch) {
            if (queued.prerequisites().stream().anyMatch(refusedIds::contains)) {
                log.debug("Not sending {}: an operation it depends on was refused", queued.operation());
            } else {
                kept.add(queued);
            }
        }
        return kept;
    }

    private void backOff(int attempt, String why) throws IOException {
        long delay = retry.delay(attempt);
        log.warn(
                "Bulk request: {}; retrying in {} ms (attempt {} of {})", why, delay, attempt + 2, retry.maxAttempts());
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry a bulk request", e);
        }
    }

    List<BulkWriter.Failure> failures() {
        return List.copyOf(failures);
    }

    long bytesSent() {
        return bytesSent;
    }

    long requests() {
        return requests;
    }

    long operations() {
        return operations;
    }

    long nanosInBulk() {
        return nanosInBulk;
    }
}
