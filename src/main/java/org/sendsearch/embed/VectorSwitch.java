package org.sendsearch.embed;

import java.util.Locale;

/**
 * Whether semantic retrieval is on: vectors filled in after indexing and a kNN query beside the
 * lexical one. On unless the system property {@code sendsearch.vectors} or the environment variable
 * {@code SENDSEARCH_VECTORS} says {@code off} (or {@code false}, {@code no}, {@code 0}); the property
 * wins. Off, indexing writes no vectors and search is lexical only, as on a machine where the model
 * cannot load.
 */
public final class VectorSwitch {
    /** The system property read first. */
    public static final String PROPERTY = "sendsearch.vectors";
    /** The environment variable read when the property is not set. */
    public static final String VARIABLE = "SENDSEARCH_VECTORS";

    private VectorSwitch() {}

    /** Whether vectors are on for this process. */
    public static boolean enabled() {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            value = System.getenv(VARIABLE);
        }
        return value == null || !switchedOff(value);
    }

    static boolean switchedOff(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "off", "false", "no", "0" -> true;
            default -> false;
        };
    }
}
