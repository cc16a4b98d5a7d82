package org.sendsearch.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a search returns: single findings (passages, the default, because people look for what
 * inspectors said about something) or whole documents.
 */
public enum Scope {
    PASSAGES("passages", "Findings"),
    DOCUMENTS("documents", "Documents");

    private final String id;
    private final String label;

    Scope(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value of the {@code scope} parameter. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<Scope> byId(String id) {
        return Arrays.stream(values()).filter(scope -> scope.id.equals(id)).findFirst();
    }
}
