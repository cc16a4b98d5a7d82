package org.sendsearch.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Which send-search process a managed node belongs to, kept in the node's folder so that two runs
 * on one data folder (a server and an {@code index} command beside it) share the node instead of
 * one stopping it under the other.
 *
 * <p>{@code node.owner} holds the owner's pid and start time (the start time tells a reused pid
 * from the same process); {@code node.guests} lists processes that adopted the node while its
 * owner lived. An owner that ends while a guest still runs hands the node over to that guest
 * rather than stopping it.
 */
final class NodeOwner {
    private static final Logger log = LogManager.getLogger(NodeOwner.class);
    static final String OWNER_FILE = "node.owner";
    static final String GUESTS_FILE = "node.guests";

    private NodeOwner() {}

    /** Makes this process the node's owner, forgetting earlier guests. */
    static void claim(Path nodeDirectory) {
        write(nodeDirectory.resolve(OWNER_FILE), describe(ProcessHandle.current()));
        write(nodeDirectory.resolve(GUESTS_FILE), "");
    }

    /** The owner, when it is alive and not this process. */
    static Optional<ProcessHandle> liveOther(Path nodeDirectory) {
        return liveOwner(nodeDirectory)
                .filter(owner -> owner.pid() != ProcessHandle.current().pid());
    }

    /** Records this process as a guest of the node's live owner. */
    static void join(Path nodeDirectory) {
        try {
            Files.writeString(
                    nodeDirectory.resolve(GUESTS_FILE),
                    describe(ProcessHandle.current()) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("Could not record this run as a user of the node in {}: {}", nodeDirectory, e.toString());
        }
    }

    /** Whether the owner file names this process (a guest becomes the owner by a hand-over). */
    static boolean isThisProcess(Path nodeDirectory) {
        return liveOwner(nodeDirectory)
                .filter(owner -> owner.pid() == ProcessHandle.current().pid())
                .isPresent();
    }

    private static Optional<ProcessHandle> liveOwner(Path nodeDirectory) {
        return read(nodeDirectory.resolve(OWNER_FILE)).stream().findFirst().flatMap(NodeOwner::live);
    }

    /**
     * Passes the node to a guest that is still running, if any, and returns it; the caller then
     * leaves the node running instead of stopping it.
     */
    static Optional<ProcessHandle> handOver(Path nodeDirectory) {
        for (String line : read(nodeDirectory.resolve(GUESTS_FILE))) {
            Optional<ProcessHandle> guest =
                    live(line).filter(p -> p.pid() != ProcessHandle.current().pid());
            if (guest.isPresent()) {
                write(nodeDirectory.resolve(OWNER_FILE), describe(guest.get()));
                return guest;
            }
        }
        return Optional.empty();
    }

    private static String describe(ProcessHandle process) {
        return process.pid() + " "
                + process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }

    /** The process a "pid start-time" line names, if it is alive and started then. */
    private static Optional<ProcessHandle> live(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(parts[0]);
            long started = Long.parseLong(parts[1]);
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                                    .startInstant()
                                    .map(Instant::toEpochMilli)
                                    .orElse(0L)
                            == started);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content.isEmpty() ? "" : content + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Could not write {}: {}", file, e.toString());
        }
    }
}
