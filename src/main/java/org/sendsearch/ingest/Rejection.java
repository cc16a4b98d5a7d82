package org.sendsearch.ingest;

import java.nio.file.Path;

/**
 * A file that is not a readable document, with a one-line reason a person can act on
 * ("binary content", "larger than the 50 MB limit", ...).
 */
public record Rejection(Path file, String reason) implements ExtractionOutcome {

    /** The line the extract command prints for this reject. */
    public String line() {
        return "rejected: " + file + ": " + reason;
    }
}
