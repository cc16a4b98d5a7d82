package org.sendsearch.insights;

import java.util.List;

/**
 * Two areas side by side by theme: for every theme either has findings on, each area's strengths
 * and weaknesses, themes where both have weaknesses first (the shared problems).
 */
public record AreaComparison(String a, String b, List<Row> rows) {
    public AreaComparison {
        rows = List.copyOf(rows);
    }

    /** One theme; either side may be all zeros. */
    public record Row(String theme, String label, ThemeBalance a, ThemeBalance b) {}
}
