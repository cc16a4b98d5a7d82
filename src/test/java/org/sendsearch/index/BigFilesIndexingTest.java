package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.ingest.ExtractionLimits;
import org.sendsearch.testing.BigFiles;
import org.sendsearch.testing.CliProcess;
import org.sendsearch.testing.RealElasticsearch;

/**
 * {@code index} in a child JVM with the launcher's heap (256 MB), on a real node, over a folder
 * holding a 30 MB and a 49 MB text file and a 45 MB HTML page (made here, never committed), two
 * texts just under the text limit (extracted two at a time, as the indexer does) and two ordinary
 * letters. The big files are rejected for their length, every other file is indexed, and nothing
 * runs out of memory.
 */
@ExtendWith(RealElasticsearch.class)
class BigFilesIndexingTest {
    private static final String PREFIX = "it-bigfiles";
    private static final Path CORPUS = IndexFixtures.bundledCorpus();

    @Test
    void bigFilesAreRejectedAndTheRestIndexedWithinTheLaunchersHeap(
            ElasticsearchClient client, ManagedNode node, @TempDir Path temp) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("folder"));
        Files.copy(
                CORPUS.resolve("knowsley-2022-joint-area-send-inspection-letter.txt"),
                folder.resolve("a-knowsley.txt"));
        BigFiles.text(folder.resolve("b-30mb.txt"), BigFiles.megabytes(30), CORPUS);
        BigFiles.text(folder.resolve("c-49mb.txt"), BigFiles.megabytes(49), CORPUS);
        BigFiles.html(folder.resolve("d-45mb.html"), BigFiles.megabytes(45), CORPUS);
        BigFiles.text(
                folder.resolve("e-near-limit.txt"), ExtractionLimits.DEFAULT_MAX_TEXT_CHARACTERS - 10_000, CORPUS);
        BigFiles.html(
                folder.resolve("f-near-limit.html"), ExtractionLimits.DEFAULT_MAX_TEXT_CHARACTERS - 10_000, CORPUS);
        Files.copy(
                CORPUS.resolve("liverpool-2019-joint-local-area-send-inspection-letter.txt"),
                folder.resolve("g-liverpool.txt"));
        Path data = Files.createDirectories(temp.resolve("data"));

        long started = System.nanoTime();
        CliProcess index = CliProcess.start(
                temp.resolve("index.log"),
                "256m",
                List.of(
                        "index",
                        folder.toString(),
                        "--config",
                        CliProcess.configFileFor(node, temp).toString(),
                        "--data-dir",
                        data.toString(),
                        "--index-prefix",
                        PREFIX,
                        "--index-config",
                        IndexFixtures.bundledConfig().path().toString()));
        int exit = index.await(Duration.ofMinutes(3));
        String output = index.output();
        System.out.printf(
                "big files, index with -Xmx256m: exit %d in %d ms%n", exit, (System.nanoTime() - started) / 1_000_000);

        assertFalse(output.contains("OutOfMemoryError"), output);
        assertEquals(IngestReport.PARTIAL, exit, output);
        JsonNode report = new ObjectMapper()
                .readTree(data.resolve(IngestReportStore.FILE_NAME).toFile());
        Map<String, String> rejected = new TreeMap<>();
        report.get("rejected")
                .forEach(file -> rejected.put(
                        file.get("path").asText(), file.get("reason").asText()));
        assertEquals(List.of("b-30mb.txt", "c-49mb.txt", "d-45mb.html"), List.copyOf(rejected.keySet()), output);
        rejected.values()
                .forEach(reason -> assertTrue(
                        reason.startsWith(
                                "text longer than " + ExtractionLimits.DEFAULT_MAX_TEXT_CHARACTERS + " characters ("),
                        reason));
        List<String> added = new java.util.ArrayList<>();
        report.get("added").forEach(path -> added.add(path.asText()));
        assertEquals(
                List.of("a-knowsley.txt", "e-near-limit.txt", "f-near-limit.html", "g-liverpool.txt"),
                added.stream().sorted().toList(),
                output);
        client.indices().refresh(request -> request.index(PREFIX + "-documents"));
        assertEquals(
                4, client.count(request -> request.index(PREFIX + "-documents")).count(), output);
    }
}
