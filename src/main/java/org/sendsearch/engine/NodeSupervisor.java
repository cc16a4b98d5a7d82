package org.sendsearch.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Watches the managed node under {@code send-search up} and starts it again when its process dies,
 * so that search comes back without anyone doing anything.
 *
 * <p>On a death it logs the exit status and the last lines of the node's console log, then
 * restarts the node in place ({@link ManagedNode#relaunch}: same port and login, so the
 * application's client works again as soon as the node answers), waiting as {@link RestartPolicy}
 * says. When the policy's restarts are used up it stops trying and says what to do.
 *
 * <p>It restarts only a node this process owns. A node that another live send-search process owns
 * (this run is its guest) is left to that process: the supervisor reports the death and follows
 * the node once its owner has started it again. A node stopped on purpose ({@link ManagedNode#stop},
 * Ctrl-C) is never started again. An existing cluster is never supervised at all: there is no node
 * of ours to start.
 */
public final class NodeSupervisor implements AutoCloseable {
    /** What the supervisor is doing, for {@code /api/health}. */
    public enum State {
        /** The node runs (or its owner, another process, is bringing it back). */
        WATCHING,
        /** The node died and is being started again. */
        RESTARTING,
        /** The node died too often; nothing will start it again until {@code up} is restarted. */
        GAVE_UP
    }

    /** How much of the node's console log a death report shows. */
    static final int LOG_LINES = 20;

    private static final Logger log = LogManager.getLogger(NodeSupervisor.class);

    private final ManagedNode node;
    private final RestartPolicy policy;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration startTimeout;
    private final List<Instant> restarts = new ArrayList<>();
    private final Thread thread;
    private volatile State state = State.WATCHING;
    private volatile boolean closed;

    private NodeSupervisor(
            ManagedNode node, RestartPolicy policy, Clock clock, Duration pollInterval, Duration startTimeout) {
        this.node = node;
        this.policy = policy;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.startTimeout = startTimeout;
        this.thread = new Thread(this::run, "send-search-node-supervisor");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching a node that is running now, checking every {@code pollInterval} whether its
     * process is alive.
     *
     * @param startTimeout how long a restarted node may take to answer
     */
    public static NodeSupervisor watch(
            ManagedNode node, RestartPolicy policy, Clock clock, Duration pollInterval, Duration startTimeout) {
        NodeSupervisor supervisor = new NodeSupervisor(node, policy, clock, pollInterval, startTimeout);
        supervisor.thread.start();
        log.info(
                "Watching Elasticsearch node '{}' (pid {}): it is started again if it dies",
                node.config().nodeName(),
                node.pid());
        return supervisor;
    }

    public State state() {
        return state;
    }

    /** How to recover once the supervisor has given up: said in the log and by {@code /api/health}. */
    public String recoveryAdvice() {
        return "Check " + node.consoleLog() + " (and the other logs beside it) for why Elasticsearch stops, "
                + "fix that (disk space, memory), then stop send-search up (Ctrl-C) and start it again.";
    }

    /**
     * Stops watching, before the node is stopped on purpose: a node going away from now on is
     * not started again. Returns at once; a restart under way finds the node stopping and ends.
     */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    private boolean ending() {
        return closed || node.isStopping();
    }

    private void run() {
        while (!ending()) {
            if (!pause(pollInterval)) {
                return;
            }
            if (ending() || node.isRunning()) {
                continue;
            }
            reportDeath();
            Optional<ProcessHandle> owner = node.otherOwner();
            if (owner.isPresent() && awaitOwnerRestart(owner.get())) {
                continue;
            }
            if (!restartUntilRunning()) {
                return;
            }
        }
    }

    private void reportDeath() {
        String status = node.exitStatus(Duration.ofSeconds(5))
                .map(code -> "exit status " + code + describeSignal(code))
                .orElse(
                        node.startedHere()
                                ? "exit status unknown: its launcher has not ended"
                                : "exit status unknown: an earlier run started that process");
        log.error(
                "Elasticsearch node '{}' (pid {}) has died ({}). Last lines of {}:\n{}",
                node.config().nodeName(),
                node.pid(),
                status,
                node.consoleLog(),
                node.consoleTail(LOG_LINES));
    }

    private static String describeSignal(int code) {
        return code > 128 && code < 160 ? ", killed by signal " + (code - 128) : "";
    }

    /**
     * A guest's node died: its owner restarts it. Waits until the pid file names a live node again
     * (true), or the owner has ended without doing so, or the supervisor is closed (false).
     */
    private boolean awaitOwnerRestart(ProcessHandle owner) {
        log.warn(
                "Not starting Elasticsearch again here: send-search process {} runs it and starts it again",
                owner.pid());
        while (!ending()) {
            if (node.followRestart()) {
                log.info(
                        "Elasticsearch node '{}' runs again (pid {}), started by send-search process {}",
                        node.config().nodeName(),
                        node.pid(),
                        owner.pid());
                return true;
            }
            if (node.otherOwner().isEmpty()) {
                log.warn(
                        "send-search process {} has ended without starting Elasticsearch again; this run takes the node over",
                        owner.pid());
                return false;
            }
            if (!pause(pollInterval)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Restarts the node, waiting between attempts as the policy says, until it answers (true) or
     * the policy gives up or the supervisor is closed (false).
     */
    private boolean restartUntilRunning() {
        while (!ending()) {
            Instant now = clock.instant();
            Optional<Duration> delay = policy.nextDelay(restarts, now);
            if (delay.isEmpty()) {
                state = State.GAVE_UP;
                log.error(
                        "Elasticsearch node '{}' has died {} times within {} min; not starting it again. Search is "
                                + "unavailable. {}",
                        node.config().nodeName(),
                        policy.recentRestarts(restarts, now) + 1,
                        policy.window().toMinutes(),
                        recoveryAdvice());
                return false;
            }
            state = State.RESTARTING;
            log.warn(
                    "Starting Elasticsearch again in {} ms (restart {} of at most {} within {} min)",
                    delay.get().toMillis(),
                    policy.recentRestarts(restarts, now) + 1,
                    policy.maxRestarts(),
                    policy.window().toMinutes());
            if (!pause(delay.get()) || ending()) {
                return false;
            }
            restarts.add(clock.instant());
            try {
                node.relaunch();
                node.awaitReady(startTimeout);
                state = State.WATCHING;
                log.info(
                        "Elasticsearch node '{}' runs again (pid {}); search answers again",
                        node.config().nodeName(),
                        node.pid());
                return true;
            } catch (EngineException e) {
                if (ending()) {
                    return false;
                }
                log.error("Starting Elasticsearch again failed: {}", e.getMessage());
            }
        }
        return false;
    }

    /** Sleeps; false when interrupted (the supervisor is being closed). */
    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
