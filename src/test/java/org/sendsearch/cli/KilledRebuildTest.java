package org.sendsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.index.AnalysisSettings;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.IndexKind;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.IndexManager;
import org.sendsearch.index.Indexer;
import org.sendsearch.index.IngestReport;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.index.ProgressDisplay;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.synth.CorpusGenerator;
import org.sendsearch.synth.OutputFormat;
import org.sendsearch.synth.SourceMaterial;
import org.sendsearch.testing.CliProcess;
import org.sendsearch.testing.TestNodes;

/**
 * {@code kill -9} of {@code send-search index} half-way through a rebuild (the index config
 * changed, so it builds new versioned indices behind the aliases): searches keep getting the old,
 * complete results during the build and after the kill; the next run is not held up by the dead
 * run's lock, deletes the half-built indices, rebuilds and swaps, leaving no orphan behind.
 */
class KilledRebuildTest {
    private static final int DOCUMENTS = 200;
    private static final String PREFIX = "it-killed-rebuild";

    @Test
    void searchesKeepTheOldIndexAndTheNextRunFinishesTheRebuild(@TempDir Path temp) throws Exception {
        Path project = Path.of(System.getProperty("sendsearch.project.dir", "."));
        Path corpus = temp.resolve("corpus");
        new CorpusGenerator(SourceMaterial.load(project.resolve("corpus"), project.resolve("index-config")))
                .generate(DOCUMENTS, 11, corpus, List.of(OutputFormat.TXT, OutputFormat.HTML));
        Path config = copyOf(project.resolve("index-config"), temp.resolve("index-config"));
        IndexLayout layout = new IndexLayout(PREFIX);

        ManagedNode node = TestNodes.startSingleNode("killed-rebuild");
        try (Engine engine = Engine.forNode(node)) {
            ElasticsearchClient client = engine.client();
            IndexManager manager = new IndexManager(client, layout);
            new Indexer(
                            client,
                            layout,
                            IndexConfig.load(new ConfigDirectory(config)),
                            Extractor.fromConfig(config, Extractor.DEFAULT_MAX_BYTES),
                            ProgressDisplay.none())
                    .run(List.of(corpus), false);
            Map<IndexKind, List<String>> oldIndices = manager.live();
            long passages = count(client, layout.alias(IndexKind.PASSAGES));
            long childrenHits = hits(client, layout, "children");
            assertEquals(0, hits(client, layout, "youngster"), "no synonym for 'youngster' yet");

            Files.writeString(
                    config.resolve(AnalysisSettings.SYNONYMS_FILE), "\nyoungster, child\n", StandardOpenOption.APPEND);
            String newVersion = IndexConfig.load(new ConfigDirectory(config)).version();
            List<String> arguments = List.of(
                    "index",
                    corpus.toString(),
                    "--index-config",
                    config.toString(),
                    "--config",
                    CliProcess.configFileFor(node, temp).toString(),
                    "--index-prefix",
                    PREFIX,
                    "--data-dir",
                    temp.resolve("data").toString(),
                    "--bulk-size",
                    "0.05");

            CliProcess first = CliProcess.startLexical(temp.resolve("first.log"), arguments);
            List<String> problems = new ArrayList<>();
            String building = awaitHalfBuilt(
                    client,
                    layout,
                    newVersion,
                    first,
                    () -> checkOldResults(client, layout, passages, childrenHits, problems));
            assertTrue(first.process().isAlive(), "the rebuild was still going when killed:\n" + first.output());
            first.killNine();
            checkOldResults(client, layout, passages, childrenHits, problems);
            assertEquals(
                    List.of(), problems, "searches during the build and after the kill saw the old, complete index");
            assertEquals(oldIndices, manager.live(), "the aliases still point at the old indices");
            assertTrue(manager.indices().containsKey(building), "the half-built index is left: " + manager.indices());

            CliProcess second = CliProcess.startLexical(temp.resolve("second.log"), arguments);
            int exitCode = second.await(Duration.ofSeconds(50));
            String output = second.output();
            output.lines()
                    .filter(line ->
                            line.contains("Took over") || line.contains("left over") || line.contains("Indexed "))
                    .forEach(System.out::println);
            assertEquals(IngestReport.OK, exitCode, output);
            assertTrue(
                    output.contains("Took over the indexing lock from pid "
                            + first.process().pid()),
                    output);
            assertTrue(
                    output.contains("that run is no longer running"),
                    "no waiting for the lock to go stale:\n" + output);
            String report = IngestReportStore.inDataDirectory(temp.resolve("data"))
                    .readJson()
                    .orElseThrow();
            assertTrue(report.contains(building), "the half-built indices were deleted: " + report);

            Map<String, List<String>> indices = manager.indices();
            assertEquals(2, indices.size(), "no orphan index is left: " + indices);
            for (IndexKind kind : IndexKind.values()) {
                List<String> live = manager.live().get(kind);
                assertEquals(1, live.size(), kind + ": " + live);
                assertEquals(
                        Optional.of(newVersion), layout.versionOf(live.get(0)), "the alias points at the new build");
            }
            assertEquals(DOCUMENTS, count(client, layout.alias(IndexKind.DOCUMENTS)));
            assertEquals(passages, count(client, layout.alias(IndexKind.PASSAGES)), "the new index is complete");
            assertTrue(hits(client, layout, "youngster") > 0, "the new synonym is in use");
        } finally {
            node.stop();
        }
    }

    /**
     * Waits until the run has created the new passages index and Elasticsearch has taken some
     * passages into it (indexing stats count them before any refresh), checking searches on the
     * way; returns the new index's name.
     */
    private static String awaitHalfBuilt(
            ElasticsearchClient client, IndexLayout layout, String version, CliProcess run, Runnable meanwhile)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        IndexManager manager = new IndexManager(client, layout);
        while (Instant.now().isBefore(deadline)) {
            meanwhile.run();
            for (Map.Entry<String, List<String>> index : manager.indices().entrySet()) {
                String name = index.getKey();
                if (index.getValue().isEmpty()
                        && layout.kindOf(name).orElse(null) == IndexKind.PASSAGES
                        && layout.versionOf(name).orElse("").equals(version)
                        && passagesTaken(client, name) >= 500) {
                    return name;
                }
            }
            if (!run.process().isAlive()) {
                throw new AssertionError("the rebuild ended before it could be killed:\n" + run.output());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the rebuild did not get going:\n" + run.output());
    }

    /** Passages Elasticsearch has taken into an index, refreshed or not (0 while its shard is starting). */
    private static long passagesTaken(ElasticsearchClient client, String index) throws IOException {
        var indexing = client.indices()
                .stats(request -> request.index(index).metric("indexing"))
                .all()
                .primaries()
                .indexing();
        return indexing == null ? 0 : indexing.indexTotal();
    }

    private static void checkOldResults(
            ElasticsearchClient client, IndexLayout layout, long passages, long childrenHits, List<String> problems) {
        try {
            long count = count(client, layout.alias(IndexKind.PASSAGES));
            long found = hits(client, layout, "children");
            if (count != passages || found != childrenHits) {
                problems.add(count + " passages and " + found + " hits for 'children' instead of " + passages + " and "
                        + childrenHits);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(e.toString());
        }
    }

    private static long count(ElasticsearchClient client, String index) throws IOException {
        return client.count(request -> request.index(index)).count();
    }

    private static long hits(ElasticsearchClient client, IndexLayout layout, String words) throws IOException {
        return client.search(
                        request -> request.index(layout.alias(IndexKind.PASSAGES))
                                .size(0)
                                .trackTotalHits(t -> t.enabled(true))
                                .query(q -> q.match(m -> m.field("text").query(words))),
                        Void.class)
                .hits()
                .total()
                .value();
    }

    private static Path copyOf(Path source, Path target) {
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(target);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(file.getFileName().toString());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
