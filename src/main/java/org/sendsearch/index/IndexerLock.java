package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;

/**
 * Makes sure only one indexer works on a layout at a time: without it, one run's clean-up would
 * delete the indices another run is still building. The lock is a document in a small index of its
 * own ({@code send-indexer-lock}), created with {@code op_type=create} so only one run can hold it,
 * and kept fresh by a heartbeat. A run that was killed stops beating, so after {@code staleAfter}
 * the next run takes the lock over (with a compare-and-set on the document's sequence number, so
 * two runs cannot both take it). A run that finds the lock held waits up to {@code maxWait}.
 */
public final class IndexerLock implements AutoCloseable {
    private static final Logger log = LogManager.getLogger(IndexerLock.class);
    private static final String DOCUMENT_ID = "lock";

    public static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(60);
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(90);

    /** The lock document: who holds it and when they last said so (epoch milliseconds). */
    public record Holder(String owner, long heartbeat) {
    }

    private final ElasticsearchClient client;
    private final String index;
    private final String owner;
    private final Thread heartbeat;

    private IndexerLock(ElasticsearchClient client, String index, String owner, Duration staleAfter) {
        this.client = client;
        this.index = index;
        this.owner = owner;
        long period = Math.max(100, staleAfter.toMillis() / 4);
        this.heartbeat = Thread.ofPlatform().daemon().name("indexer-lock-heartbeat").unstarted(() -> beat(period));
        heartbeat.start();
    }

    /** The lock index of a layout; its name is not one {@link IndexLayout#kindOf} recognises, so clean-up never touches it. */
    public static String indexName(IndexLayout layout) {
        return layout.prefix() + "-indexer-lock";
    }

    public static IndexerLock acquire(ElasticsearchClient client, IndexLayout layout, Duration staleAfter, Duration maxWait)
            throws IOException {
        String index = indexName(layout);
        String owner = describeThisProcess();
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean toldWaiting = false;
        while (true) {
            ensureIndex(client, index);
            Holder mine = new Holder(owner, System.currentTimeMillis());
            try {
                client.index(request -> request.index(index).id(DOCUMENT_ID).opType(OpType.Create).document(mine));
                return new IndexerLock(client, index, owner, staleAfter);
            } catch (ElasticsearchException e) {
                if (e.status() != 409) {
                    throw e;
                }
            }
            GetResponse<Holder> current = client.get(request -> request.index(index).id(DOCUMENT_ID), Holder.class);
            if (current.found() && current.source() != null) {
                long age = System.currentTimeMillis() - current.source().heartbeat();
                if (age > staleAfter.toMillis()) {
                    try {
                        client.index(request -> request.index(index).id(DOCUMENT_ID).document(mine)
                                .ifSeqNo(current.seqNo()).ifPrimaryTerm(current.primaryTerm()));
                        log.warn("Took over the indexing lock from {}, silent for {} s (a run that was stopped?)",
                                current.source().owner(), age / 1000);
                        return new IndexerLock(client, index, owner, staleAfter);
                    } catch (ElasticsearchException e) {
                        if (e.status() != 409) {
                            throw e;
                        }
                        continue; // someone else took it first; look again
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Another indexer is running (" + current.source().owner()
                            + ", last seen " + age / 1000 + " s ago); try again when it has finished.");
                }
                if (!toldWaiting) {
                    log.info("Waiting for another indexer to finish ({})", current.source().owner());
                    toldWaiting = true;
                }
            }
            try {
                Thread.sleep(Math.min(1000, Math.max(50, staleAfter.toMillis() / 10)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the indexing lock", e);
            }
        }
    }

    private static void ensureIndex(ElasticsearchClient client, String index) throws IOException {
        try {
            client.indices().create(request -> request.index(index)
                    .settings(settings -> settings.numberOfShards("1").numberOfReplicas("0")));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    private void beat(long periodMillis) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(periodMillis);
                Holder mine = new Holder(owner, System.currentTimeMillis());
                client.index(request -> request.index(index).id(DOCUMENT_ID).document(mine));
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                log.debug("Indexing lock heartbeat failed: {}", e.toString());
            }
        }
    }

    private static String describeThisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        return "pid " + ProcessHandle.current().pid() + " on " + host;
    }

    /** Stops the heartbeat and releases the lock. */
    @Override
    public void close() throws IOException {
        heartbeat.interrupt();
        try {
            heartbeat.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.delete(request -> request.index(index).id(DOCUMENT_ID));
    }
}
