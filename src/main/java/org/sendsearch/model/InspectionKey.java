package org.sendsearch.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The key of one inspection: its area, framework and last day ("knowsley-2016-2022-03-18"). The
 * extraction gives it to every document that names the inspection's dates, and research counts
 * distinct keys to count inspections; the area pages' inspection records carry the same key.
 */
public final class InspectionKey {
    private InspectionKey() {}

    /** The key, or null when the area or the last day is unknown. */
    public static String of(String area, Framework framework, LocalDate end) {
        if (area == null || end == null) {
            return null;
        }
        String slug =
                area.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug + "-" + (framework == null ? "unknown" : framework.id()) + "-" + end;
    }
}
