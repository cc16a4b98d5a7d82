package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.ingest.CorpusWalker;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.synth.CorpusGenerator;
import org.sendsearch.synth.OutputFormat;
import org.sendsearch.synth.SourceMaterial;
import org.sendsearch.testing.CliProcess;
import org.sendsearch.testing.TestNodes;

/**
 * Elasticsearch killed ({@code kill -9}) while {@code send-search index} is sending bulk requests:
 * the command retries a little, then stops with a plain message and exit code 4; the index it
 * leaves never claims a file it does not fully hold; and once Elasticsearch is back on the same
 * data, the next run completes the index to exactly what a clean run builds.
 */
class ElasticsearchStopsDuringIndexingTest {
    private static final int FIRST = 20;
    private static final int ALL = 200;
    private static final long SEED = 8;
    private static final Pattern STOPPED = Pattern.compile(
            "stopped answering during indexing \\(.*?\\), after (\\d+) of (\\d+) files: the last file it confirmed was (\\S+), "
                    + "and files after it may be missing from the index");

    @Test
    void theRunStopsPlainlyLeavesNothingAheadAndTheNextRunCompletes(@TempDir Path temp) throws Exception {
        String prefix = "it-killed";
        IndexLayout layout = new IndexLayout(prefix);
        Path corpus = temp.resolve("corpus");
        CorpusGenerator generator = new CorpusGenerator(SourceMaterial.load(
                IndexFixtures.bundledCorpus(), IndexFixtures.bundledConfig().path()));
        generator.generate(FIRST, SEED, corpus, List.of(OutputFormat.TXT, OutputFormat.HTML));

        ManagedNode node = TestNodes.startSingleNode("killed-mid-index");
        try {
            try (Engine engine = Engine.forNode(node)) {
                IndexFixtures.indexer(engine.client(), prefix, IndexFixtures.bundledConfig())
                        .run(List.of(corpus), false);
            }
            // The same seed gives the same first files: the next run adds the rest.
            generator.generate(ALL, SEED, corpus, List.of(OutputFormat.TXT, OutputFormat.HTML));

            CliProcess run = CliProcess.start(
                    temp.resolve("index.log"),
                    List.of(
                            "index",
                            corpus.toString(),
                            "--config",
                            CliProcess.configFileFor(node, temp).toString(),
                            "--index-prefix",
                            prefix,
                            "--data-dir",
                            temp.resolve("data").toString(),
                            "--bulk-size",
                            "0.05",
                            "--retry-attempts",
                            "4",
                            "--retry-delay",
                            "100"));
            try (Engine engine = Engine.forNode(node)) {
                awaitDocumentsWritten(engine.client(), layout, FIRST + 30, run);
            }
            assertTrue(
                    run.process().isAlive(), "the run was still going when Elasticsearch was killed:\n" + run.output());
            ProcessHandle server = ProcessHandle.of(node.pid()).orElseThrow();
            server.destroyForcibly(); // kill -9
            server.onExit().get();
            node.stop(); // reaps what is left of its launcher and the stale pid file

            int exitCode = run.await(Duration.ofSeconds(40));
            String output = run.output();
            output.lines().filter(line -> line.startsWith("send-search:")).forEach(System.out::println);
            assertEquals(IngestReport.ELASTICSEARCH_STOPPED, exitCode, output);
            assertTrue(
                    output.contains(
                            "send-search: Elasticsearch at " + node.url() + " stopped answering during indexing"),
                    output);
            assertTrue(output.contains("Bulk request: connection problem"), "it retried first:\n" + output);
            assertTrue(output.contains("run again to complete the index"), output);
            assertFalse(output.contains("\tat ") || output.contains("Caused by"), "no stack trace:\n" + output);
            Matcher stopped = STOPPED.matcher(output);
            assertTrue(stopped.find(), output);
            int confirmedPosition = Integer.parseInt(stopped.group(1));
            assertEquals(ALL, Integer.parseInt(stopped.group(2)));
            String lastConfirmed = stopped.group(3);

            // Elasticsearch back on the same data folder.
            node = TestNodes.start(node.config());
            try (Engine engine = Engine.forNode(node)) {
                ElasticsearchClient client = engine.client();
                new IndexManager(client, layout)
                        .refresh(List.of(layout.alias(IndexKind.DOCUMENTS), layout.alias(IndexKind.PASSAGES)));
                IndexedState state = IndexedState.read(client, layout.alias(IndexKind.DOCUMENTS));
                assertNothingAhead(client, layout, state);
                List<String> walkOrder = walkOrder(corpus);
                assertEquals(lastConfirmed, walkOrder.get(confirmedPosition - 1));
                for (String confirmed : walkOrder.subList(0, confirmedPosition)) {
                    assertTrue(
                            state.find(Source.normalise(corpus), confirmed) != null,
                            "a confirmed file survived the kill: " + confirmed);
                }
                assertTrue(state.size() < ALL, "the run was cut short: " + state.size() + " documents");

                // The next run takes over the dead run's lock at once (no waiting for it to go stale) and completes.
                IngestReport report = IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig())
                        .withLockTimings(Duration.ofMinutes(10), Duration.ZERO)
                        .run(List.of(corpus), false);
                assertEquals(ALL - state.size(), report.added().size(), report.summary());
                assertEquals(state.size(), report.unchanged(), report.summary());
                assertTrue(report.rejected().isEmpty(), report.summary());

                IngestReport clean = IndexFixtures.indexer(client, "it-clean", IndexFixtures.bundledConfig())
                        .run(List.of(corpus), false);
                assertEquals(ALL, clean.added().size(), clean.summary());
                IndexLayout cleanLayout = new IndexLayout("it-clean");
                for (IndexKind kind : IndexKind.values()) {
                    List<String> ids = IndexFixtures.ids(client, layout.alias(kind));
                    assertEquals(
                            IndexFixtures.ids(client, cleanLayout.alias(kind)), ids, kind + " ids match a clean run");
                    System.out.printf("%s: %d entries, as a clean run%n", kind, ids.size());
                }
                assertNothingAhead(client, layout, IndexedState.read(client, layout.alias(IndexKind.DOCUMENTS)));
            }
        } finally {
            node.stop();
        }
    }

    /** Every document entry the index holds has all its passages: the incremental state is never ahead. */
    private static void assertNothingAhead(ElasticsearchClient client, IndexLayout layout, IndexedState state)
            throws Exception {
        Map<String, Long> passages = IndexFixtures.passagesPerDocument(client, layout.alias(IndexKind.PASSAGES));
        for (IndexedState.StoredDocument document : state.documents()) {
            assertEquals(
                    document.passageCount(),
                    passages.getOrDefault(document.id(), 0L).intValue(),
                    "passages of " + document.sourcePath());
        }
    }

    /** Source paths in the order the indexer walks them. */
    private static List<String> walkOrder(Path corpus) {
        try (var entries = CorpusWalker.walk(corpus)) {
            return entries.filter(entry -> entry.rejection() == null)
                    .map(entry -> Extractor.sourcePath(entry.file(), entry.root()))
                    .toList();
        }
    }

    /**
     * Waits until Elasticsearch has taken {@code count} document entries since it started (indexing
     * stats count them before any refresh), failing if the run ends first.
     */
    private static void awaitDocumentsWritten(
            ElasticsearchClient client, IndexLayout layout, long count, CliProcess run) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        String alias = layout.alias(IndexKind.DOCUMENTS);
        while (Instant.now().isBefore(deadline)) {
            long total = client.indices()
                    .stats(request -> request.index(alias).metric("indexing"))
                    .all()
                    .primaries()
                    .indexing()
                    .indexTotal();
            if (total >= count) {
                return;
            }
            if (!run.process().isAlive()) {
                throw new AssertionError("the run ended before Elasticsearch could be stopped:\n" + run.output());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the run did not get going:\n" + run.output());
    }
}
