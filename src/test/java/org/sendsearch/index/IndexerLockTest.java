package org.sendsearch.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.testing.RealElasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> second.run(List.of(IndexFixtures.bundledCorpus()), false));
            assertTrue(error.getMessage().contains("Another indexer is running (pid " + ProcessHandle.current().pid()),
                    error.getMessage());
            assertFalse(client.indices().existsAlias(request -> request.name(layout.alias(IndexKind.DOCUMENTS))).value(),
                    "the waiting indexer touched nothing");
        }
        IngestReport report = IndexFixtures.indexer(client, layout.prefix(), IndexFixtures.bundledConfig())
                .withLockTimings(STALE, Duration.ZERO).run(List.of(IndexFixtures.bundledCorpus()), false);
        assertEquals(5, report.added().size(), "released locks are free at once");
    }

    @Test
    void theLockOfAStoppedRunIsTakenOverOnceStale(ElasticsearchClient client) throws IOException {
        IndexLayout layout = new IndexLayout("it-lock-stale");
        String index = IndexerLock.indexName(layout);
        // What a killed run leaves: the lock document, no heartbeat any more.
        long lastBeat = System.currentTimeMillis();
        client.index(request -> request.index(index).id("lock")
                .document(new IndexerLock.Holder("pid 1 on a killed run", lastBeat)));
        try (IndexerLock lock = IndexerLock.acquire(client, layout, STALE, Duration.ofSeconds(20))) {
            long silence = System.currentTimeMillis() - lastBeat;
            assertTrue(silence >= STALE.toMillis() && silence < 15_000, "taken over after " + silence + " ms of silence");
        }
    }
}
