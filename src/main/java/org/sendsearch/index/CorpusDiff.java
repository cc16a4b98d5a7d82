package org.sendsearch.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.sendsearch.index.IndexedState.StoredDocument;
import org.sendsearch.model.PublishedAddress;

/**
 * What an indexing run changes, found by comparing what the documents index holds
 * ({@link IndexedState}) with the files the run walks: each file is unchanged, changed (updated)
 * or new (added), and each stored document no file accounted for is removed, or renamed when a new
 * file has its content. Pure: it reads no file and writes nothing, so every rule is tested with
 * literal inputs; the run tells it what it found, in walk order, and writes what it decides.
 *
 * <p>The rules:
 * <ul>
 *   <li>a file may be skipped unextracted only outside a rebuild, when the index holds it for the
 *       same source, its SHA-256 matches and so does the address its source's list of published
 *       addresses gives it;</li>
 *   <li>a stored document is looked up by source and path, and a document indexed before sources
 *       were kept (no source) counts for a file of any source;</li>
 *   <li>a stored document accounted for (written again, skipped, or kept because its file or source
 *       could not be read this time) is never removed;</li>
 *   <li>one not accounted for is removed only if its source was walked (or in a rebuild, which keeps
 *       only what it walked or copied); it is a rename when a file added in this run has its SHA-256
 *       (the first such file, and each added file names one rename at most).</li>
 * </ul>
 *
 * <p>{@link #stored} and {@link #unchanged(StoredDocument, String, String, Supplier)} read only the
 * immutable stored state and may be called from any thread; the recording methods are for one
 * thread, the one walking the files.
 */
final class CorpusDiff {
    /** A stored document no file accounted for: gone, or found again under {@code renamedTo} (else null). */
    record Removal(StoredDocument stored, String renamedTo) {}

    /** What the run changed, by source path, in the order it met them. */
    record Result(
            List<String> added,
            List<String> updated,
            int unchanged,
            List<String> removed,
            List<IngestReport.Rename> renamed) {}

    private final IndexedState previous;
    private final boolean rebuild;
    /** Ids of the stored documents this run accounted for: written again, unchanged or kept. */
    private final Set<String> seen = new HashSet<>();

    private final Set<String> added = new LinkedHashSet<>();
    /** The first file added in this run with each SHA-256, for renames. */
    private final Map<String, String> addedBySha = new HashMap<>();

    private final List<String> updated = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    private final List<IngestReport.Rename> renamed = new ArrayList<>();
    private int unchanged;

    /** @param rebuild whether every file is written into new indices, so none is skipped and none deleted one by one */
    CorpusDiff(IndexedState previous, boolean rebuild) {
        this.previous = previous;
        this.rebuild = rebuild;
    }

    boolean rebuild() {
        return rebuild;
    }

    /** What the index holds for the file at {@code sourcePath} of {@code source} (a {@link Source#path}), or null. */
    StoredDocument stored(String source, String sourcePath) {
        StoredDocument stored = previous.find(source, sourcePath);
        return stored != null ? stored : previous.find(null, sourcePath);
    }

    /**
     * Whether a file of {@code source} whose stored document is {@code stored} (null: none) can be
     * skipped: its bytes are the same, and so is the address the source's list of published
     * addresses gives it ({@code listedUrl}, null for none), so that editing the list re-indexes
     * the files whose line changed. {@code fileSha} (the file's SHA-256, null if unreadable) is
     * asked for only when the answer depends on it, so a file the index does not hold is not
     * hashed for nothing.
     */
    boolean unchanged(StoredDocument stored, String source, String listedUrl, Supplier<String> fileSha) {
        return stored != null
                && !rebuild
                && source.equals(stored.source())
                && Objects.equals(stored.listedUrl(), listedUrl)
                && stored.sha256().equals(fileSha.get());
    }

    /** Records a file skipped as {@link #unchanged(StoredDocument, String, String, Supplier) unchanged}. */
    void skipped(StoredDocument stored) {
        seen.add(stored.id());
        unchanged++;
    }

    /**
     * Records that the file {@code stored} was indexed from is being written again, before any of
     * its entries are: from now on it is accounted for, whatever happens to the write. Null is
     * allowed (a new file) and ignored.
     */
    void rewriting(StoredDocument stored) {
        if (stored != null) {
            seen.add(stored.id());
        }
    }

    /**
     * Records a file written: added when the index held nothing for it, unchanged when it held the
     * same content with the same published address (a rebuild, or a file moving to a source),
     * updated otherwise.
     */
    void written(StoredDocument stored, String sourcePath, String sha256, PublishedAddress address) {
        if (stored == null) {
            added.add(sourcePath);
            addedBySha.putIfAbsent(sha256, sourcePath);
        } else if (stored.sha256().equals(sha256) && Objects.equals(stored.publishedAddress(), address)) {
            unchanged++;
        } else {
            updated.add(sourcePath);
        }
    }

    /** Keeps what the index holds for a file that is there but could not be read; returns 1 if it held one not yet kept. */
    int keepFile(String source, String sourcePath) {
        StoredDocument stored = stored(source, sourcePath);
        return stored != null && seen.add(stored.id()) ? 1 : 0;
    }

    /**
     * Keeps the documents of {@code source} under the folder {@code folderPath} (all of them when
     * {@code wholeSource}), a folder that is there but could not be listed; returns how many were
     * not yet kept.
     */
    int keepFolder(String source, String folderPath, boolean wholeSource) {
        int kept = 0;
        for (StoredDocument stored : previous.documents()) {
            if (source.equals(stored.source())
                    && (wholeSource || stored.sourcePath().startsWith(folderPath + "/"))
                    && seen.add(stored.id())) {
                kept++;
            }
        }
        return kept;
    }

    /** Keeps every document of a source that cannot be walked; returns how many were not yet kept. */
    int keepSource(String source) {
        int kept = 0;
        for (StoredDocument stored : previous.documents()) {
            if (source.equals(stored.source()) && seen.add(stored.id())) {
                kept++;
            }
        }
        return kept;
    }

    /**
     * Once every file is recorded: the stored documents no file accounted for, of the sources in
     * {@code walked} (of every source in a rebuild), each removed or renamed. Call once.
     */
    List<Removal> missing(Set<String> walked) {
        List<Removal> missing = new ArrayList<>();
        for (StoredDocument stored : previous.documents()) {
            boolean ofWalkedSource = stored.source() != null && walked.contains(stored.source());
            if (seen.contains(stored.id()) || (!rebuild && !ofWalkedSource)) {
                continue;
            }
            String newPath = addedBySha.get(stored.sha256());
            if (newPath != null && added.remove(newPath)) {
                renamed.add(new IngestReport.Rename(stored.sourcePath(), newPath));
                missing.add(new Removal(stored, newPath));
            } else {
                removed.add(stored.sourcePath());
                missing.add(new Removal(stored, null));
            }
        }
        return missing;
    }

    /** Takes back a file recorded as added or updated whose document Elasticsearch did not keep. */
    void notWritten(String sourcePath) {
        added.remove(sourcePath);
        updated.remove(sourcePath);
    }

    Result result() {
        return new Result(
                List.copyOf(added), List.copyOf(updated), unchanged, List.copyOf(removed), List.copyOf(renamed));
    }
}
