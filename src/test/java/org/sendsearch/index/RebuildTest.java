package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.testing.RealElasticsearch;

/** Rebuilds go into new indices and reach searches in one alias swap; leftovers are cleaned up. */
@ExtendWith(RealElasticsearch.class)
class RebuildTest {

    @Test
    void aConfigChangeRebuildsWhileSearchesKeepWorking(ElasticsearchClient client, @TempDir Path temp)
            throws Exception {
        String prefix = "it-rebuild";
        IndexLayout layout = new IndexLayout(prefix);
        IndexManager manager = new IndexManager(client, layout);
        Path config = IndexFixtures.copyOf(IndexFixtures.bundledConfig().path(), temp.resolve("index-config"));
        IndexFixtures.indexer(client, prefix, new ConfigDirectory(config))
                .run(List.of(IndexFixtures.bundledCorpus()), false);
        Map<IndexKind, List<String>> before = manager.live();
        long passages = IndexFixtures.count(client, layout.alias(IndexKind.PASSAGES));
        assertEquals(0, hits(client, layout, "youngster"), "no synonym for 'youngster' yet");

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger searches = new AtomicInteger();
        List<String> problems = new CopyOnWriteArrayList<>();
        Thread searcher = new Thread(
                () -> {
                    while (!stop.get()) {
                        try {
                            long found = hits(client, layout, "children");
                            if (found == 0) {
                                problems.add("empty result after " + searches.get() + " searches");
                            }
                        } catch (Exception e) {
                            problems.add(e.toString());
                        }
                        searches.incrementAndGet();
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "search-during-rebuild");
        searcher.start();
        try {
            Thread.sleep(200);
            Files.writeString(
                    config.resolve(AnalysisSettings.SYNONYMS_FILE), "\nyoungster, child\n", StandardOpenOption.APPEND);
            int searchesBefore = searches.get();
            IngestReport report = IndexFixtures.indexer(client, prefix, new ConfigDirectory(config))
                    .run(List.of(IndexFixtures.bundledCorpus()), false);
            Thread.sleep(200);
            assertTrue(report.rebuilt(), report.summary());
            assertTrue(report.rebuildReason().contains("config changed"), report.rebuildReason());
            assertEquals(5, report.unchanged(), "a rebuild is not a change of content: " + report.summary());
            assertTrue(searches.get() > searchesBefore, "searches ran during the rebuild");
        } finally {
            stop.set(true);
            searcher.join();
        }
        assertEquals(
                List.of(), problems, "searches saw no error and no empty result (" + searches.get() + " searches)");

        Map<IndexKind, List<String>> after = manager.live();
        String version = IndexConfig.load(new ConfigDirectory(config)).version();
        for (IndexKind kind : IndexKind.values()) {
            assertNotEquals(before.get(kind), after.get(kind));
            assertEquals(List.of(layout.indexName(kind, version, null)), after.get(kind));
        }
        assertEquals(2, manager.indices().size(), "the old indices are deleted: " + manager.indices());
        assertEquals(passages, IndexFixtures.count(client, layout.alias(IndexKind.PASSAGES)));
        assertTrue(hits(client, layout, "youngster") > 0, "the new synonym is in use");
    }

    @Test
    void aForcedRebuildSwapsToFreshIndicesOfTheSameVersion(ElasticsearchClient client) throws IOException {
        String prefix = "it-forced";
        IndexManager manager = new IndexManager(client, new IndexLayout(prefix));
        Indexer indexer = IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig());
        indexer.run(List.of(IndexFixtures.bundledCorpus()), false);
        Map<IndexKind, List<String>> before = manager.live();

        IngestReport report = indexer.run(List.of(IndexFixtures.bundledCorpus()), true);

        assertTrue(report.rebuilt());
        assertEquals("rebuild requested", report.rebuildReason());
        Map<IndexKind, List<String>> after = manager.live();
        assertNotEquals(before, after);
        assertEquals(2, manager.indices().size(), manager.indices().toString());
        assertEquals(5, IndexFixtures.count(client, prefix + "-documents"));
        for (List<String> names : after.values()) {
            var settings = client.indices()
                    .getSettings(request -> request.index(names.get(0)))
                    .get(names.get(0))
                    .settings()
                    .index();
            // Built without refreshes; swapped in with the configured interval.
            assertEquals("1s", settings.refreshInterval().time(), names.get(0));
            // Committed: a restart of the node has no translog to replay before searches can run.
            var translog = client.indices()
                    .stats(request -> request.index(names.get(0)))
                    .indices()
                    .get(names.get(0))
                    .primaries()
                    .translog();
            assertEquals(0, translog.uncommittedOperations(), names.get(0));
        }
        assertFalse(
                indexer.run(List.of(IndexFixtures.bundledCorpus()), false).changed(),
                "the rebuilt indices count as current");
    }

    @Test
    void leftoversOfAKilledBuildAreDeletedAndTheBuildDoneAgain(ElasticsearchClient client) throws IOException {
        String prefix = "it-orphans";
        IndexLayout layout = new IndexLayout(prefix);
        IndexConfig config = IndexConfig.load(IndexFixtures.bundledConfig());
        // What a build killed before its alias swap leaves: indices of the current version, no alias.
        for (IndexKind kind : IndexKind.values()) {
            String body = config.createBody(kind).toString();
            client.indices()
                    .create(request -> request.withJson(new StringReader(body))
                            .index(layout.indexName(kind, config.version(), null)));
        }
        client.index(request -> request.index(layout.indexName(IndexKind.DOCUMENTS, config.version(), null))
                .id("half-written")
                .document(Map.of("id", "half-written", "sourcePath", "gone.txt", "sha256", "x", "passageCount", 0)));

        IngestReport report = IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig())
                .run(List.of(IndexFixtures.bundledCorpus()), false);

        assertEquals(2, report.deletedOrphans().size(), report.toString());
        assertTrue(report.rebuilt());
        assertEquals(5, report.added().size(), report.summary());
        assertEquals(5, IndexFixtures.count(client, layout.alias(IndexKind.DOCUMENTS)));
        assertEquals(0, IndexFixtures.countWhere(client, layout.alias(IndexKind.DOCUMENTS), "id", "half-written"));
    }

    @Test
    void mappingsElasticsearchRefusesAreReportedWithTheirFileAndChangeNothing(
            ElasticsearchClient client, @TempDir Path temp) throws IOException {
        String prefix = "it-refused";
        IndexManager manager = new IndexManager(client, new IndexLayout(prefix));
        Path config = IndexFixtures.copyOf(IndexFixtures.bundledConfig().path(), temp.resolve("index-config"));
        IndexFixtures.indexer(client, prefix, new ConfigDirectory(config))
                .run(List.of(IndexFixtures.bundledCorpus()), false);
        Map<IndexKind, List<String>> before = manager.live();
        Files.writeString(
                config.resolve("passages.json"), "{\"mappings\": {\"properties\": {\"text\": {\"type\": \"txet\"}}}}");

        org.sendsearch.config.ConfigException error = org.junit.jupiter.api.Assertions.assertThrows(
                org.sendsearch.config.ConfigException.class,
                () -> IndexFixtures.indexer(client, prefix, new ConfigDirectory(config))
                        .run(List.of(IndexFixtures.bundledCorpus()), false));

        assertTrue(error.getMessage().contains("passages.json was refused by Elasticsearch"), error.getMessage());
        assertEquals(before, manager.live(), "the live indices still serve");
        assertEquals(5, IndexFixtures.count(client, prefix + "-documents"));
    }

    private static long hits(ElasticsearchClient client, IndexLayout layout, String words) throws IOException {
        return client.search(
                        request -> request.index(layout.alias(IndexKind.PASSAGES))
                                .size(1)
                                .query(q -> q.match(m -> m.field("text").query(words))),
                        Void.class)
                .hits()
                .total()
                .value();
    }
}
