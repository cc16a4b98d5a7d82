package org.sendsearch.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One Elasticsearch node that this project starts and stops itself.
 *
 * <p>This class is the node's process: it starts or adopts it, starts it again, and stops it. What
 * the node is made of is a {@link NodeSetup}; its folder ({@code config/}, {@code data/},
 * {@code logs/}, {@code node.pid}) is {@link NodeFiles}; whether it answers, {@link NodeHealth}.
 * The pid file is how a later run recognises a node that an earlier run left behind when it was
 * killed: a live node of ours is adopted, a dead one's pid file is removed, and anything else on
 * the port is reported rather than fought with.
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

    private final NodeSetup setup; // what a relaunch starts again
    private final NodeConfig config;
    private final NodeFiles files;
    private volatile Process launcher; // null when the node was adopted from an earlier run
    private volatile long pid; // the server's pid: known once it has written its pid file
    private volatile boolean guest; // adopted from a live owner: left running when this run ends
    private volatile boolean stopped;

    private ManagedNode(NodeSetup setup, Process launcher, long pid, boolean guest) {
        this.setup = setup;
        this.config = setup.config();
        this.files = setup.files();
        this.launcher = launcher;
        this.pid = pid;
        this.guest = guest;
    }

    /**
     * Starts a node in {@code directory}, or adopts the one an earlier run of ours left running
     * there, and returns once the cluster answers with at least yellow health.
     */
    public static ManagedNode start(
            Installation installation,
            Path directory,
            NodeConfig config,
            JdkLocator.Jdk jdk,
            NodeAccount account,
            Duration startTimeout) {
        ManagedNode node = launch(installation, directory, config, jdk, account);
        node.awaitReady(startTimeout);
        return node;
    }

    /**
     * Launches a node without waiting for it; {@link #awaitReady} waits. The nodes of a cluster are
     * all launched first, since none of them is usable until enough of them have met to elect a master.
     */
    public static ManagedNode launch(
            Installation installation, Path directory, NodeConfig config, JdkLocator.Jdk jdk, NodeAccount account) {
        try {
            Files.createDirectories(directory);
            directory = directory.toRealPath();
            NodeCredentials credentials =
                    NodeCredentials.loadOrCreate(directory.getParent().resolve(config.clusterName() + ".credentials"));
            NodeSetup setup = new NodeSetup(installation, config, jdk, account, credentials, new NodeFiles(directory));
            Optional<NodeSetup.Leftover> adopted = setup.adoptLeftover(leftoverPid -> stopLeftover(setup, leftoverPid));
            if (adopted.isPresent()) {
                return new ManagedNode(
                        setup, null, adopted.get().pid(), adopted.get().guest());
            }
            Process process = setup.startProcess();
            NodeOwner.claim(directory);
            return new ManagedNode(setup, process, -1, false);
        } catch (IOException e) {
            throw new EngineException("Could not start Elasticsearch in " + directory + ": " + e.getMessage(), e);
        }
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
            throw new EngineException(
                    "Elasticsearch node '" + config.nodeName() + "' is being stopped; not starting it again");
        }
        if (isRunning()) {
            throw new EngineException(
                    "Elasticsearch node '" + config.nodeName() + "' (pid " + pid + ") is still running");
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
            Optional<NodeSetup.Leftover> running = setup.adoptLeftover(leftoverPid -> stopLeftover(setup, leftoverPid));
            if (running.isPresent()) {
                launcher = null;
                pid = running.get().pid();
                guest = running.get().guest();
                return;
            }
            launcher = setup.startProcess();
            if (!NodeOwner.isThisProcess(files.directory())) {
                NodeOwner.claim(files.directory());
            }
            guest = false;
        } catch (IOException e) {
            throw new EngineException(
                    "Could not start Elasticsearch again in " + files.directory() + ": " + e.getMessage(), e);
        }
    }

    /** Stops a server an earlier run left behind that cannot be adopted, as its owner would. */
    private static void stopLeftover(NodeSetup setup, long pid) {
        new ManagedNode(setup, null, pid, false).stop();
    }

    /**
     * The send-search process that owns this node when it is another live process: that process,
     * not this one, starts the node again if it dies.
     */
    public Optional<ProcessHandle> otherOwner() {
        return NodeOwner.liveOther(files.directory());
    }

    /**
     * Follows a node that its owner (another process) has started again: when the pid file names
     * a live process other than the dead one, that is the node now.
     *
     * @return whether the node runs again
     */
    public synchronized boolean followRestart() {
        // No pid file yet: the owner has not started it again.
        Optional<Long> current = files.pidIfWritten();
        if (current.isPresent()
                && current.get() != pid
                && ProcessHandle.of(current.get()).map(ProcessHandle::isAlive).orElse(false)) {
            pid = current.get();
            launcher = null;
            return true;
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
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)
                    ? Optional.of(process.exitValue())
                    : Optional.empty();
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
        return files.consoleLog();
    }

    /** The last {@code lines} lines of {@link #consoleLog()}. */
    public String consoleTail(int lines) {
        return files.consoleTail(lines);
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + config.httpPort());
    }

    /** How to connect to this node: its URL and the project's login on it. */
    public ClusterConnection connection() {
        return setup.credentials().connectionTo(List.of(url()));
    }

    public NodeCredentials credentials() {
        return setup.credentials();
    }

    public NodeConfig config() {
        return config;
    }

    public Path directory() {
        return files.directory();
    }

    /**
     * The node's snapshot folder, its {@code path.repo}: written into its config at every start, so
     * a node of an older data folder gets it at its next start. Backups are staged here.
     */
    public Path snapshotDirectory() {
        return files.snapshotDirectory();
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
        Path directory = files.directory();
        if (guest && !NodeOwner.isThisProcess(directory)) {
            log.info(
                    "Leaving Elasticsearch node '{}' (pid {}) running for the send-search process that started it",
                    config.nodeName(),
                    pid);
            return;
        }
        Optional<ProcessHandle> stillUsing = NodeOwner.handOver(directory);
        if (stillUsing.isPresent()) {
            log.info(
                    "Leaving Elasticsearch node '{}' (pid {}) running: send-search process {} still uses it",
                    config.nodeName(),
                    pid,
                    stillUsing.get().pid());
            return;
        }
        log.info("Stopping Elasticsearch node '{}' (pid {})", config.nodeName(), pid);
        List<ProcessHandle> processes = new ArrayList<>();
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
                log.warn(
                        "Elasticsearch process {} did not stop within {} s; killing it",
                        process.pid(),
                        STOP_GRACE.toSeconds());
                process.destroyForcibly();
            }
        }
        try {
            files.deletePidFile();
        } catch (IOException e) {
            log.debug("Could not remove the pid file: {}", e.toString());
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Waits until the node answers with at least yellow health; if its process dies first, or time
     * runs out, reports the end of its console output. Returns at once for an adopted node.
     */
    public void awaitReady(Duration timeout) {
        if (launcher == null) {
            return;
        }
        pid = NodeHealth.awaitUsable(launcher, files, config.httpPort(), setup.credentials(), timeout);
        log.info("Elasticsearch is up at {} (pid {})", url(), pid);
    }
}
