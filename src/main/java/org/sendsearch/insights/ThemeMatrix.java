package org.sendsearch.insights;

import java.util.List;

/**
 * Themes (rows) by local area or year (columns), counting findings: where a theme recurs. Rows
 * come most recurrent first (present in the most columns, then with the most findings). Every
 * count carries the search URL that lists exactly the findings it counts.
 *
 * @param pivot       "area" or "year"
 * @param polarity    the polarity ids counted (empty: every finding)
 * @param total       findings in the selection, with or without a theme
 * @param totalUrl    the search listing them
 * @param columns     in display order (areas alphabetically, years oldest first)
 * @param rows        themes that occur at least once in the selection
 */
public record ThemeMatrix(
        String pivot, List<String> polarity, long total, String totalUrl, List<Column> columns, List<Row> rows) {
    public ThemeMatrix {
        polarity = List.copyOf(polarity);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One area or year with the findings of the selection in it (any theme). */
    public record Column(String key, long findings, String url) {}

    /**
     * @param recurrence in how many columns the theme has at least one finding
     * @param findings   findings with the theme (each counted once however many columns)
     * @param cells      one per column, in column order, zeros included
     */
    public record Row(String theme, String label, int recurrence, long findings, String url, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param heat 0 for none, else 1 (few) to 5 (the most of any cell): the colour bucket
     * @param url  the search listing these findings, or null when there are none
     */
    public record Cell(String column, long count, int heat, String url) {}

    /** The largest cell, for scales and captions. */
    public long maxCell() {
        return rows.stream()
                .flatMap(row -> row.cells().stream())
                .mapToLong(Cell::count)
                .max()
                .orElse(0);
    }
}
