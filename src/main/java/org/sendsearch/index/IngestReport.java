package org.sendsearch.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * What one indexing run did, for people (the {@link #summary()}) and for the API (as JSON, kept
 * in the data folder). Paths are relative to their source, as stored in the index; {@code inputs}
 * are the sources the run refreshed.
 *
 * @param added        new files, by source path
 * @param updated      files whose content changed, re-indexed with all their passages
 * @param unchanged    number of files skipped because their SHA-256 matched the index
 * @param removed      files no longer in the corpus, removed with their passages
 * @param renamed      files found under a new path with the same content
 * @param rejected     files that could not be indexed, each with its reason
 * @param warnings     data-quality warnings extraction gave, for every file now in the index
 * @param bulkSeconds  time bulk requests took, retries included (they overlap with extraction)
 */
public record IngestReport(
        String startedAt,
        double elapsedSeconds,
        List<String> inputs,
        String indexVersion,
        boolean rebuilt,
        String rebuildReason,
        List<String> deletedOrphans,
        int filesSeen,
        List<String> added,
        List<String> updated,
        int unchanged,
        List<String> removed,
        List<Rename> renamed,
        List<RejectedFile> rejected,
        List<DocumentWarning> warnings,
        long passagesWritten,
        long passagesDeleted,
        long bytesRead,
        long bulkBytes,
        long bulkRequests,
        double bulkSeconds) {

    public record Rename(String from, String to) {}

    public record RejectedFile(String path, String reason) {}

    public record DocumentWarning(String sourcePath, String warning) {}

    /** Exit code when everything went in. */
    public static final int OK = 0;
    /** Exit code when some files were rejected but the rest were indexed. */
    public static final int PARTIAL = 3;
    /** Exit code when Elasticsearch stopped answering part-way (see {@link IndexingStoppedException}). */
    public static final int ELASTICSEARCH_STOPPED = 4;
    /** Exit code when Elasticsearch refused writes because its disk passed the flood-stage watermark. */
    public static final int DISK_FULL = 5;

    /** Whether the run changed anything Elasticsearch holds. */
    @JsonProperty("changed")
    public boolean changed() {
        return rebuilt || !added.isEmpty() || !updated.isEmpty() || !removed.isEmpty() || !renamed.isEmpty();
    }

    @JsonProperty("exitCode")
    public int exitCode() {
        return rejected.isEmpty() ? OK : PARTIAL;
    }

    /** Megabytes of input read per second, end to end. */
    @JsonProperty("megabytesPerSecond")
    public double megabytesPerSecond() {
        return elapsedSeconds <= 0 ? 0 : bytesRead / 1048576.0 / elapsedSeconds;
    }

    /** A few lines for the terminal and the log. */
    @JsonIgnore
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Indexed %d files in %.1f s (%.2f MB, %.2f MB/s): %d added, %d updated, "
                        + "%d unchanged, %d removed, %d renamed, %d rejected; %d passages written, %d warnings.",
                filesSeen,
                elapsedSeconds,
                bytesRead / 1048576.0,
                megabytesPerSecond(),
                added.size(),
                updated.size(),
                unchanged,
                removed.size(),
                renamed.size(),
                rejected.size(),
                passagesWritten,
                warnings.size()));
        if (rebuilt) {
            out.append(" Rebuilt the indices (").append(rebuildReason).append(").");
        } else if (!changed()) {
            out.append(" Nothing changed: the index was already up to date.");
        }
        for (RejectedFile file : rejected) {
            out.append(System.lineSeparator())
                    .append("  rejected: ")
                    .append(file.path())
                    .append(": ")
                    .append(file.reason());
        }
        for (Rename rename : renamed) {
            out.append(System.lineSeparator())
                    .append("  renamed: ")
                    .append(rename.from())
                    .append(" -> ")
                    .append(rename.to());
        }
        return out.toString();
    }
}
