package org.sendsearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The file side of backups: checking a folder can receive one, and copying a snapshot repository
 * between the backup folder and the node's staging folder, then cleaning up. Clean-up never
 * throws: it runs while another failure is being reported, and says in the log what it left.
 */
final class BackupFolders {
    private static final Logger log = LogManager.getLogger(BackupFolders.class);

    private BackupFolders() {}

    /**
     * Checks that a folder can receive a backup: absent, or an empty folder (a backup never
     * writes over other files).
     *
     * @throws BackupException naming the folder otherwise
     */
    static void checkNewFolder(Path target) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BackupException(target + " is a file; give a new folder to back up into.");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new BackupException(target + " is not empty; give a new (or empty) folder to back up into "
                        + "(a backup never writes over other files).");
            }
        } catch (IOException e) {
            throw new BackupException("Cannot read " + target + ": " + e.getMessage());
        }
    }

    /**
     * Copies a folder tree. The copies are readable by others: on a root machine the node runs as
     * its own account and must read a restored repository staged by root.
     */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(path, copy);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Deletes what a folder holds, leaving the folder itself. */
    static void emptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.toList().forEach(BackupFolders::deleteTree);
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not empty {} ({})", folder, e.toString());
        }
    }

    /** Deletes a folder and everything in it, if it is there. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete {} ({})", folder, e.toString());
        }
    }
}
