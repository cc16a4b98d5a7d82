package org.sendsearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sendsearch.engine.EngineFiles;
import org.sendsearch.engine.Installation;
import org.sendsearch.engine.JdkLocator;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.engine.NodeAccount;
import org.sendsearch.engine.NodeConfig;

/**
 * Real Elasticsearch nodes for tests: one installation per test run in a temporary folder, and as
 * many nodes from it as a test needs, each on free ports with its own data folder.
 */
public final class TestNodes {
    /** Small heap: the test corpora are tiny and several nodes may run at once on 2 cores. */
    public static final int TEST_HEAP_MB = 384;

    private static Path root;
    private static Installation installation;
    private static JdkLocator.Jdk jdk;

    private TestNodes() {}

    /** A fresh folder the node account can reach (temp folders are created owner-only). */
    public static synchronized Path newFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized Installation installation() {
        if (installation == null) {
            root = newFolder("send-search-test-engine-");
            Path created = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created), "delete-test-engine"));
            jdk = new JdkLocator(System.getenv()).locate();
            installation = Installation.prepare(EngineFiles.locate(), root, jdk);
        }
        return installation;
    }

    public static synchronized JdkLocator.Jdk jdk() {
        installation();
        return jdk;
    }

    /** Starts a single-node cluster named {@code name} in its own folder under the test root. */
    public static ManagedNode startSingleNode(String name) {
        NodeConfig config = new NodeConfig(
                "send-search-test-" + name,
                name,
                freePort(),
                freePort(),
                TEST_HEAP_MB,
                java.util.List.of(),
                java.util.List.of());
        return start(config);
    }

    /**
     * Starts a cluster of {@code size} nodes on loopback, each with its own ports and data folder,
     * and returns once it has formed. The caller stops the nodes.
     */
    public static java.util.List<ManagedNode> startCluster(String name, int size) {
        java.util.List<String> names = java.util.stream.IntStream.rangeClosed(1, size)
                .mapToObj(i -> name + "-" + i)
                .toList();
        java.util.List<Integer> transportPorts =
                names.stream().map(n -> freePort()).toList();
        java.util.List<ManagedNode> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            int index = i;
            java.util.List<Integer> peers = transportPorts.stream()
                    .filter(port -> port != transportPorts.get(index))
                    .toList();
            NodeConfig config = new NodeConfig(
                    "send-search-test-" + name,
                    names.get(i),
                    freePort(),
                    transportPorts.get(i),
                    TEST_HEAP_MB,
                    peers,
                    names);
            nodes.add(ManagedNode.launch(
                    installation(),
                    root.resolve("nodes").resolve(names.get(i)),
                    config,
                    jdk,
                    NodeAccount.forCurrentUser()));
        }
        try {
            nodes.forEach(node -> node.awaitReady(Duration.ofMinutes(3)));
        } catch (RuntimeException e) {
            nodes.forEach(ManagedNode::stop);
            throw e;
        }
        return nodes;
    }

    public static ManagedNode start(NodeConfig config) {
        Installation installed = installation();
        Path directory = root.resolve("nodes").resolve(config.nodeName());
        return ManagedNode.start(
                installed, directory, config, jdk, NodeAccount.forCurrentUser(), Duration.ofMinutes(3));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a folder tree, ignoring what has gone already. */
    public static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Best effort: the OS cleans temp folders too.
        }
    }
}
