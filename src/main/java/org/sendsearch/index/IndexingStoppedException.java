package org.sendsearch.index;

/**
 * Indexing stopped part-way for a reason outside the files: Elasticsearch stopped answering, or
 * its disk filled up. The message is written for the person running the command: what happened,
 * how far the run got, and what to do. What the index holds stays consistent (a document entry is
 * only written once all its passages are in), so running again completes the work.
 */
public final class IndexingStoppedException extends RuntimeException {
    /** Why indexing stopped, each with its own exit code of the {@code index} command. */
    public enum Reason {
        ELASTICSEARCH_STOPPED(IngestReport.ELASTICSEARCH_STOPPED),
        DISK_FULL(IngestReport.DISK_FULL);

        private final int exitCode;

        Reason(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /**
     * How far a run got when it stopped.
     *
     * @param totalFiles         files the run set out to index (-1 if it stopped before counting them)
     * @param confirmedPosition  the walk position (1-based) of the last file Elasticsearch confirmed, 0 if none
     * @param confirmedPath      that file's source path, or null
     */
    public record Progress(int totalFiles, int confirmedPosition, String confirmedPath) {
        String describe() {
            if (totalFiles < 0) {
                return "before any file was indexed";
            }
            String after = "after " + confirmedPosition + " of " + totalFiles + " files";
            return confirmedPath == null
                    ? after + ": no file of this run was confirmed, so any of them may be missing from the index"
                    : after + ": the last file it confirmed was " + confirmedPath
                            + ", and files after it may be missing from the index";
        }
    }

    private final Reason reason;
    private final Progress progress;

    private IndexingStoppedException(Reason reason, Progress progress, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.progress = progress;
    }

    /**
     * @param elasticsearch how to name Elasticsearch in the message, e.g. "Elasticsearch at http://127.0.0.1:9200"
     * @param detail        the last error, in a few words
     */
    static IndexingStoppedException of(
            Reason reason, String elasticsearch, Progress progress, String detail, Throwable cause) {
        String message = switch (reason) {
            case ELASTICSEARCH_STOPPED ->
                elasticsearch + " stopped answering during indexing (" + detail + "), "
                        + progress.describe()
                        + ". Nothing already indexed is lost. When it is back, run again to complete "
                        + "the index: files already in it are skipped.";
            case DISK_FULL ->
                elasticsearch + " refuses writes because its disk is full: usage passed the flood-stage "
                        + "watermark (cluster.routing.allocation.disk.watermark.flood_stage), so its indices are read-only. "
                        + "Indexing stopped " + progress.describe()
                        + ". Free disk space on the Elasticsearch host and run "
                        + "again: Elasticsearch lifts the block by itself once usage is back under the high watermark.";
        };
        return new IndexingStoppedException(reason, progress, message, cause);
    }

    public Reason reason() {
        return reason;
    }

    public Progress progress() {
        return progress;
    }

    /** The exit code of the {@code index} command for this stop. */
    public int exitCode() {
        return reason.exitCode();
    }
}
