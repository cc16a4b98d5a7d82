package org.sendsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendsearch.index.Source;
import org.sendsearch.testing.CliProcess;
import org.sendsearch.testing.TestNodes;

/**
 * Sources as a person meets them, each command in a JVM of its own on one data folder with its own
 * node: {@code index A}, {@code index B}, then {@code up}, which serves both, with a source facet to
 * tell them apart; beside it, {@code sources} lists both and {@code sources remove} takes one out.
 */
class SourcesCommandTest {
    private static final String LETTER = "knowsley-2022-joint-area-send-inspection-letter.txt";
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path temp;
    private Path data;
    private int elasticsearchPort;
    private int transportPort;

    @BeforeEach
    void setUp() throws IOException {
        temp = TestNodes.newFolder("send-search-sources-");
        data = temp.resolve("data");
        elasticsearchPort = TestNodes.freePort();
        transportPort = TestNodes.freePort();
    }

    @AfterEach
    void tearDown() throws IOException {
        Path pidFile = data.resolve("engine/node/node.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
                    .ifPresent(ProcessHandle::destroyForcibly);
        }
        TestNodes.delete(temp);
    }

    @Test
    void twoFoldersAreBothKeptListedServedAndRemovable() throws Exception {
        Path corpus = Path.of(System.getProperty("sendsearch.project.dir"), "corpus");
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        Files.createDirectories(a);
        Files.createDirectories(b);
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file :
                    files.filter(file -> file.toString().endsWith(".txt")).toList()) {
                Files.copy(file, a.resolve(file.getFileName()));
            }
        }
        Files.copy(corpus.resolve(LETTER), b.resolve(LETTER));

        assertEquals(0, run("index-a", "index", a.toString()).await(Duration.ofMinutes(3)));
        CliProcess second = run("index-b", "index", b.toString());
        assertEquals(0, second.await(Duration.ofMinutes(3)), second.output());
        assertTrue(second.output().contains("1 added") && second.output().contains("0 removed"), second.output());

        // up refreshes both (and adds no bundled corpus: this collection has sources already).
        int webPort = TestNodes.freePort();
        CliProcess up = run("up", "up", "--port", Integer.toString(webPort));
        try {
            String body = awaitSearch(
                    up, webPort, "/api/search?scope=documents&q=" + URLEncoder.encode("SEND", StandardCharsets.UTF_8));
            assertTrue(body.contains("\"source\""), "a source facet with two sources: " + body);
            assertTrue(
                    body.contains(jsonString(Source.normalise(a))) && body.contains(jsonString(Source.normalise(b))),
                    body);
            String onlyB = awaitSearch(
                    up,
                    webPort,
                    "/api/search?scope=documents&q=SEND&source="
                            + URLEncoder.encode(Source.normalise(b), StandardCharsets.UTF_8));
            assertTrue(onlyB.contains("\"total\":1"), onlyB);

            // Beside a running up, the sources commands use its node.
            CliProcess listed = run("sources", "sources");
            assertEquals(0, listed.await(Duration.ofMinutes(3)), listed.output());
            assertTrue(
                    listed.output().contains(Source.normalise(a))
                            && listed.output().contains(Source.normalise(b)),
                    listed.output());
            assertTrue(listed.output().contains("1 documents"), listed.output());

            CliProcess removed = run("remove", "sources", "remove", b.toString());
            assertEquals(0, removed.await(Duration.ofMinutes(3)), removed.output());
            assertTrue(
                    removed.output().contains("Removed the source " + Source.normalise(b) + ": 1 documents"),
                    removed.output());
            CliProcess unknown = run("remove-again", "sources", "remove", b.toString());
            assertEquals(1, unknown.await(Duration.ofMinutes(3)), unknown.output());
            assertTrue(unknown.output().contains("Not a source of this index"), unknown.output());
        } finally {
            new ProcessBuilder("kill", "-INT", Long.toString(up.process().pid()))
                    .start()
                    .waitFor();
            up.await(Duration.ofMinutes(1));
        }
        assertTrue(up.output().contains("0 removed"), up.output());
    }

    private CliProcess run(String name, String... arguments) throws IOException {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of(
                "--data-dir",
                data.toString(),
                "--es-port",
                Integer.toString(elasticsearchPort),
                "--es-transport-port",
                Integer.toString(transportPort),
                "--es-heap",
                Integer.toString(TestNodes.TEST_HEAP_MB)));
        return CliProcess.start(Files.createTempFile(temp, name, ".log"), all);
    }

    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String awaitSearch(CliProcess up, int port, String path) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!up.process().isAlive()) {
                fail("send-search up exited:\n" + up.output());
            }
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(250);
        }
        fail("no answer from " + path + ":\n" + up.output());
        return null;
    }
}
