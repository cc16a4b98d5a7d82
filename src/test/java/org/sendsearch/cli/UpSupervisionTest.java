package org.sendsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendsearch.testing.UpRun;

/**
 * {@code up} watches the node it manages: after a {@code kill -9} of Elasticsearch, search answers
 * again by itself, {@code /api/health} says {@code restarting} meanwhile, the log says why the node
 * died, and Ctrl-C afterwards still stops everything (the supervisor does not bring back a node
 * stopped on purpose).
 */
class UpSupervisionTest {
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([a-z]+)\"");
    private final AtomicInteger searches = new AtomicInteger();
    private UpRun up;

    @BeforeEach
    void setUp() {
        up = UpRun.prepare("send-search-supervise-");
    }

    @AfterEach
    void tearDown() throws Exception {
        up.close();
    }

    @Test
    void killNineOfTheNodeIsFollowedBySearchAnsweringAgainWithin90Seconds() throws Exception {
        Process process = up.launch();
        up.awaitHealthy(process);
        assertEquals(200, search().map(HttpResponse::statusCode).orElse(-1), up.log());
        long firstPid = up.nodePid().orElseThrow();

        Set<String> seen = new ConcurrentSkipListSet<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread healthWatcher = new Thread(
                () -> {
                    while (watching.get()) {
                        try {
                            up.get("/api/health")
                                    .map(HttpResponse::body)
                                    .map(STATUS::matcher)
                                    .filter(Matcher::find)
                                    .ifPresent(status -> seen.add(status.group(1)));
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "health-watcher");
        healthWatcher.start();

        ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();
        Instant killed = Instant.now();
        Instant deadline = killed.plus(Duration.ofSeconds(90));
        boolean answered = false;
        boolean refused = false;
        Thread.sleep(500);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(process.isAlive(), "up must outlive its node:\n" + up.log());
            int status = search().map(HttpResponse::statusCode).orElse(-1);
            if (status == 200) {
                answered = true;
                break;
            }
            refused |= status == 503;
            Thread.sleep(250);
        }
        Duration took = Duration.between(killed, Instant.now());
        Thread.sleep(500); // one more health reading after recovery
        watching.set(false);
        healthWatcher.join();
        if (!answered) {
            fail("search did not answer 200 within 90 s of kill -9 (health seen: " + seen + "):\n" + up.log());
        }
        System.out.println("search answered again " + took.toMillis() + " ms after kill -9; health seen " + seen);

        assertTrue(refused, "search answered 503 while the node was down");
        assertTrue(seen.contains("restarting"), "health said 'restarting' meanwhile: " + seen);
        assertEquals(
                "ok",
                up.get("/api/health")
                        .map(HttpResponse::body)
                        .map(STATUS::matcher)
                        .filter(Matcher::find)
                        .map(status -> status.group(1))
                        .orElse("none"));
        long secondPid = up.nodePid().orElseThrow();
        assertNotEquals(firstPid, secondPid, "a new node process");
        String log = up.log();
        assertTrue(log.contains("(pid " + firstPid + ") has died (exit status"), log);
        assertTrue(log.contains("Last lines of "), log);
        assertTrue(log.contains("runs again (pid " + secondPid + ")"), log);
        System.out.println("What the supervisor logged:\n"
                + log.lines()
                        .filter(line -> line.contains("NodeSupervisor"))
                        .collect(java.util.stream.Collectors.joining("\n")));

        // Ctrl-C stops the restarted node too, and nothing starts it again.
        up.interrupt(process);
        UpRun.awaitGone(secondPid);
        assertFalse(Files.exists(up.pidFile()), "the pid file is removed on a clean stop");
        assertEquals(1, up.log().split("has died", -1).length - 1, "one death reported:\n" + up.log());
        assertFalse(
                up.log().indexOf("Starting Elasticsearch again in", up.log().lastIndexOf("runs again")) >= 0,
                "no restart after the deliberate stop:\n" + up.log());
    }

    /**
     * A search no earlier one was the same as: answered by Elasticsearch, not by the server's
     * result cache (which would answer a repeated search while the node is down).
     */
    private Optional<HttpResponse<String>> search() throws InterruptedException {
        return up.get("/api/search?q=autism+-nosuchword" + searches.incrementAndGet());
    }
}
