package org.sendsearch.index;

/** What the last refresh of a {@link Source} found on disk. */
public enum SourceState {
    /** It was read, and its documents are in line with its files. */
    INDEXED,
    /** It was not there: its documents were kept, as they were. */
    MISSING,
    /** It was there but could not be listed or read: its documents were kept, as they were. */
    UNREADABLE;

    /** How {@code send-search sources} prints it. */
    public String label() {
        return switch (this) {
            case INDEXED -> "ok";
            case MISSING -> "missing on disk";
            case UNREADABLE -> "unreadable";
        };
    }
}
