package org.sendsearch.insights;

import java.util.List;

/**
 * Two to {@value #MAX_AREAS} areas side by side by theme: for every theme any of them has findings
 * on, each area's strengths and weaknesses, in the order the areas were given. Themes where the
 * most areas have weaknesses come first (the shared problems).
 */
public record AreaComparison(List<String> areas, List<Row> rows) {
    /** The most areas one table compares, so that it still reads on a laptop. */
    public static final int MAX_AREAS = 4;

    public AreaComparison {
        areas = List.copyOf(areas);
        rows = List.copyOf(rows);
    }

    /** One theme: a balance per area, in the order of {@link #areas}; any may be all zeros. */
    public record Row(String theme, String label, List<ThemeBalance> balances) {
        public Row {
            balances = List.copyOf(balances);
        }

        /** How many of the areas have weaknesses on this theme. */
        public long areasWithWeaknesses() {
            return balances.stream().filter(balance -> balance.weaknesses() > 0).count();
        }

        /** The weaknesses of every area on this theme, added. */
        public long weaknesses() {
            return balances.stream().mapToLong(ThemeBalance::weaknesses).sum();
        }
    }

    /** The areas named, as "Knowsley and Liverpool" or "Knowsley, Liverpool and Wirral". */
    public String title() {
        if (areas.size() == 1) {
            return areas.get(0);
        }
        return String.join(", ", areas.subList(0, areas.size() - 1)) + " and " + areas.get(areas.size() - 1);
    }
}
