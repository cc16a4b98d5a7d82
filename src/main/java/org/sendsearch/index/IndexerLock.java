package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.engine.Engine;

/**
 * Makes sure only one indexer works on a layout at a time: without it, one run's clean-up would
 * delete the indices another run is still building. The lock is a document in a small index of its
 * own ({@code send-indexer-lock}), created with {@code op_type=create} so only one run can hold it,
 * and kept fresh by a heartbeat. A run that was killed stops beating, so after {@code staleAfter}
 * the next run takes the lock over (with a compare-and-set on the document's sequence number, so
 * two runs cannot both take it). A run that finds the lock held waits up to {@code maxWait}.
 *
 * <p>The lock also names the process holding it (pid, start time, host) and the run within it. A
 * run on the same host can then see at once that the holder is gone (its pid is not running, or
 * is now another process, or it is this very process and the run has ended) and take the lock
 * over without waiting for the heartbeat to go stale: after a {@code kill -9}, the next start
 * does not wait a minute. Holders on other hosts are judged by their heartbeat only.
 */
public final class IndexerLock implements AutoCloseable {
    private static final Logger log = LogManager.getLogger(IndexerLock.class);
    private static final String DOCUMENT_ID = "lock";

    public static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(60);
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(90);

    /** Runs of this JVM that hold a lock now, by run id: how a lock left by an ended run of this very process is told. */
    private static final Set<String> LIVE_RUNS = ConcurrentHashMap.newKeySet();

    /**
     * The lock document: who holds it, for people ({@code owner}) and for {@link #isGoneFromThisHost}
     * (pid, process start in epoch milliseconds, host, run id; null in locks written by older
     * versions), and when they last said so ({@code heartbeat}, epoch milliseconds).
     */
    public record Holder(String owner, long heartbeat, Long pid, Long processStart, String host, String run) {
        Holder beat() {
            return new Holder(owner, System.currentTimeMillis(), pid, processStart, host, run);
        }

        /**
         * Whether the holder was a process on this host that is no longer running, or a run of this
         * process that has ended. A pid now used by a process that started at another time counts
         * as gone. Unknown (another host, an older lock) is not gone.
         */
        boolean isGoneFromThisHost() {
            if (pid == null || host == null || run == null || !host.equals(hostName())) {
                return false;
            }
            if (pid == ProcessHandle.current().pid()) {
                return !LIVE_RUNS.contains(run);
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                return true;
            }
            Optional<Long> started = process.get().info().startInstant().map(Instant::toEpochMilli);
            return processStart != null && started.isPresent() && Math.abs(started.get() - processStart) > 1000;
        }
    }

    private final ElasticsearchClient client;
    private final String index;
    private final Holder holder;
    private final Thread heartbeat;

    private IndexerLock(ElasticsearchClient client, String index, Holder holder, Duration staleAfter) {
        this.client = client;
        this.index = index;
        this.holder = holder;
        long period = Math.max(100, staleAfter.toMillis() / 4);
        this.heartbeat =
                Thread.ofPlatform().daemon().name("indexer-lock-heartbeat").unstarted(() -> beat(period));
        heartbeat.start();
    }

    /** The lock index of a layout; its name is not one {@link IndexLayout#kindOf} recognises, so clean-up never touches it. */
    public static String indexName(IndexLayout layout) {
        return layout.prefix() + "-indexer-lock";
    }

    public static IndexerLock acquire(
            ElasticsearchClient client, IndexLayout layout, Duration staleAfter, Duration maxWait) throws IOException {
        Holder me = thisRun();
        // Live before the lock document names it, so no other run of this JVM can think it ended.
        LIVE_RUNS.add(me.run());
        try {
            return acquireAs(me, client, indexName(layout), staleAfter, maxWait);
        } catch (IOException | RuntimeException e) {
            LIVE_RUNS.remove(me.run());
            throw e;
        }
    }

    private static IndexerLock acquireAs(
            Holder me, ElasticsearchClient client, String index, Duration staleAfter, Duration maxWait)
            throws IOException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        boolean toldWaiting = false;
        while (true) {
            ensureIndex(client, index);
            Holder mine = me.beat();
            try {
                client.index(request -> request.index(index)
                        .id(DOCUMENT_ID)
                        .opType(OpType.Create)
                        .document(mine));
                return new IndexerLock(client, index, mine, staleAfter);
            } catch (ElasticsearchException e) {
                if (e.status() != 409) {
                    throw e;
                }
            }
            GetResponse<Holder> current =
                    client.get(request -> request.index(index).id(DOCUMENT_ID), Holder.class);
            if (current.found() && current.source() != null) {
                long age = System.currentTimeMillis() - current.source().heartbeat();
                boolean gone = current.source().isGoneFromThisHost();
                if (gone || age > staleAfter.toMillis()) {
                    try {
                        client.index(request -> request.index(index)
                                .id(DOCUMENT_ID)
                                .document(mine)
                                .ifSeqNo(current.seqNo())
                                .ifPrimaryTerm(current.primaryTerm()));
                        if (gone) {
                            log.warn(
                                    "Took over the indexing lock from {}: that run is no longer running (it was stopped "
                                            + "or killed)",
                                    current.source().owner());
                        } else {
                            log.warn(
                                    "Took over the indexing lock from {}, silent for {} s (a run that was stopped?)",
                                    current.source().owner(),
                                    age / 1000);
                        }
                        return new IndexerLock(client, index, mine, staleAfter);
                    } catch (ElasticsearchException e) {
                        if (e.status() != 409) {
                            throw e;
                        }
                        continue; // someone else took it first; look again
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            "Another indexer is running (" + current.source().owner() + ", last seen " + age / 1000
                                    + " s ago); try again when it has finished.");
                }
                if (!toldWaiting) {
                    log.info(
                            "Waiting for another indexer to finish ({})",
                            current.source().owner());
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
            client.indices()
                    .create(request -> request.index(index)
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
                Holder mine = holder.beat();
                client.index(request -> request.index(index).id(DOCUMENT_ID).document(mine));
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                log.debug("Indexing lock heartbeat failed: {}", e.toString());
            }
        }
    }

    /** The holder for a new run of this process. */
    private static Holder thisRun() {
        ProcessHandle self = ProcessHandle.current();
        String host = hostName();
        Long started = self.info().startInstant().map(Instant::toEpochMilli).orElse(null);
        return new Holder(
                "pid " + self.pid() + " on " + host,
                System.currentTimeMillis(),
                self.pid(),
                started,
                host,
                UUID.randomUUID().toString());
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown host";
        }
    }

    /**
     * Stops the heartbeat and releases the lock. If Elasticsearch cannot be told (it stopped, or
     * its disk is full), the lock document stays; the next run on this host sees this run has
     * ended and takes it over at once, and others after {@code staleAfter}.
     */
    @Override
    public void close() {
        heartbeat.interrupt();
        try {
            heartbeat.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LIVE_RUNS.remove(holder.run());
        try {
            client.delete(request -> request.index(index).id(DOCUMENT_ID));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not release the indexing lock ({}); the next run will take it over", Engine.describe(e));
        }
    }
}
