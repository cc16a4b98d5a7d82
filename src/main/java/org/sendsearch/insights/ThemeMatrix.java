package org.sendsearch.insights;

import java.util.List;

/**
 * Themes (rows) by local area or year (columns), counting findings or distinct inspections
 * ({@link CountUnit}): where a theme recurs. Rows come most recurrent first (present in the most
 * columns, then with the most inspections or findings). Every count carries the search URL that
 * lists exactly the findings it counts: by inspection, the distinct inspections of those findings.
 *
 * <p>Counting inspections, each row and column also says "N of M inspections": M, the
 * denominator, is every inspection with a document under the same filters as the search (area,
 * year, type, framework, dates...) but whatever its findings' themes, polarity, section or words;
 * N is how many of them have a finding counted. Counting findings, those fields are null.
 *
 * @param pivot       "area" or "year"
 * @param unit        "inspections" or "passages"
 * @param authors     whose documents are counted ({@link Authors#id()})
 * @param polarity    the polarity ids counted (empty: every finding)
 * @param total       findings in the selection, with or without a theme
 * @param inspections by inspection, the denominator M over all columns; else null
 * @param counted     by inspection, the inspections with a finding in the selection; else null
 * @param totalUrl    the search listing the selection's findings
 * @param columns     in display order (areas alphabetically, years oldest first)
 * @param rows        themes that occur at least once in the selection
 */
public record ThemeMatrix(
        String pivot,
        String unit,
        String authors,
        List<String> polarity,
        long total,
        Long inspections,
        Long counted,
        String totalUrl,
        List<Column> columns,
        List<Row> rows) {
    public ThemeMatrix {
        polarity = List.copyOf(polarity);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * One area or year.
     *
     * @param findings    findings of the selection in it (any theme)
     * @param inspections by inspection, the inspections in it under the filters (M); else null
     * @param counted     by inspection, those with a finding of the selection (N); else null
     * @param share       counted / inspections, 0 to 1; null counting findings or when M is 0
     */
    public record Column(String key, long findings, Long inspections, Long counted, Double share, String url) {}

    /**
     * @param recurrence  in how many columns the theme has at least one finding
     * @param findings    findings with the theme (each counted once however many columns)
     * @param inspections by inspection, the distinct inspections with the theme (N); else null
     * @param share       by inspection, N over the matrix's {@code inspections}; else null
     * @param cells       one per column, in column order, zeros included
     */
    public record Row(
            String theme,
            String label,
            int recurrence,
            long findings,
            Long inspections,
            Double share,
            String url,
            List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** What the row is ranked and shown by: inspections, or findings. */
        public long measure() {
            return inspections == null ? findings : inspections;
        }
    }

    /**
     * @param count inspections or findings, as the matrix's unit says
     * @param share by inspection, count over the column's inspections; else null
     * @param heat  0 for none, else 1 (few) to 5 (the most): the colour bucket, relative to the
     *              largest cell (findings) or to the whole column (inspections)
     * @param url   the search listing these findings, or null when there are none
     */
    public record Cell(String column, long count, Double share, int heat, String url) {}

    /** Whether counts are of inspections. */
    public boolean byInspection() {
        return CountUnit.INSPECTIONS.id().equals(unit);
    }

    /** The largest cell, for scales and captions. */
    public long maxCell() {
        return rows.stream()
                .flatMap(row -> row.cells().stream())
                .mapToLong(Cell::count)
                .max()
                .orElse(0);
    }
}
