package org.sendsearch.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendsearch.embed.VectorSwitch;

/**
 * The product as users run it: a child JVM running {@code java <options> -jar target/send-search.jar up},
 * with the JVM options the launcher script {@code send-search} uses ({@link #jvmOptions}), on loopback ports, with its own managed Elasticsearch node. A
 * child process, so that its resident memory is its own; stopped with SIGTERM, which runs the
 * server's shutdown hook and stops the node it started.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final Path dataDir;
    final int port;
    final int esPort;
    final long launchedNanos;

    private ServerProcess(Process process, Path dataDir, int port, int esPort, long launchedNanos) {
        this.process = process;
        this.dataDir = dataDir;
        this.port = port;
        this.esPort = esPort;
        this.launchedNanos = launchedNanos;
    }

    /**
     * Starts {@code app/send-search.jar} (with {@code lib/} and {@code engine/} beside it, as the
     * build lays them out in {@code target/}) from the project folder.
     */
    static ServerProcess start(Path project, Path app, Path dataDir, Path corpus, Path log) throws IOException {
        int port = freePort();
        int esPort = freePort();
        int transportPort = freePort();
        List<String> command = new ArrayList<>(List.of(java().toString()));
        command.addAll(jvmOptions(project));
        command.addAll(List.of(
                "-jar",
                app.resolve("send-search.jar").toString(),
                "up",
                "--data-dir",
                dataDir.toString(),
                "--corpus",
                corpus.toString(),
                "--port",
                String.valueOf(port),
                "--es-port",
                String.valueOf(esPort),
                "--es-transport-port",
                String.valueOf(transportPort),
                "--index-config",
                project.resolve("index-config").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The suite measures the lexical product: with vectors on, the server would spend both cores
        // embedding the corpus behind every figure (an hour at 10,000 documents). The semantic rows
        // are HybridBenchmark's, which measures the fill and hybrid search side by side.
        builder.environment().put(VectorSwitch.VARIABLE, "off");
        long launched = System.nanoTime();
        return new ServerProcess(builder.start(), dataDir, port, esPort, launched);
    }

    /**
     * The JVM options of the launcher script's {@code exec "$java_bin" ... -jar} line, so that the
     * benchmark runs the product exactly as {@code ./send-search} does.
     */
    static List<String> jvmOptions(Path project) throws IOException {
        for (String line : Files.readAllLines(project.resolve("send-search"))) {
            String trimmed = line.strip();
            if (trimmed.startsWith("exec \"$java_bin\"") && trimmed.contains(" -jar ")) {
                String options = trimmed.substring("exec \"$java_bin\"".length(), trimmed.indexOf(" -jar "))
                        .strip();
                return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
            }
        }
        throw new IllegalStateException("no 'exec \"$java_bin\" ... -jar' line in " + project.resolve("send-search"));
    }

    /** Waits for the first search the API serves (HTTP 200); returns seconds since launch. */
    double awaitFirstSearch(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=autism"))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the server exited with code " + process.exitValue() + " before serving a search");
            }
            try {
                if (SearchTarget.send(probe) == 200) {
                    return (System.nanoTime() - launchedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no search served within " + limit);
    }

    /**
     * Seconds the managed Elasticsearch node took to boot at this start, from the server's log
     * ("Starting Elasticsearch node" to "Elasticsearch is up"), or NaN if the log does not say.
     */
    static double elasticsearchBootSeconds(Path log) throws IOException {
        java.time.LocalTime starting = null;
        java.time.LocalTime up = null;
        for (String line : Files.readAllLines(log)) {
            if (line.length() > 12 && line.contains("Starting Elasticsearch node")) {
                starting = java.time.LocalTime.parse(line.substring(0, 12));
                up = null;
            } else if (line.length() > 12 && line.contains("Elasticsearch is up") && starting != null) {
                up = java.time.LocalTime.parse(line.substring(0, 12));
            }
        }
        return starting == null || up == null
                ? Double.NaN
                : Duration.between(starting, up).toMillis() / 1000.0;
    }

    /** Starts or stops a Java Flight Recording on the server (profile settings). */
    void flightRecording(boolean start, Path file) throws IOException, InterruptedException {
        if (start) {
            jcmd("JFR.start", "name=bench", "settings=profile", "filename=" + file);
        } else {
            jcmd("JFR.stop", "name=bench");
        }
    }

    long pid() {
        return process.pid();
    }

    /** The basic-auth header for the managed node. */
    String esAuthorization() throws IOException {
        String[] user = esCredentials();
        String pair = user[0] + ":" + user[1];
        return "Basic "
                + java.util.Base64.getEncoder().encodeToString(pair.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** User name and password of the managed node, from the credentials file it keeps in the data folder. */
    String[] esCredentials() throws IOException {
        try (var files = Files.list(dataDir.resolve("engine"))) {
            Path file = files.filter(p -> p.getFileName().toString().endsWith(".credentials"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no credentials file under " + dataDir.resolve("engine")));
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
            return new String[] {properties.getProperty("username"), properties.getProperty("password")};
        }
    }

    /** Resident set size and its peak, in MB, from /proc. */
    double[] rssMegabytes() throws IOException {
        double rss = 0;
        double peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line) / 1024.0;
            } else if (line.startsWith("VmHWM:")) {
                peak = kilobytes(line) / 1024.0;
            }
        }
        return new double[] {rss, peak};
    }

    /** Heap in use, in MB, as {@code jcmd GC.heap_info} reports it; after a full GC when asked (the live set). */
    double heapUsedMegabytes(boolean afterGc) throws IOException, InterruptedException {
        if (afterGc) {
            jcmd("GC.run");
        }
        // The heap's lines say "total ...K, used ...K": one for G1, one per generation for the
        // parallel and serial collectors; Metaspace and class space have no "total".
        long usedKb = 0;
        boolean found = false;
        for (String line : jcmd("GC.heap_info").split("\n")) {
            Matcher m = USED.matcher(line);
            if (line.contains("total") && !line.contains("Metaspace") && m.find()) {
                usedKb += Long.parseLong(m.group(1));
                found = true;
            }
        }
        return found ? usedKb / 1024.0 : Double.NaN;
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line =
                new ArrayList<>(List.of(java().resolveSibling("jcmd").toString(), String.valueOf(pid())));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /** SIGTERM, then wait for the server (and the node it stops) to exit; SIGKILL only after two minutes. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        Path pidFile = dataDir.resolve("engine/node/node.pid");
        for (int i = 0; i < 60 && Files.exists(pidFile); i++) {
            Thread.sleep(1000); // the node writes its pid file and removes it when it has stopped
        }
    }

    /**
     * CPU seconds the managed Elasticsearch node has used so far (user + system, from
     * {@code /proc}); 0 when its pid is not known.
     */
    double elasticsearchCpuSeconds() throws IOException {
        Path pidFile = dataDir.resolve("engine/node/node.pid");
        if (!Files.exists(pidFile)) {
            return 0;
        }
        return cpuSeconds(Long.parseLong(Files.readString(pidFile).strip()));
    }

    /** A process's CPU time so far, user + system, from {@code /proc/<pid>/stat} (clock ticks of 10 ms). */
    static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    static Path java() {
        return Path.of(ProcessHandle.current().info().command().orElse("java"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
