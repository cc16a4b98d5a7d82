package org.sendsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendsearch.testing.UpRun;

/**
 * The {@code up} command as a person runs it: a separate JVM that starts its own Elasticsearch,
 * serves, survives a kill -9 of itself (the next run picks the node up again) and leaves nothing
 * running after Ctrl-C.
 */
class UpCommandTest {
    private UpRun up;

    @BeforeEach
    void setUp() {
        up = UpRun.prepare("send-search-up-");
    }

    @AfterEach
    void tearDown() throws Exception {
        up.close();
    }

    @Test
    void servesHealthThenSurvivesKillNineAndStopsEverythingOnCtrlC() throws Exception {
        Process first = up.launch();
        up.awaitHealthy(first);
        long nodePid = up.nodePid().orElseThrow();

        // kill -9 of the launcher: the node lives on, and the next run picks it up.
        first.destroyForcibly().waitFor();
        assertTrue(ProcessHandle.of(nodePid).map(ProcessHandle::isAlive).orElse(false), "the node outlives a kill -9");
        Process second = up.launch();
        String health = up.awaitHealthy(second);
        assertTrue(health.contains("\"analysisPlugin\":true"), health);
        assertEquals(Optional.of(nodePid), up.nodePid(), "the second run adopted the node the first left behind");

        // Ctrl-C: SIGINT to the launcher stops the web server and the node.
        up.interrupt(second);
        UpRun.awaitGone(nodePid);
        assertFalse(Files.exists(up.pidFile()), "the pid file is removed on a clean stop");
    }

    @Test
    void aStalePidFileFromADeadProcessIsIgnored() throws Exception {
        Path pidFile = up.pidFile();
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, "999999\n");
        Process process = up.launch();
        up.awaitHealthy(process);
        assertTrue(up.nodePid().isPresent() && up.nodePid().get() != 999999L);
        process.destroy();
        process.waitFor();
    }
}
