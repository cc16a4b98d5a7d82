package org.sendsearch.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendsearch.engine.EngineFiles;
import org.sendsearch.testing.TestNodes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The {@code up} command as a person runs it: a separate JVM that starts its own Elasticsearch,
 * serves, survives a kill -9 of itself (the next run picks the node up again) and leaves nothing
 * running after Ctrl-C.
 */
class UpCommandTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path dataDirectory;
    private Path logFile;
    private int webPort;
    private int elasticsearchPort;
    private int transportPort;
    private final List<Process> launched = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        dataDirectory = TestNodes.newFolder("send-search-up-");
        logFile = Files.createTempFile("send-search-up-", ".log");
        webPort = TestNodes.freePort();
        elasticsearchPort = TestNodes.freePort();
        transportPort = TestNodes.freePort();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (Process process : launched) {
            process.destroy();
            process.waitFor();
        }
        nodePid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        TestNodes.delete(dataDirectory);
        Files.deleteIfExists(logFile);
    }

    @Test
    void servesHealthThenSurvivesKillNineAndStopsEverythingOnCtrlC() throws Exception {
        Process first = launch();
        awaitHealthy(first);
        long nodePid = nodePid().orElseThrow();

        // kill -9 of the launcher: the node lives on, and the next run picks it up.
        first.destroyForcibly().waitFor();
        assertTrue(ProcessHandle.of(nodePid).map(ProcessHandle::isAlive).orElse(false), "the node outlives a kill -9");
        Process second = launch();
        String health = awaitHealthy(second);
        assertTrue(health.contains("\"analysisPlugin\":true"), health);
        assertEquals(Optional.of(nodePid), nodePid(), "the second run adopted the node the first left behind");

        // Ctrl-C: SIGINT to the launcher stops the web server and the node.
        new ProcessBuilder("kill", "-INT", Long.toString(second.pid())).start().waitFor();
        assertTrue(second.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS) != null);
        awaitGone(nodePid);
        assertFalse(Files.exists(dataDirectory.resolve("engine/node/node.pid")), "the pid file is removed on a clean stop");
    }

    @Test
    void aStalePidFileFromADeadProcessIsIgnored() throws Exception {
        Path pidFile = dataDirectory.resolve("engine/node/node.pid");
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, "999999\n");
        Process process = launch();
        awaitHealthy(process);
        assertTrue(nodePid().isPresent() && nodePid().get() != 999999L);
        process.destroy();
        process.waitFor();
    }

    private Process launch() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx256m",
                "-D" + EngineFiles.DIRECTORY_PROPERTY + "=" + System.getProperty(EngineFiles.DIRECTORY_PROPERTY),
                "-Dsendsearch.project.dir=" + System.getProperty("sendsearch.project.dir"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "up",
                "--data-dir", dataDirectory.toString(), "--port", Integer.toString(webPort),
                "--es-port", Integer.toString(elasticsearchPort), "--es-transport-port", Integer.toString(transportPort),
                "--es-heap", Integer.toString(TestNodes.TEST_HEAP_MB));
        Process process = new ProcessBuilder(command)
                .directory(Path.of(System.getProperty("sendsearch.project.dir")).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        launched.add(process);
        return process;
    }

    private String awaitHealthy(Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        URI health = URI.create("http://127.0.0.1:" + webPort + "/api/health");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("send-search up exited with " + process.exitValue() + ":\n" + Files.readString(logFile));
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(250);
        }
        fail("send-search up did not serve /api/health in time:\n" + Files.readString(logFile));
        return null;
    }

    private Optional<Long> nodePid() {
        Path pidFile = dataDirectory.resolve("engine/node/node.pid");
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void awaitGone(long pid) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        while (Instant.now().isBefore(deadline)) {
            if (ProcessHandle.of(pid).map(handle -> !handle.isAlive()).orElse(true)) {
                return;
            }
            Thread.sleep(200);
        }
        fail("Elasticsearch (pid " + pid + ") was still running after Ctrl-C");
    }
}
