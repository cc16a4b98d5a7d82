package org.sendsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.sendsearch.testing.TestNodes;

/**
 * {@link NodeSupervisor} on a real node: a node another live process owns is left to it; once that
 * owner is gone the supervisor starts the node again in place, and the client made before the death
 * works again; a node that dies more often than the policy allows is given up on, and stays down.
 */
class NodeSupervisorTest {
    /** One restart within ten minutes, after 100 ms: the second death gives up. */
    private static final RestartPolicy ONE_RESTART =
            new RestartPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 1, Duration.ofMinutes(10));

    @Test
    void leavesAnotherOwnersNodeThenRestartsItOnceThenGivesUp() throws Exception {
        ManagedNode node = TestNodes.startSingleNode("supervised");
        Process otherOwner = new ProcessBuilder("sleep", "300").start();
        ElasticsearchClient client = Engine.connect(node.connection());
        try (NodeSupervisor supervisor = NodeSupervisor.watch(
                node, ONE_RESTART, Clock.systemUTC(), Duration.ofMillis(200), Duration.ofMinutes(3))) {
            assertEquals(
                    "send-search-test-supervised", client.cluster().health().clusterName());

            // Owned by another live send-search process (this test plays its guest): not restarted here.
            Files.writeString(
                    node.directory().resolve(NodeOwner.OWNER_FILE),
                    otherOwner.pid() + " "
                            + otherOwner
                                    .toHandle()
                                    .info()
                                    .startInstant()
                                    .map(Instant::toEpochMilli)
                                    .orElse(0L) + "\n");
            long firstPid = node.pid();
            ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();
            Thread.sleep(3000);
            assertFalse(node.isRunning());
            assertFalse(NodeHealth.isListening(node.config().httpPort()), "nobody started the owner's node");
            assertEquals(NodeSupervisor.State.WATCHING, supervisor.state());

            // The owner ends without starting it again: this process takes the node over and restarts it.
            otherOwner.destroyForcibly().waitFor();
            await(
                    "the node runs again",
                    Duration.ofMinutes(3),
                    () -> node.isRunning() && supervisor.state() == NodeSupervisor.State.WATCHING);
            assertNotEquals(firstPid, node.pid());
            assertTrue(NodeOwner.isThisProcess(node.directory()), "the owner file names this process now");
            assertEquals(
                    "send-search-test-supervised",
                    client.cluster().health().clusterName(),
                    "the client made before the death works with the restarted node");

            // A second death within the window: given up on, and left down.
            ProcessHandle.of(node.pid()).orElseThrow().destroyForcibly();
            await(
                    "the supervisor gives up",
                    Duration.ofSeconds(30),
                    () -> supervisor.state() == NodeSupervisor.State.GAVE_UP);
            Thread.sleep(2000);
            assertFalse(node.isRunning());
            assertFalse(NodeHealth.isListening(node.config().httpPort()), "nothing restarts a node given up on");
        } finally {
            otherOwner.destroyForcibly();
            client._transport().close();
            node.stop();
        }
    }

    @Test
    void aNodeStoppedOnPurposeIsNotStartedAgain() throws Exception {
        ManagedNode node = TestNodes.startSingleNode("supervised-stop");
        try (NodeSupervisor supervisor = NodeSupervisor.watch(
                node, ONE_RESTART, Clock.systemUTC(), Duration.ofMillis(100), Duration.ofMinutes(3))) {
            long pid = node.pid();
            node.stop();
            Thread.sleep(2000);
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
            assertFalse(NodeHealth.isListening(node.config().httpPort()), "a stopped node stays stopped");
            assertEquals(NodeSupervisor.State.WATCHING, supervisor.state());
        } finally {
            node.stop();
        }
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        fail(what + " within " + timeout.toSeconds() + " s");
    }
}
