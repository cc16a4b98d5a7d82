package org.sendsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node's folder and the loopback probe, without a node. */
class NodeFilesTest {

    @Test
    void thePidFileIsReadWhenWrittenCompletely(@TempDir Path directory) throws IOException {
        NodeFiles files = new NodeFiles(directory);
        assertEquals(Optional.empty(), files.readPid(), "no pid file yet");
        Files.writeString(files.pidFile(), "");
        assertThrows(NumberFormatException.class, files::readPid);
        assertEquals(Optional.empty(), files.pidIfWritten(), "being written: try again");
        Files.writeString(files.pidFile(), "4242\n");
        assertEquals(Optional.of(4242L), files.readPid());
        files.deletePidFile();
        assertFalse(Files.exists(files.pidFile()));
        files.deletePidFile();
    }

    @Test
    void theConsoleTailIsItsLastLinesOrSaysWhyThereAreNone(@TempDir Path directory) throws IOException {
        NodeFiles files = new NodeFiles(directory);
        assertTrue(files.consoleTail(2).startsWith("(no output: "));
        Files.createDirectories(files.consoleLog().getParent());
        Files.writeString(files.consoleLog(), "one\ntwo\nthree\n");
        assertEquals("two\nthree", files.consoleTail(2));
        assertEquals("one\ntwo\nthree", files.consoleTail(10));
    }

    @Test
    void theFoldersAreTheNodesOwn(@TempDir Path directory) {
        NodeFiles files = new NodeFiles(directory);
        assertEquals(directory.resolve("node.pid"), files.pidFile());
        assertEquals(directory.resolve("logs/console.log"), files.consoleLog());
        assertEquals(directory.resolve("snapshots"), files.snapshotDirectory());
        assertEquals(directory.resolve("config"), files.configDirectory());
    }

    @Test
    void aPortIsListeningWhileSomethingAcceptsOnIt() throws IOException {
        int port;
        try (ServerSocket server = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
            assertTrue(NodeHealth.isListening(port));
        }
        assertFalse(NodeHealth.isListening(port));
        assertEquals(
                Optional.empty(),
                NodeHealth.status(
                        port,
                        new NodeCredentials(
                                "send-search", java.util.UUID.randomUUID().toString())),
                "nothing answers: no health yet");
    }
}
