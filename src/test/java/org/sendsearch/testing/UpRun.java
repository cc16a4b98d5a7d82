package org.sendsearch.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.TimeUnit;
import org.sendsearch.cli.Main;
import org.sendsearch.engine.EngineFiles;

/**
 * {@code send-search up} as a person runs it, in child JVMs of its own (so that it, or its node,
 * can be killed with {@code kill -9}), on a fresh data folder and free ports. Every launch appends
 * to one log file, so a test that runs {@code up} twice reads both runs. {@link #close()} ends what
 * is left and deletes the folder.
 */
public final class UpRun implements AutoCloseable {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path dataDirectory;
    private final Path logFile;
    private final int webPort = TestNodes.freePort();
    private final int elasticsearchPort = TestNodes.freePort();
    private final int transportPort = TestNodes.freePort();
    private final List<Process> launched = new ArrayList<>();

    private UpRun(Path dataDirectory, Path logFile) {
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
    }

    /** A data folder and log file named after {@code prefix}; nothing runs yet. */
    public static UpRun prepare(String prefix) {
        try {
            return new UpRun(TestNodes.newFolder(prefix), Files.createTempFile(prefix, ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The managed node's pid file. */
    public Path pidFile() {
        return dataDirectory.resolve("engine/node/node.pid");
    }

    /** Starts {@code send-search up} on this folder and these ports, with the launcher's heap. */
    public Process launch() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(
                java,
                "-Xmx256m",
                "-D" + EngineFiles.DIRECTORY_PROPERTY + "=" + System.getProperty(EngineFiles.DIRECTORY_PROPERTY),
                "-Dsendsearch.project.dir=" + System.getProperty("sendsearch.project.dir"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "up",
                "--data-dir",
                dataDirectory.toString(),
                "--port",
                Integer.toString(webPort),
                "--es-port",
                Integer.toString(elasticsearchPort),
                "--es-transport-port",
                Integer.toString(transportPort),
                "--es-heap",
                Integer.toString(TestNodes.TEST_HEAP_MB));
        Process process = new ProcessBuilder(command)
                .directory(Path.of(System.getProperty("sendsearch.project.dir")).toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        launched.add(process);
        return process;
    }

    /** Waits (three minutes at most) until {@code /api/health} answers 200, and returns its body. */
    public String awaitHealthy(Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("send-search up exited with " + process.exitValue() + ":\n" + log());
            }
            Optional<HttpResponse<String>> response = get("/api/health");
            if (response.isPresent() && response.get().statusCode() == 200) {
                return response.get().body();
            }
            Thread.sleep(250);
        }
        fail("send-search up did not serve /api/health in time:\n" + log());
        return null;
    }

    /** {@code GET path} on the web server; empty while nothing listens or it does not answer in 5 s. */
    public Optional<HttpResponse<String>> get(String path) throws InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + webPort + path);
        try {
            return Optional.of(http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException notAnswering) {
            return Optional.empty();
        }
    }

    /** The pid the managed node's pid file names, if there is one. */
    public Optional<Long> nodePid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile()).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Ctrl-C: SIGINT to {@code up}, then waits (a minute at most) for it to end. */
    public void interrupt(Process process) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            fail("send-search up did not stop within 60 s of Ctrl-C:\n" + log());
        }
    }

    /** Fails unless process {@code pid} has ended within 45 s. */
    public static void awaitGone(long pid) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(45));
        while (Instant.now().isBefore(deadline)) {
            if (ProcessHandle.of(pid).map(handle -> !handle.isAlive()).orElse(true)) {
                return;
            }
            Thread.sleep(200);
        }
        fail("Elasticsearch (pid " + pid + ") was still running after Ctrl-C");
    }

    /** Everything the launches have printed so far. */
    public String log() {
        try {
            return Files.readString(logFile);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops what is still running (the launches, then the node) and deletes the folder and the log. */
    @Override
    public void close() throws Exception {
        for (Process process : launched) {
            process.destroy();
            process.waitFor();
        }
        nodePid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
        TestNodes.delete(dataDirectory);
        Files.deleteIfExists(logFile);
    }
}
