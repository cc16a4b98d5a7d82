package org.sendsearch.search;

import java.util.Arrays;
import java.util.Optional;

/** How results are ordered: best match first (the default), or by the document's date. */
public enum ResultOrder {
    RELEVANCE("relevance", "Best match"),
    NEWEST("newest", "Newest first"),
    OLDEST("oldest", "Oldest first");

    private final String id;
    private final String label;

    ResultOrder(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value of the {@code sort} parameter. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<ResultOrder> byId(String id) {
        return Arrays.stream(values()).filter(order -> order.id.equals(id)).findFirst();
    }
}
