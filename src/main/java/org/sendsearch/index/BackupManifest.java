package org.sendsearch.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * What a backup folder holds, written as {@value #FILE_NAME} beside the snapshot repository's own
 * files. It is written last, so a folder with a readable manifest is a complete backup; restore
 * reads it before it contacts Elasticsearch, so a wrong folder is reported without touching anything.
 *
 * @param format         {@value #FORMAT}; a later version that changes the layout raises it
 * @param created        when the backup was made (ISO-8601, UTC)
 * @param snapshot       the snapshot's name in the repository
 * @param prefix         the index prefix of the layout it was taken from ("send")
 * @param configVersion  the index-config version the backed-up indices were built with
 * @param documentsIndex the physical index behind the documents alias at backup time
 * @param passagesIndex  the physical index behind the passages alias at backup time
 * @param sourcesIndex   the sources index, or null when there was none
 * @param documents      how many documents it held
 * @param passages       how many passages it held
 */
public record BackupManifest(
        int format,
        String created,
        String snapshot,
        String prefix,
        String configVersion,
        String documentsIndex,
        String passagesIndex,
        String sourcesIndex,
        long documents,
        long passages) {
    public static final String FILE_NAME = "send-search-backup.json";
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The physical index of one kind in the backup. */
    public String index(IndexKind kind) {
        return kind == IndexKind.DOCUMENTS ? documentsIndex : passagesIndex;
    }

    /** Writes the manifest into a backup folder. */
    void write(Path directory) throws IOException {
        Files.writeString(directory.resolve(FILE_NAME), JSON.writeValueAsString(this) + "\n");
    }

    /**
     * Reads and checks the manifest of a backup folder.
     *
     * @throws BackupException naming the folder when it is missing, unreadable, or not a send-search backup
     */
    public static BackupManifest read(Path directory) {
        if (Files.notExists(directory)) {
            throw new BackupException("The backup folder " + directory + " does not exist.");
        }
        if (!Files.exists(directory)) {
            throw new BackupException(
                    "Cannot read the backup folder " + directory + ": permission denied on the way to it.");
        }
        if (!Files.isDirectory(directory)) {
            throw new BackupException(directory + " is a file, not a backup folder made by send-search backup.");
        }
        Path file = directory.resolve(FILE_NAME);
        BackupManifest manifest;
        try {
            manifest = JSON.readValue(Files.readString(file), BackupManifest.class);
        } catch (NoSuchFileException e) {
            throw new BackupException(directory + " is not a send-search backup: it has no " + FILE_NAME
                    + " (a folder made by send-search backup has one; an unfinished backup does not).");
        } catch (AccessDeniedException e) {
            throw new BackupException(
                    "Cannot read the backup folder " + directory + ": permission denied on " + FILE_NAME + ".");
        } catch (JsonProcessingException e) {
            throw new BackupException("The backup folder " + directory + " is damaged: its " + FILE_NAME
                    + " is not valid (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw new BackupException("Cannot read the backup folder " + directory + ": " + e.getMessage());
        }
        manifest.check(directory);
        return manifest;
    }

    private void check(Path directory) {
        if (format != FORMAT) {
            throw new BackupException("The backup in " + directory + " has format " + format + "; this version of "
                    + "send-search reads format " + FORMAT + ".");
        }
        if (snapshot == null
                || prefix == null
                || documentsIndex == null
                || passagesIndex == null
                || configVersion == null) {
            throw new BackupException("The backup folder " + directory + " is damaged: its " + FILE_NAME
                    + " lacks the snapshot or index names.");
        }
        IndexLayout layout = new IndexLayout(prefix);
        if (layout.kindOf(documentsIndex).orElse(null) != IndexKind.DOCUMENTS
                || layout.kindOf(passagesIndex).orElse(null) != IndexKind.PASSAGES) {
            throw new BackupException("The backup folder " + directory + " is damaged: its " + FILE_NAME
                    + " names indices that are not send-search's (" + documentsIndex + ", " + passagesIndex + ").");
        }
        if (!Files.isRegularFile(directory.resolve("index.latest"))) {
            throw new BackupException("The backup folder " + directory + " is incomplete: it has a " + FILE_NAME
                    + " but no snapshot repository files (index.latest is missing).");
        }
    }
}
