package org.sendsearch.index;

/**
 * How far an indexing run has got, for the message when it stops part-way: the files it set out
 * to index, and the last one Elasticsearch confirmed. Written by the walking thread (the total)
 * and the bulk sender's thread (each confirmation), read by whichever thread reports the stop.
 */
final class RunProgress {
    private record Confirmed(int position, String path) {}

    private volatile int totalFiles = -1;
    private volatile Confirmed confirmed;

    void totalFiles(int files) {
        totalFiles = files;
    }

    /** Elasticsearch kept the document of the run's {@code position}th file, {@code path}. */
    void confirmed(int position, String path) {
        confirmed = new Confirmed(position, path);
    }

    IndexingStoppedException.Progress progress() {
        Confirmed last = confirmed;
        return new IndexingStoppedException.Progress(
                totalFiles, last == null ? 0 : last.position(), last == null ? null : last.path());
    }
}
