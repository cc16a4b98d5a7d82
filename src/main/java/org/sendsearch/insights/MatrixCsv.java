package org.sendsearch.insights;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The theme matrix as the CSV a spreadsheet opens (through {@link CsvWriter}: byte order mark,
 * quoting, formula guard): a row per theme with its count per column, then its total and, by
 * inspection, its share of all inspections in per cent; the last rows give each column's
 * inspections with a finding counted (N) and under the filters (M), or its findings.
 */
public final class MatrixCsv {
    private MatrixCsv() {}

    public static void write(ThemeMatrix matrix, Writer out) throws IOException {
        out.write(CsvWriter.BOM);
        CsvWriter csv = new CsvWriter(out);
        boolean byInspection = matrix.byInspection();
        List<String> head = new ArrayList<>();
        head.add("Theme");
        matrix.columns().forEach(column -> head.add(column.key()));
        String plural = Pivot.parse(matrix.pivot()).plural();
        head.add(plural.substring(0, 1).toUpperCase(Locale.UK) + plural.substring(1) + " with it");
        if (byInspection) {
            head.add("Inspections with it");
            head.add("Share of the inspections (%)");
        } else {
            head.add("Findings");
        }
        csv.row(head);
        for (ThemeMatrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(row.label());
            row.cells().forEach(cell -> cells.add(Long.toString(cell.count())));
            cells.add(Integer.toString(row.recurrence()));
            if (byInspection) {
                cells.add(Long.toString(row.inspections()));
                cells.add(percent(row.share()));
            } else {
                cells.add(Long.toString(row.findings()));
            }
            csv.row(cells);
        }
        if (byInspection) {
            List<String> counted = new ArrayList<>();
            counted.add("Inspections with a finding counted");
            matrix.columns().forEach(column -> counted.add(Long.toString(column.counted())));
            counted.add("");
            counted.add(Long.toString(matrix.counted()));
            counted.add(percent(MatrixService.share(matrix.counted(), matrix.inspections())));
            csv.row(counted);
            List<String> all = new ArrayList<>();
            all.add("Inspections under the filters");
            matrix.columns().forEach(column -> all.add(Long.toString(column.inspections())));
            all.add("");
            all.add(Long.toString(matrix.inspections()));
            all.add("");
            csv.row(all);
        } else {
            List<String> findings = new ArrayList<>();
            findings.add("Findings in the selection");
            matrix.columns().forEach(column -> findings.add(Long.toString(column.findings())));
            findings.add("");
            findings.add(Long.toString(matrix.total()));
            csv.row(findings);
        }
    }

    /** A share as a percentage with one decimal ("66.7"), empty when there is none. */
    static String percent(Double share) {
        return share == null ? "" : String.format(Locale.UK, "%.1f", share * 100);
    }
}
