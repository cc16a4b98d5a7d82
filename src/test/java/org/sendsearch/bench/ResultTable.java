package org.sendsearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's findings as a Markdown table: area, measure, figure, target and whether it is met. */
final class ResultTable {
    private record Row(String area, String measure, String figure, String target, Boolean met) {}

    private final int docs;
    private final List<String> notes = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    ResultTable(int docs) {
        this.docs = docs;
    }

    void note(String name, String text) {
        notes.add(name + ": " + text);
        System.out.println(name + ": " + text);
    }

    void row(String area, String measure, String figure, String target, Boolean met) {
        Row row = new Row(area, measure, figure, target, met);
        rows.add(row);
        System.out.println(line(row)); // as it happens, in case the run is stopped
    }

    String markdown() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "### %,d documents%n%n", docs));
        notes.forEach(note -> out.append("- ").append(note).append('\n'));
        out.append("\n| area | measure | result | target | met |\n| --- | --- | --- | --- | --- |\n");
        rows.forEach(row -> out.append(line(row)).append('\n'));
        return out.toString();
    }

    private static String line(Row row) {
        return "| " + row.area() + " | " + row.measure().replace("|", "\\|") + " | " + row.figure() + " | "
                + (row.target() == null ? "" : row.target()) + " | "
                + (row.met() == null ? "" : row.met() ? "yes" : "**no**") + " |";
    }
}
