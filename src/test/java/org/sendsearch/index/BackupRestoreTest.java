package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.search.Backend;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchResult;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.testing.ChildCli;
import org.sendsearch.testing.RealElasticsearch;
import org.sendsearch.testing.TestNodes;

/**
 * {@code backup} and {@code restore} on real nodes: a backup restored on a fresh node with a fresh
 * data folder serves the same search results; a restore over live indices swaps the aliases with
 * searches going on; a wrong backup folder is reported by name and changes nothing.
 */
@ExtendWith(RealElasticsearch.class)
class BackupRestoreTest {
    private static final List<String> QUERIES =
            List.of("EHCP", "autism waits", "\"tell their story more than once\"", "joint commissioning", "CAMHS", "");

    @Test
    void aBackupRestoredOnAFreshNodeServesTheSameSearchResults(ElasticsearchClient client, ManagedNode node)
            throws IOException {
        String prefix = "it-backup-fresh";
        IndexLayout layout = new IndexLayout(prefix);
        ConfigDirectory config = IndexFixtures.bundledConfig();
        // The indexer keeps the list of sources beside the aliases: a backup carries it.
        IndexFixtures.indexer(client, prefix, config).run(List.of(IndexFixtures.bundledCorpus()), false);
        Map<String, List<String>> before = searches(client, layout);
        Path backupDir = TestNodes.newFolder("send-search-backup-").resolve("backup");

        Snapshots.Backup backup = new Snapshots(client, layout, node.snapshotDirectory()).backup(backupDir);

        BackupManifest manifest = BackupManifest.read(backupDir);
        assertEquals(manifest, backup.manifest());
        String version = IndexConfig.load(config).version();
        assertEquals(version, manifest.configVersion());
        assertEquals(5, manifest.documents());
        assertEquals(prefix + "-sources", manifest.sourcesIndex());
        assertEquals(
                new IndexManager(client, layout).live().get(IndexKind.PASSAGES), List.of(manifest.passagesIndex()));
        assertTrue(
                Files.isRegularFile(backupDir.resolve("index.latest")),
                "the repository files are in the backup folder");
        try (Stream<Path> staged = Files.list(node.snapshotDirectory())) {
            assertEquals(List.of(), staged.toList(), "nothing is left in the node's staging folder");
        }

        ManagedNode fresh = TestNodes.startSingleNode("backup-fresh");
        try (Engine engine = Engine.forNode(fresh)) {
            ElasticsearchClient other = engine.client();
            assertTrue(new IndexManager(other, layout).indices().isEmpty(), "a fresh data folder has no index");

            Snapshots.Restore restore =
                    new Snapshots(other, layout, fresh.snapshotDirectory()).restore(backupDir, version);

            assertNull(restore.configWarning());
            assertTrue(restore.sourcesRestored());
            assertEquals(List.of(), restore.replaced());
            Map<String, List<String>> after = searches(other, layout);
            assertEquals(before, after, "the same searches give the same findings in the same order");
            assertFalse(after.get("EHCP").isEmpty());
            assertEquals(
                    List.of(Source.normalise(IndexFixtures.bundledCorpus())),
                    new SourceStore(other, layout, null)
                            .load().sources().stream().map(Source::path).toList(),
                    "the list of sources comes back with the documents");
            Map<IndexKind, List<String>> live = new IndexManager(other, layout).live();
            for (IndexKind kind : IndexKind.values()) {
                String name = live.get(kind).get(0);
                assertEquals(
                        Map.of(kind, version),
                        Map.of(
                                layout.kindOf(name).orElseThrow(),
                                layout.versionOf(name).orElseThrow()));
                assertNotEquals(manifest.index(kind), name, "restored under a new, build-tagged name");
            }
            // The restored indices count as current: the next incremental run changes nothing.
            IngestReport report =
                    IndexFixtures.indexer(other, prefix, config).run(List.of(IndexFixtures.bundledCorpus()), false);
            assertFalse(report.rebuilt(), report.summary());
            assertFalse(report.changed(), report.summary());
        } finally {
            fresh.stop();
        }
    }

    @Test
    void aRestoreOverLiveIndicesSwapsTheAliasesWhileSearchesGoOn(ElasticsearchClient client, ManagedNode node)
            throws Exception {
        String prefix = "it-backup-swap";
        IndexLayout layout = new IndexLayout(prefix);
        IndexManager manager = new IndexManager(client, layout);
        Path work = TestNodes.newFolder("send-search-backup-");
        Path copy = IndexFixtures.copyOf(IndexFixtures.bundledCorpus(), work.resolve("corpus"));
        Indexer indexer = IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig());
        indexer.run(List.of(copy), false);
        Snapshots snapshots = new Snapshots(client, layout, node.snapshotDirectory());
        snapshots.backup(work.resolve("backup"));
        Map<String, List<String>> backedUp = searches(client, layout);

        // The index moves on after the backup: one document fewer.
        Files.delete(copy.resolve("knowsley-2024-press-release-send-improvements.txt"));
        indexer.run(List.of(copy), false);
        assertEquals(4, IndexFixtures.count(client, layout.alias(IndexKind.DOCUMENTS)));
        Map<IndexKind, List<String>> before = manager.live();

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger count = new AtomicInteger();
        List<String> problems = new CopyOnWriteArrayList<>();
        Thread searcher = new Thread(
                () -> {
                    while (!stop.get()) {
                        try {
                            if (IndexFixtures.count(client, layout.alias(IndexKind.PASSAGES)) == 0) {
                                problems.add("no passages after " + count.get() + " searches");
                            }
                        } catch (Exception e) {
                            problems.add(e.toString());
                        }
                        count.incrementAndGet();
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "search-during-restore");
        searcher.start();
        Snapshots.Restore restore;
        try {
            restore = snapshots.restore(work.resolve("backup"), "0123456789ab");
        } finally {
            stop.set(true);
            searcher.join();
        }
        assertEquals(List.of(), problems, "searches saw no error and no empty index (" + count.get() + " searches)");
        assertTrue(count.get() > 0);

        assertEquals(
                5,
                IndexFixtures.count(client, layout.alias(IndexKind.DOCUMENTS)),
                "the backup's five documents are back");
        assertEquals(backedUp, searches(client, layout));
        Map<IndexKind, List<String>> after = manager.live();
        for (IndexKind kind : IndexKind.values()) {
            assertEquals(List.of(restore.live().get(kind)), after.get(kind));
        }
        assertEquals(before.values().stream().flatMap(List::stream).toList(), restore.replaced());
        assertEquals(2, manager.indices().size(), "the replaced indices are deleted: " + manager.indices());
        assertNotNull(restore.configWarning());
        assertTrue(
                restore.configWarning().contains("0123456789ab")
                        && restore.configWarning().contains("rebuild"),
                restore.configWarning());
        assertTrue(restore.sourcesRestored(), "the list of sources is restored with the documents");
    }

    @Test
    void aWrongBackupFolderIsReportedByNameAndChangesNothing(ElasticsearchClient client, ManagedNode node)
            throws IOException {
        String prefix = "it-backup-bad";
        IndexLayout layout = new IndexLayout(prefix);
        IndexManager manager = new IndexManager(client, layout);
        IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig())
                .run(List.of(IndexFixtures.bundledCorpus()), false);
        Map<String, List<String>> indices = manager.indices();
        Snapshots snapshots = new Snapshots(client, layout, node.snapshotDirectory());
        String version = IndexConfig.load(IndexFixtures.bundledConfig()).version();
        Path work = TestNodes.newFolder("send-search-backup-");

        Path missing = work.resolve("no-such-backup");
        assertMessage(
                assertThrows(BackupException.class, () -> snapshots.restore(missing, version)),
                missing,
                "does not exist");

        Path notBackup = Files.createDirectories(work.resolve("letters"));
        Files.writeString(notBackup.resolve("letter.txt"), "Dear inspector");
        assertMessage(
                assertThrows(BackupException.class, () -> snapshots.restore(notBackup, version)),
                notBackup,
                "not a send-search backup");
        assertMessage(assertThrows(BackupException.class, () -> snapshots.backup(notBackup)), notBackup, "not empty");

        Path garbled = Files.createDirectories(work.resolve("garbled"));
        Files.writeString(garbled.resolve(BackupManifest.FILE_NAME), "{ not json");
        assertMessage(
                assertThrows(BackupException.class, () -> snapshots.restore(garbled, version)), garbled, "damaged");

        // A real backup whose index data has gone: Elasticsearch cannot restore it.
        Path damaged = work.resolve("damaged");
        snapshots.backup(damaged);
        TestNodes.delete(damaged.resolve("indices"));
        assertMessage(assertThrows(BackupException.class, () -> snapshots.restore(damaged, version)), damaged, "");

        assertEquals(indices, manager.indices(), "the indices in use are untouched, and nothing is left over");
        assertEquals(5, IndexFixtures.count(client, layout.alias(IndexKind.DOCUMENTS)));
        try (Stream<Path> staged = Files.list(node.snapshotDirectory())) {
            assertEquals(List.of(), staged.toList(), "nothing is left in the node's staging folder");
        }
        var repositories = client.snapshot().getRepository().repositories().keySet();
        assertTrue(repositories.stream().noneMatch(name -> name.startsWith(prefix)), repositories.toString());
    }

    @Test
    void onAnExistingClusterTheClusterWritesTheBackupFolderInItsPathRepo(ElasticsearchClient client, ManagedNode node)
            throws IOException {
        String prefix = "it-backup-external";
        IndexLayout layout = new IndexLayout(prefix);
        IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig())
                .run(List.of(IndexFixtures.bundledCorpus()), false);
        String version = IndexConfig.load(IndexFixtures.bundledConfig()).version();
        Snapshots direct = new Snapshots(client, layout, null);

        Path outside = TestNodes.newFolder("send-search-backup-").resolve("backup");
        assertMessage(assertThrows(BackupException.class, () -> direct.backup(outside)), outside, "path.repo");

        // The node's snapshot folder stands for a shared folder listed in the cluster's path.repo.
        Path shared = node.snapshotDirectory().resolve("shared-" + prefix);
        try {
            Map<String, List<String>> before = searches(client, layout);
            direct.backup(shared);
            assertEquals(5, BackupManifest.read(shared).documents());
            Snapshots.Restore restore = direct.restore(shared, version);
            assertNull(restore.configWarning());
            assertEquals(before, searches(client, layout));
            assertEquals(2, new IndexManager(client, layout).indices().size());
        } finally {
            TestNodes.delete(shared);
        }
    }

    @Test
    void theCommandNamesAMissingOrUnreadableFolderWithoutAStackTrace() throws IOException {
        Assumptions.assumeTrue(ChildCli.unavailable() == null, ChildCli::unavailable);
        Path work = TestNodes.newFolder("send-search-backup-cli-");
        Path missing = work.resolve("nowhere");
        ChildCli.Result result = ChildCli.run(
                work,
                Map.of(),
                "restore",
                missing.toString(),
                "--data-dir",
                work.resolve("data").toString());
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains(missing.toString()) && result.err().contains("does not exist"), result.err());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result.err());

        Path locked = Files.createDirectories(work.resolve("locked"));
        Files.writeString(locked.resolve(BackupManifest.FILE_NAME), "{}");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        result = ChildCli.run(
                work,
                Map.of(),
                "restore",
                locked.toString(),
                "--data-dir",
                work.resolve("data").toString());
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(
                result.err().contains(locked.toString()) && result.err().contains("permission denied"), result.err());
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result.err());
        assertFalse(Files.exists(work.resolve("data")), "no node was started for a folder that is not a backup");
    }

    private static void assertMessage(BackupException e, Path folder, String words) {
        assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains(words), e.getMessage());
        assertFalse(
                e.getMessage().contains("status line")
                        || e.getMessage().contains("root_cause")
                        || e.getMessage().contains("Exception"),
                "no raw answers or exception names: " + e.getMessage());
        System.out.println("Message: " + e.getMessage());
    }

    private static void assertNotNull(Object value) {
        assertTrue(value != null);
    }

    /** The ids, in order, of the first page of each query, and the total. */
    private static Map<String, List<String>> searches(ElasticsearchClient client, IndexLayout layout) {
        ConfigDirectory config = IndexFixtures.bundledConfig();
        Vocabulary vocabulary = Vocabulary.load(config);
        try (Backend backend = Backend.open(
                client,
                new SearchIndices(layout.alias(IndexKind.PASSAGES), layout.alias(IndexKind.DOCUMENTS)),
                vocabulary,
                Duration.ofSeconds(10))) {
            SearchService service = new SearchService(backend);
            Map<String, List<String>> results = new LinkedHashMap<>();
            for (String query : QUERIES) {
                SearchResult result = service.search(
                        SearchQuery.parse(Map.of("q", List.of(query), "size", List.of("50")), vocabulary));
                List<String> ids = new ArrayList<>();
                ids.add("total " + result.total());
                result.hits().forEach(hit -> ids.add(hit.id()));
                results.put(query, ids);
            }
            return results;
        }
    }
}
