package org.sendsearch.index;

/**
 * The two indices send-search keeps: one entry per source file, and one per finding. Each is read
 * through an alias and configured by its own file in {@code index-config/}.
 */
public enum IndexKind {
    DOCUMENTS("documents"),
    PASSAGES("passages");

    private final String id;

    IndexKind(String id) {
        this.id = id;
    }

    /** The word used in alias and index names ("documents"). */
    public String id() {
        return id;
    }

    /** The {@code index-config/} file holding this index's settings and mappings. */
    public String configFile() {
        return id + ".json";
    }
}
