package org.sendsearch.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sendsearch.testing.TestNodes;

/**
 * Two send-search processes on one data folder share its node: {@code send-search index} run
 * beside {@code send-search up} must not stop the server's Elasticsearch when it ends.
 */
class SharedNodeTest {

    @Test
    void aRunThatFindsTheNodeOwnedByALiveProcessLeavesItRunning() throws Exception {
        // Not "shared": that is the suite's own node (RealElasticsearch), which this test must not touch.
        ManagedNode node = TestNodes.startSingleNode("owned-by-another-run");
        Adopted adopted = new Adopted();
        Process otherRun = new ProcessBuilder("sleep", "300").start();
        try {
            Path folder = node.directory();
            // The node as a server started it: owned by another live send-search process.
            Files.writeString(folder.resolve(NodeOwner.OWNER_FILE), line(otherRun.toHandle()));

            ManagedNode guest = adopted.add(adopt(node));
            assertTrue(
                    guest.pid() == node.pid(),
                    "the running node is used, not a second one started: " + guest.pid() + " vs " + node.pid());
            guest.close();
            assertTrue(node.isRunning(), "the guest leaves the owner's node running");
            assertTrue(
                    Files.readString(folder.resolve(NodeOwner.GUESTS_FILE))
                            .contains(Long.toString(ProcessHandle.current().pid())),
                    "the guest is recorded");

            // The owner ends while a guest still uses the node: the guest gets it.
            NodeOwner.claim(folder);
            Files.writeString(folder.resolve(NodeOwner.GUESTS_FILE), line(otherRun.toHandle()));
            node.stop();
            assertTrue(node.isRunning(), "handed over to the run still using it, not stopped");
            assertTrue(Files.readString(folder.resolve(NodeOwner.OWNER_FILE)).startsWith(otherRun.pid() + " "));

            // That run is killed: the next run takes the node over and stops it when it ends.
            otherRun.destroyForcibly().waitFor();
            ManagedNode next = adopted.add(adopt(node));
            next.close();
            assertFalse(next.isRunning(), "a node whose owner is gone is stopped by the run that took it over");
        } finally {
            otherRun.destroyForcibly();
            // Whatever went wrong, no node outlives the test: one started by a failed adoption included.
            NodeOwner.claim(node.directory());
            node.stop();
            adopted.nodes.forEach(ManagedNode::stop);
            adopted.add(node);
            adopted.nodes.forEach(n -> ProcessHandle.of(n.pid()).ifPresent(ProcessHandle::destroy));
        }
    }

    /** The nodes the test's runs ended up with, to stop them all at the end. */
    private static final class Adopted {
        final java.util.List<ManagedNode> nodes = new java.util.ArrayList<>();

        ManagedNode add(ManagedNode node) {
            nodes.add(node);
            return node;
        }
    }

    /** What a second send-search run on the node's folder does: prepare the (unchanged) installation, start. */
    private static ManagedNode adopt(ManagedNode node) {
        Installation unchanged = Installation.prepare(
                EngineFiles.locate(), TestNodes.installation().home().getParent(), TestNodes.jdk());
        return ManagedNode.start(
                unchanged,
                node.directory(),
                node.config(),
                TestNodes.jdk(),
                NodeAccount.forCurrentUser(),
                Duration.ofMinutes(1));
    }

    private static String line(ProcessHandle process) {
        return process.pid() + " "
                + process.info().startInstant().map(Instant::toEpochMilli).orElse(0L) + "\n";
    }
}
