package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.testing.RealElasticsearch;

/** One indexer at a time per layout; a stopped run's lock goes stale and is taken over. */
@ExtendWith(RealElasticsearch.class)
class IndexerLockTest {
    private static final Duration STALE = Duration.ofSeconds(2);

    @Test
    void aSecondIndexerWaitsThenGivesUpWhileTheFirstIsAlive(ElasticsearchClient client) throws IOException {
        IndexLayout layout = new IndexLayout("it-lock-live");
        try (IndexerLock first = IndexerLock.acquire(client, layout, STALE, Duration.ZERO)) {
            Indexer second = IndexFixtures.indexer(client, layout.prefix(), IndexFixtures.bundledConfig())
                    .withLockTimings(STALE, Duration.ofSeconds(4));
            IllegalStateException error = assertThrows(
                    IllegalStateException.class, () -> second.run(List.of(IndexFixtures.bundledCorpus()), false));
            assertTrue(
                    error.getMessage()
                            .contains("Another indexer is running (pid "
                                    + ProcessHandle.current().pid()),
                    error.getMessage());
            assertFalse(
                    client.indices()
                            .existsAlias(request -> request.name(layout.alias(IndexKind.DOCUMENTS)))
                            .value(),
                    "the waiting indexer touched nothing");
        }
        IngestReport report = IndexFixtures.indexer(client, layout.prefix(), IndexFixtures.bundledConfig())
                .withLockTimings(STALE, Duration.ZERO)
                .run(List.of(IndexFixtures.bundledCorpus()), false);
        assertEquals(5, report.added().size(), "released locks are free at once");
    }

    @Test
    void theLockOfAStoppedRunIsTakenOverOnceStale(ElasticsearchClient client) throws IOException {
        IndexLayout layout = new IndexLayout("it-lock-stale");
        String index = IndexerLock.indexName(layout);
        // What a killed run leaves: the lock document, no heartbeat any more.
        long lastBeat = System.currentTimeMillis();
        client.index(request -> request.index(index)
                .id("lock")
                .document(new IndexerLock.Holder("pid 1 on a killed run", lastBeat, null, null, null, null)));
        try (IndexerLock lock = IndexerLock.acquire(client, layout, STALE, Duration.ofSeconds(20))) {
            long silence = System.currentTimeMillis() - lastBeat;
            assertTrue(
                    silence >= STALE.toMillis() && silence < 15_000, "taken over after " + silence + " ms of silence");
        }
    }

    @Test
    void theLockOfADeadProcessOnThisHostIsTakenOverAtOnce(ElasticsearchClient client) throws Exception {
        IndexLayout layout = new IndexLayout("it-lock-dead-pid");
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        leaveLock(client, layout, ended.pid(), null, "killed-run");
        // A heartbeat a moment old would keep the lock for ten minutes; the dead pid frees it now.
        try (IndexerLock lock = IndexerLock.acquire(client, layout, Duration.ofMinutes(10), Duration.ZERO)) {
            assertTrue(lock != null);
        }
    }

    @Test
    void theLockOfAnEndedRunOfThisVeryProcessIsTakenOverAtOnce(ElasticsearchClient client) throws Exception {
        IndexLayout layout = new IndexLayout("it-lock-ended-run");
        leaveLock(client, layout, ProcessHandle.current().pid(), null, "a-run-that-ended");
        try (IndexerLock lock = IndexerLock.acquire(client, layout, Duration.ofMinutes(10), Duration.ZERO)) {
            assertTrue(lock != null);
        }
    }

    @Test
    void aLiveProcessIsWaitedForButAReusedPidIsNot(ElasticsearchClient client) throws Exception {
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            long started = alive.toHandle().info().startInstant().orElseThrow().toEpochMilli();
            IndexLayout layout = new IndexLayout("it-lock-live-pid");
            leaveLock(client, layout, alive.pid(), started, "live-run");
            IllegalStateException error = assertThrows(
                    IllegalStateException.class,
                    () -> IndexerLock.acquire(client, layout, Duration.ofMinutes(10), Duration.ZERO));
            assertTrue(error.getMessage().contains("Another indexer is running"), error.getMessage());

            // The same pid, but the process holding the lock started at another time: the pid was reused.
            IndexLayout reused = new IndexLayout("it-lock-reused-pid");
            leaveLock(client, reused, alive.pid(), started - 3_600_000, "run-of-an-older-process");
            try (IndexerLock lock = IndexerLock.acquire(client, reused, Duration.ofMinutes(10), Duration.ZERO)) {
                assertTrue(lock != null);
            }
        } finally {
            alive.destroyForcibly().waitFor();
        }
    }

    /** What a run that stopped without releasing its lock leaves: the lock document, a fresh heartbeat. */
    private static void leaveLock(
            ElasticsearchClient client, IndexLayout layout, long pid, Long processStart, String run)
            throws IOException {
        IndexerLock.Holder holder = new IndexerLock.Holder(
                "pid " + pid + " on this host",
                System.currentTimeMillis(),
                pid,
                processStart,
                IndexerLock.hostName(),
                run);
        client.index(request -> request.index(IndexerLock.indexName(layout))
                .id("lock")
                .document(holder)
                .refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    }
}
