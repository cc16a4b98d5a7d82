package org.sendsearch.insights;

import java.util.Locale;
import org.sendsearch.search.InvalidSearchException;

/**
 * What a matrix cell counts. Researchers count inspections ("an area for improvement in 69% of
 * inspections"): one letter with nine passages on EHC plans is one inspection, not nine. Counting
 * passages stays available, as the measure of how much was written.
 */
public enum CountUnit {
    /** Distinct inspections ({@code inspectionId}) with at least one finding in the cell. */
    INSPECTIONS("inspections", "inspections"),
    /** Findings (passages), as the matrix counted before. */
    PASSAGES("passages", "findings");

    private final String id;
    private final String noun;

    CountUnit(String id, String noun) {
        this.id = id;
        this.noun = noun;
    }

    /** The value of the {@code unit} parameter. */
    public String id() {
        return id;
    }

    /** What a count is a number of, in words ("inspections", "findings"). */
    public String noun() {
        return noun;
    }

    /** The unit named by {@code value}; {@code fallback} when it is absent. */
    public static CountUnit parse(String value, CountUnit fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "inspections" -> INSPECTIONS;
            case "passages" -> PASSAGES;
            default ->
                throw new InvalidSearchException("unit must be 'inspections' or 'passages', not '"
                        + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'.");
        };
    }
}
