package org.sendsearch.engine;

import org.sendsearch.util.Sha256;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One Elasticsearch node that this project starts and stops itself.
 *
 * <p>Each node has its own folder: {@code config/} (written at every start), {@code data/} (kept
 * across restarts), {@code logs/} and {@code node.pid}. The pid file is how a later run recognises
 * a node that an earlier run left behind when it was killed: a live node of ours is adopted, a dead
 * one's pid file is removed, and anything else on the port is reported rather than fought with.
 *
 * <p>{@code node.owner} names the send-search process that started the node (pid and start time).
 * A run that adopts a node whose owner is still alive, such as {@code send-search index} while
 * {@code send-search up} serves from the same data folder, is a guest: it uses the node and leaves
 * it running when it ends. A node whose owner is gone (killed) is taken over, and stopped by its
 * new owner as if it had started it.
 *
 * <p>A node whose process died can be started again in place ({@link #relaunch}): same folder,
 * ports and login, so a client built for it works again once it is back. {@link NodeSupervisor}
 * does that under {@code send-search up}.
 */
public final class ManagedNode implements AutoCloseable {
    private static final Logger log = LogManager.getLogger(ManagedNode.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final String CREDENTIALS_MARKER = ".send-search-login.sha256";

    private final NodeConfig config;
    private final Path directory;
    private final NodeCredentials credentials;
    private final Installation installation; // what a relaunch starts again
    private final JdkLocator.Jdk jdk;
    private final NodeAccount account;
    private volatile Process launcher; // null when the node was adopted from an earlier run
    private volatile long pid; // the server's pid: known once it has written its pid file
    private volatile boolean guest; // adopted from a live owner: left running when this run ends
    private volatile boolean stopped;

    private ManagedNode(NodeConfig config, Path directory, NodeCredentials credentials, Installation installation,
                        JdkLocator.Jdk jdk, NodeAccount account, Process launcher, long pid, boolean guest) {
        this.config = config;
        this.credentials = credentials;
        this.directory = directory;
        this.installation = installation;
        this.jdk = jdk;
        this.account = account;
        this.launcher = launcher;
        this.pid = pid;
        this.guest = guest;
    }

    /**
     * Starts a node in {@code directory}, or adopts the one an earlier run of ours left running
     * there, and returns once the cluster answers with at least yellow health.
     */
    public static ManagedNode start(Installation installation, Path directory, NodeConfig config, JdkLocator.Jdk jdk,
                                    NodeAccount account, Duration startTimeout) {
        ManagedNode node = launch(installation, directory, config, jdk, account);
        node.awaitReady(startTimeout);
        return node;
    }

    /**
     * Launches a node without waiting for it; {@link #awaitReady} waits. The nodes of a cluster are
     * all launched first, since none of them is usable until enough of them have met to elect a master.
     */
    public static ManagedNode launch(Installation installation, Path directory, NodeConfig config, JdkLocator.Jdk jdk,
                                     NodeAccount account) {
        try {
            Files.createDirectories(directory);
            directory = directory.toRealPath();
            Path pidFile = directory.resolve("node.pid");
            NodeCredentials credentials = NodeCredentials.loadOrCreate(
                    directory.getParent().resolve(config.clusterName() + ".credentials"));
            Optional<ManagedNode> adopted = adoptLeftover(pidFile, directory, installation, config, credentials, jdk, account);
            if (adopted.isPresent()) {
                return adopted.get();
            }
            Process process = startProcess(installation, directory, config, jdk, account, credentials);
            NodeOwner.claim(directory);
            return new ManagedNode(config, directory, credentials, installation, jdk, account, process, -1, false);
        } catch (IOException e) {
            throw new EngineException("Could not start Elasticsearch in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Checks the ports are free, writes the configuration and the login, and starts the server's launcher. */
    private static Process startProcess(Installation installation, Path directory, NodeConfig config, JdkLocator.Jdk jdk,
                                        NodeAccount account, NodeCredentials credentials) throws IOException {
        if (isListening(config.httpPort())) {
            throw new EngineException("Port " + config.httpPort() + " on 127.0.0.1 is already in use by another program, "
                    + "so the managed Elasticsearch cannot start there. Stop that program, choose another port "
                    + "(--es-port), or use it as an existing cluster (--es-url http://127.0.0.1:" + config.httpPort() + ").");
        }
        if (isListening(config.transportPort())) {
            throw new EngineException("Transport port " + config.transportPort() + " on 127.0.0.1 is already in use; "
                    + "choose another with --es-transport-port.");
        }
        writeConfiguration(installation, directory, config);
        account.checkCanReach(directory);
        account.checkCanReach(installation.home());
        account.takeOwnership(directory);
        ensureUser(installation, directory, jdk, account, credentials);

        Path console = directory.resolve("logs").resolve("console.log");
        List<String> command = account.command(
                List.of(installation.home().resolve("bin").resolve("elasticsearch").toString(),
                        "-p", directory.resolve("node.pid").toString()),
                Map.of("ES_JAVA_HOME", jdk.home().toString(), "ES_PATH_CONF", directory.resolve("config").toString()));
        log.info("Starting Elasticsearch node '{}' on 127.0.0.1:{} as {} (data in {})", config.nodeName(),
                config.httpPort(), account.describe(), directory.resolve("data"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()))
                .start();
        process.getOutputStream().close();
        return process;
    }

    /**
     * Starts the node again after its process died, in the same folder with the same ports and
     * login; {@link #awaitReady} then waits for it. If another send-search run has started the
     * node again meanwhile, that node is used instead (as a guest of that run). This process
     * becomes the node's owner if it was not.
     *
     * @throws EngineException when the node is being stopped, is still running, or cannot start
     */
    public synchronized void relaunch() {
        if (stopped) {
            throw new EngineException("Elasticsearch node '" + config.nodeName() + "' is being stopped; not starting it again");
        }
        if (isRunning()) {
            throw new EngineException("Elasticsearch node '" + config.nodeName() + "' (pid " + pid + ") is still running");
        }
        Process previous = launcher;
        if (previous != null) {
            // The launcher or a wrapper (runuser) may outlive the server for a moment.
            previous.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            previous.destroyForcibly();
            try {
                previous.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("Interrupted while starting Elasticsearch again");
            }
        }
        pid = -1; // the dead pid may be reused by an unrelated process: never signal it
        try {
            Optional<ManagedNode> running = adoptLeftover(directory.resolve("node.pid"), directory, installation, config,
                    credentials, jdk, account);
            if (running.isPresent()) {
                launcher = null;
                pid = running.get().pid;
                guest = running.get().guest;
                return;
            }
            launcher = startProcess(installation, directory, config, jdk, account, credentials);
            if (!NodeOwner.isThisProcess(directory)) {
                NodeOwner.claim(directory);
            }
            guest = false;
        } catch (IOException e) {
            throw new EngineException("Could not start Elasticsearch again in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * The send-search process that owns this node when it is another live process: that process,
     * not this one, starts the node again if it dies.
     */
    public Optional<ProcessHandle> otherOwner() {
        return NodeOwner.liveOther(directory);
    }

    /**
     * Follows a node that its owner (another process) has started again: when the pid file names
     * a live process other than the dead one, that is the node now.
     *
     * @return whether the node runs again
     */
    public synchronized boolean followRestart() {
        try {
            long current = Long.parseLong(Files.readString(directory.resolve("node.pid")).strip());
            if (current != pid && ProcessHandle.of(current).map(ProcessHandle::isAlive).orElse(false)) {
                pid = current;
                launcher = null;
                return true;
            }
        } catch (IOException | NumberFormatException e) {
            // No pid file yet: the owner has not started it again.
        }
        return false;
    }

    /** Whether {@link #stop} has been called: a node that goes away now is meant to. */
    public boolean isStopping() {
        return stopped;
    }

    /**
     * How the node's process ended, when this run started it: the exit status of its launcher,
     * which passes on the server's (137 after a kill -9), waiting up to {@code wait} for the
     * launcher to notice. Empty for a node adopted from another run, whose status the operating
     * system tells only its parent, or when the launcher lives on.
     */
    public Optional<Integer> exitStatus(Duration wait) {
        Process process = launcher;
        if (process == null) {
            return Optional.empty();
        }
        try {
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether this run started the node's current process (rather than adopting it). */
    public boolean startedHere() {
        return launcher != null;
    }

    /** The node's console output: what it printed, from start-up to its last words. */
    public Path consoleLog() {
        return directory.resolve("logs").resolve("console.log");
    }

    /** The last {@code lines} lines of {@link #consoleLog()}. */
    public String consoleTail(int lines) {
        return tail(consoleLog(), lines);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + config.httpPort());
    }

    /** How to connect to this node: its URL and the project's login on it. */
    public ClusterConnection connection() {
        return credentials.connectionTo(List.of(url()));
    }

    public NodeCredentials credentials() {
        return credentials;
    }

    public NodeConfig config() {
        return config;
    }

    public Path directory() {
        return directory;
    }

    /**
     * The node's snapshot folder, its {@code path.repo}: written into its config at every start, so
     * a node of an older data folder gets it at its next start. Backups are staged here.
     */
    public Path snapshotDirectory() {
        return snapshotDirectory(directory);
    }

    private static Path snapshotDirectory(Path nodeDirectory) {
        return nodeDirectory.resolve("snapshots");
    }

    public long pid() {
        return pid;
    }

    public boolean isRunning() {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Stops the node: a polite SIGTERM, then SIGKILL after a grace period. Safe to call twice. A
     * guest (see the class comment) leaves the node to its owner.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (guest && !NodeOwner.isThisProcess(directory)) {
            log.info("Leaving Elasticsearch node '{}' (pid {}) running for the send-search process that started it",
                    config.nodeName(), pid);
            return;
        }
        Optional<ProcessHandle> stillUsing = NodeOwner.handOver(directory);
        if (stillUsing.isPresent()) {
            log.info("Leaving Elasticsearch node '{}' (pid {}) running: send-search process {} still uses it",
                    config.nodeName(), pid, stillUsing.get().pid());
            return;
        }
        log.info("Stopping Elasticsearch node '{}' (pid {})", config.nodeName(), pid);
        List<ProcessHandle> processes = new java.util.ArrayList<>();
        if (pid > 0) {
            ProcessHandle.of(pid).ifPresent(processes::add);
        }
        if (launcher != null) {
            launcher.toHandle().descendants().forEach(processes::add);
            processes.add(launcher.toHandle());
        }
        processes.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        for (ProcessHandle process : processes) {
            Duration left = Duration.between(Instant.now(), deadline);
            try {
                process.onExit().get(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                log.warn("Elasticsearch process {} did not stop within {} s; killing it", process.pid(), STOP_GRACE.toSeconds());
                process.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(directory.resolve("node.pid"));
        } catch (IOException e) {
            log.debug("Could not remove the pid file: {}", e.toString());
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static Optional<ManagedNode> adoptLeftover(Path pidFile, Path directory, Installation installation,
                                                       NodeConfig config, NodeCredentials credentials, JdkLocator.Jdk jdk,
                                                       NodeAccount account) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        long leftoverPid;
        try {
            leftoverPid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (NumberFormatException e) {
            log.warn("Removing unreadable pid file {}", pidFile);
            Files.delete(pidFile);
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(leftoverPid).filter(ProcessHandle::isAlive);
        // The server's command line names its installation (es.path.home), not its node folder; a live
        // process from our installation whose pid is in this node's pid file is this node.
        boolean ours = process.flatMap(p -> p.info().commandLine())
                .map(commandLine -> commandLine.contains(installation.home().toString()))
                .orElse(false);
        if (!ours) {
            log.info("Removing stale pid file {} (process {} is gone): an earlier run was stopped abruptly", pidFile, leftoverPid);
            Files.delete(pidFile);
            return Optional.empty();
        }
        if (!installation.changedThisRun() && healthStatus(config.httpPort(), credentials).isPresent()) {
            Optional<ProcessHandle> owner = NodeOwner.liveOther(directory);
            if (owner.isPresent()) {
                log.info("Using the Elasticsearch node (pid {}) that send-search process {} runs; it stays running "
                        + "when this run ends", leftoverPid, owner.get().pid());
                NodeOwner.join(directory);
                return Optional.of(new ManagedNode(config, directory, credentials, installation, jdk, account, null,
                        leftoverPid, true));
            }
            log.info("Reusing the Elasticsearch node an earlier run left running (pid {})", leftoverPid);
            NodeOwner.claim(directory);
            return Optional.of(new ManagedNode(config, directory, credentials, installation, jdk, account, null, leftoverPid, false));
        }
        log.info("Stopping the Elasticsearch an earlier run left behind (pid {}): it is not answering on port {} "
                + "or its installation has just been updated", leftoverPid, config.httpPort());
        new ManagedNode(config, directory, credentials, installation, jdk, account, null, leftoverPid, false).stop();
        return Optional.empty();
    }

    private static void writeConfiguration(Installation installation, Path directory, NodeConfig config) throws IOException {
        Path configDir = directory.resolve("config");
        Files.createDirectories(configDir.resolve("jvm.options.d"));
        Files.createDirectories(directory.resolve("data"));
        Files.createDirectories(directory.resolve("logs"));
        Files.createDirectories(snapshotDirectory(directory));
        for (String name : Installation.CONFIG_TEMPLATE_FILES) {
            Path source = installation.home().resolve("config").resolve(name);
            Path target = configDir.resolve(name);
            if (Files.exists(source) && !Files.exists(target)) {
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.writeString(configDir.resolve("elasticsearch.yml"),
                config.toYaml(directory.resolve("data").toString(), directory.resolve("logs").toString(),
                        snapshotDirectory(directory).toString()));
        Files.writeString(configDir.resolve("jvm.options.d").resolve("heap.options"),
                "-Xms" + config.heapMegabytes() + "m\n-Xmx" + config.heapMegabytes() + "m\n");
    }

    /**
     * Makes sure the node's file realm has the project's user with the current password. The
     * users file lives in the node's own config folder; a marker holding the password's hash tells
     * whether it is up to date, so the (slow, JVM-starting) users tool runs only when needed.
     */
    private static void ensureUser(Installation installation, Path directory, JdkLocator.Jdk jdk, NodeAccount account,
                                   NodeCredentials credentials) throws IOException {
        Path configDir = directory.resolve("config");
        Path marker = configDir.resolve(CREDENTIALS_MARKER);
        String expected = Sha256.hex(credentials.username() + ":" + credentials.password());
        if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(expected)) {
            return;
        }
        Path usersFile = configDir.resolve("users");
        boolean exists = Files.isRegularFile(usersFile) && Files.readAllLines(usersFile).stream()
                .anyMatch(line -> line.startsWith(credentials.username() + ":"));
        String tool = installation.home().resolve("bin").resolve("elasticsearch-users").toString();
        // No -p: the tool then asks for the password twice, and it goes in on standard input rather
        // than on a command line that ps would show to everyone.
        List<String> arguments = exists
                ? List.of(tool, "passwd", credentials.username())
                : List.of(tool, "useradd", credentials.username(), "-r", "superuser");
        String password = credentials.password() + "\n";
        ProcessRunner.Result result = ProcessRunner.run(account.command(arguments,
                Map.of("ES_JAVA_HOME", jdk.home().toString(), "ES_PATH_CONF", configDir.toString())), Map.of(),
                Duration.ofMinutes(2), password + password);
        if (!result.succeeded()) {
            throw new EngineException("Could not create the project's login on the node (elasticsearch-users exit "
                    + result.exitCode() + "): " + result.output().replace(credentials.password(), "***"));
        }
        Files.writeString(marker, expected);
    }

    /**
     * Waits until the node answers with at least yellow health; if its process dies first, or time
     * runs out, reports the end of its console output. Returns at once for an adopted node.
     */
    public void awaitReady(Duration timeout) {
        if (launcher == null) {
            return;
        }
        Path console = consoleLog();
        pid = awaitUsable(launcher, directory.resolve("node.pid"), config, credentials, console, timeout);
        log.info("Elasticsearch is up at {} (pid {})", url(), pid);
    }

    private static long awaitUsable(Process process, Path pidFile, NodeConfig config, NodeCredentials credentials,
                                    Path console, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new EngineException("Elasticsearch exited during start-up (exit " + process.exitValue() + "). "
                        + "Last lines of " + console + ":\n" + tail(console, 25));
            }
            Optional<String> status = healthStatus(config.httpPort(), credentials);
            if (status.isPresent() && !status.get().equals("red") && Files.isRegularFile(pidFile)) {
                try {
                    return Long.parseLong(Files.readString(pidFile).strip());
                } catch (IOException | NumberFormatException e) {
                    // Not written completely yet: try again.
                }
            }
            sleep(Duration.ofMillis(250));
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new EngineException("Elasticsearch did not become usable within " + timeout.toSeconds() + " s. "
                + "Last lines of " + console + ":\n" + tail(console, 25));
    }

    /**
     * The cluster's health colour if the node on the port answers Elasticsearch's health API with
     * our login.
     *
     * @throws EngineException when the node refuses our login: waiting would not help
     */
    static Optional<String> healthStatus(int httpPort, NodeCredentials credentials) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/_cluster/health"))
                .header("Authorization", credentials.basicAuthorization())
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                throw new EngineException("The Elasticsearch node on port " + httpPort + " refuses the project's login. "
                        + "If its credentials file was deleted or replaced, stop the node and start again.");
            }
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.ofNullable(JSON.readTree(response.body()).path("status").textValue());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("Interrupted while waiting for Elasticsearch");
        }
    }
}
