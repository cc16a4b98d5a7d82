package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.synth.CorpusGenerator;
import org.sendsearch.synth.OutputFormat;
import org.sendsearch.synth.SourceMaterial;
import org.sendsearch.testing.CliProcess;
import org.sendsearch.testing.TestNodes;

/**
 * The disk Elasticsearch writes to passes the flood-stage watermark (made to happen by setting the
 * watermarks above what the disk already uses): Elasticsearch makes every index read-only, and
 * the indexer stops at once with a message saying the disk is full, exit code 5, the aliases
 * untouched and no document entry without its passages. Once the disk is fine again, the next
 * run completes.
 */
class DiskFloodStageTest {
    private static final int FIRST = 40;
    private static final int ALL = 150;
    private static final int FLOOD_AT_FILE = 70;
    /** Free space every disk here is below, so every watermark is passed. */
    private static final String MORE_THAN_THE_DISK = "1pb";

    @Test
    void aFullDiskStopsIndexingPlainlyAndTheNextRunCompletes(@TempDir Path temp) throws Exception {
        String prefix = "it-flood";
        IndexLayout layout = new IndexLayout(prefix);
        IndexManager manager;
        Path corpus = temp.resolve("corpus");
        CorpusGenerator generator = new CorpusGenerator(SourceMaterial.load(
                IndexFixtures.bundledCorpus(), IndexFixtures.bundledConfig().path()));
        generator.generate(FIRST, 9, corpus, List.of(OutputFormat.TXT, OutputFormat.HTML));

        ManagedNode node = TestNodes.startSingleNode("full-disk");
        try (Engine engine = Engine.forNode(node)) {
            ElasticsearchClient client = engine.client();
            // Disk usage is checked every 30 s by default; 10 s is the shortest Elasticsearch allows.
            putClusterSettings(client, "{\"cluster.info.update.interval\": \"10s\"}");
            manager = new IndexManager(client, layout);
            IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig()).run(List.of(corpus), false);
            Map<String, List<String>> indicesBefore = manager.indices();
            generator.generate(ALL, 9, corpus, List.of(OutputFormat.TXT, OutputFormat.HTML));

            try {
                // The disk fills up while the run is part-way through the new files.
                ProgressDisplay floodsPartWay = new ProgressDisplay() {
                    @Override
                    protected void show(boolean last) {
                        if (files == FLOOD_AT_FILE) {
                            System.out.println("At file " + files + " of " + totalFiles + ": filling the disk");
                            floodStage(client, true);
                            System.out.println("Elasticsearch has made the indices read-only");
                        }
                    }
                };
                Indexer indexer = new Indexer(
                                client,
                                layout,
                                IndexConfig.load(IndexFixtures.bundledConfig()),
                                Extractor.fromConfig(
                                        IndexFixtures.bundledConfig().path(), Extractor.DEFAULT_MAX_BYTES),
                                floodsPartWay,
                                50_000,
                                new BulkWriter.Retry(4, 100, 1000))
                        .withElasticsearchUrl(node.url());
                IndexingStoppedException stopped =
                        assertThrows(IndexingStoppedException.class, () -> indexer.run(List.of(corpus), false));
                assertEquals(IndexingStoppedException.Reason.DISK_FULL, stopped.reason(), stopped.getMessage());
                assertEquals(IngestReport.DISK_FULL, stopped.exitCode());
                assertTrue(
                        stopped.getMessage()
                                .startsWith(
                                        "Elasticsearch at " + node.url()
                                                + " refuses writes because its disk is full: usage passed the flood-stage watermark"),
                        stopped.getMessage());
                assertTrue(stopped.getMessage().contains("of " + ALL + " files"), stopped.getMessage());
                assertEquals(indicesBefore, manager.indices(), "aliases and indices are as they were");

                // The index command, started while the disk is still full, stops at once with its own exit code.
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
                                temp.resolve("data").toString()));
                int exitCode = run.await(Duration.ofSeconds(40));
                String output = run.output();
                output.lines().filter(line -> line.startsWith("send-search:")).forEach(System.out::println);
                assertEquals(IngestReport.DISK_FULL, exitCode, output);
                assertTrue(
                        output.contains("send-search: Elasticsearch at " + node.url() + " refuses writes because its "
                                + "disk is full"),
                        output);
                assertTrue(output.contains("Free disk space on the Elasticsearch host and run again"), output);
                assertFalse(output.contains("Bulk request:"), "a full disk is not retried:\n" + output);
                assertFalse(output.contains("\tat ") || output.contains("Caused by"), "no stack trace:\n" + output);
                assertEquals(indicesBefore, manager.indices(), "aliases and indices are as they were");
            } finally {
                floodStage(client, false);
            }

            manager.refresh(List.of(layout.alias(IndexKind.DOCUMENTS), layout.alias(IndexKind.PASSAGES)));
            IndexedState state = IndexedState.read(client, layout.alias(IndexKind.DOCUMENTS));
            Map<String, Long> passages = IndexFixtures.passagesPerDocument(client, layout.alias(IndexKind.PASSAGES));
            for (IndexedState.StoredDocument document : state.documents()) {
                assertEquals(
                        document.passageCount(),
                        passages.getOrDefault(document.id(), 0L).intValue(),
                        "every document entry has all its passages: " + document.sourcePath());
            }
            assertTrue(state.size() >= FIRST && state.size() < ALL, state.size() + " documents");

            IngestReport report = IndexFixtures.indexer(client, prefix, IndexFixtures.bundledConfig())
                    .withLockTimings(Duration.ofMinutes(10), Duration.ZERO)
                    .run(List.of(corpus), false);
            assertEquals(ALL - state.size(), report.added().size(), report.summary());
            assertTrue(report.rejected().isEmpty(), report.summary());
            assertEquals(ALL, IndexFixtures.count(client, layout.alias(IndexKind.DOCUMENTS)));
            assertEquals(indicesBefore, manager.indices(), "an incremental run into the same indices");
        } finally {
            node.stop();
        }
    }

    /**
     * Sets the three disk watermarks to more free space than the disk has, and waits until
     * Elasticsearch has put its flood-stage block on the indices (at its next disk check); or puts
     * the defaults back and waits until Elasticsearch has lifted the block by itself, removing it
     * by hand if it has not within 15 s.
     */
    private static void floodStage(ElasticsearchClient client, boolean flooded) {
        String value = flooded ? "\"" + MORE_THAN_THE_DISK + "\"" : "null";
        try {
            putClusterSettings(
                    client,
                    "{\"cluster.routing.allocation.disk.watermark.low\": " + value + ", "
                            + "\"cluster.routing.allocation.disk.watermark.high\": " + value + ", "
                            + "\"cluster.routing.allocation.disk.watermark.flood_stage\": " + value + "}");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(flooded ? 45 : 15));
            while (hasFloodStageBlock(client) != flooded) {
                if (Instant.now().isAfter(deadline)) {
                    if (flooded) {
                        throw new AssertionError("Elasticsearch did not apply its flood-stage block");
                    }
                    System.out.println(
                            "Elasticsearch did not lift the flood-stage block within 15 s: removing it by hand");
                    client.indices()
                            .putSettings(request -> request.index("_all")
                                    .withJson(new StringReader("{\"index.blocks.read_only_allow_delete\": null}")));
                    break;
                }
                Thread.sleep(100);
            }
            if (!flooded) {
                putClusterSettings(client, "{\"cluster.info.update.interval\": null}");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void putClusterSettings(ElasticsearchClient client, String persistent) throws IOException {
        client.cluster()
                .putSettings(request -> request.withJson(new StringReader("{\"persistent\": " + persistent + "}")));
    }

    /** Whether an index carries the block Elasticsearch describes as "disk usage exceeded flood-stage watermark". */
    private static boolean hasFloodStageBlock(ElasticsearchClient client) throws IOException {
        JsonObject blocks = client.cluster()
                .state(request -> request.metric("blocks"))
                .state()
                .toJson()
                .asJsonObject()
                .getJsonObject("blocks");
        return blocks.containsKey("indices")
                && blocks.getJsonObject("indices").toString().contains("flood-stage watermark");
    }
}
