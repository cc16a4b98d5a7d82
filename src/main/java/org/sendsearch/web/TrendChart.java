package org.sendsearch.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.sendsearch.insights.ThemeMatrix;
import org.sendsearch.web.page.TableRegion;

/**
 * The trend of a matrix counted by inspection over years or frameworks: the share of the
 * inspections of each column that raise each of the most frequent themes, as an SVG line chart
 * drawn on the server (no script; colours from {@code insights.css} classes, as the CSP allows no
 * inline style), and beside it a table with the same numbers ("67% (2 of 3)"), which is what a
 * screen reader and a keyboard user read: the chart itself is one image with a title and a
 * description pointing to the table.
 */
final class TrendChart {
    /** Lines beyond six are no longer told apart; the matrix below has every theme. */
    static final int MAX_THEMES = 6;

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    private TrendChart() {}

    /** The themes charted: those raised in the most inspections, at most {@link #MAX_THEMES}. */
    static List<ThemeMatrix.Row> charted(ThemeMatrix matrix) {
        return matrix.rows().stream()
                .sorted(Comparator.comparingLong(ThemeMatrix.Row::measure).reversed())
                .limit(MAX_THEMES)
                .toList();
    }

    /**
     * Appends the chart and its table to {@code parent}; nothing for a matrix of findings or with
     * no rows.
     *
     * @param columnLabel a column key as people read it ("2021", "Area SEND inspection (from 2023)")
     * @param columnsNoun "year" or "inspection framework"
     */
    static void append(Element parent, ThemeMatrix matrix, Function<String, String> columnLabel, String columnsNoun) {
        if (!matrix.byInspection()
                || matrix.rows().isEmpty()
                || matrix.columns().isEmpty()) {
            return;
        }
        List<ThemeMatrix.Row> rows = charted(matrix);
        List<ThemeMatrix.Column> columns = matrix.columns();
        Element section = parent.appendElement("section")
                .addClass("trend")
                .attr("id", "trend")
                .attr("aria-labelledby", "trend-heading");
        section.appendElement("h2")
                .addClass("heading-m")
                .attr("id", "trend-heading")
                .text("Share of inspections raising each theme, by " + columnsNoun);
        Element svg = section.appendElement("svg")
                .addClass("trend-chart")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT)
                .attr("role", "img")
                .attr("aria-labelledby", "trend-title trend-desc");
        svg.appendElement("title")
                .attr("id", "trend-title")
                .text("Line chart: share of inspections raising each of the " + rows.size()
                        + " most frequent themes, by " + columnsNoun);
        svg.appendElement("desc").attr("id", "trend-desc").text("The same numbers are in the table after the chart.");
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = TOP + plotHeight * (1 - percent / 100.0);
            svg.appendElement("line")
                    .addClass(percent == 0 ? "trend-axis" : "trend-grid")
                    .attr("x1", number(LEFT))
                    .attr("x2", number(WIDTH - RIGHT))
                    .attr("y1", number(y))
                    .attr("y2", number(y));
            svg.appendElement("text")
                    .addClass("trend-label")
                    .attr("x", number(LEFT - 6))
                    .attr("y", number(y + 4))
                    .attr("text-anchor", "end")
                    .text(percent + "%");
        }
        for (int i = 0; i < columns.size(); i++) {
            svg.appendElement("text")
                    .addClass("trend-label")
                    .attr("x", number(x(i, columns.size(), plotWidth)))
                    .attr("y", number(HEIGHT - BOTTOM + 18))
                    .attr("text-anchor", "middle")
                    .text(shortLabel(columnLabel.apply(columns.get(i).key())));
        }
        for (int r = 0; r < rows.size(); r++) {
            ThemeMatrix.Row row = rows.get(r);
            String series = "trend-" + (r + 1);
            StringBuilder points = new StringBuilder();
            Element dots = svg.appendElement("g").addClass(series);
            for (int i = 0; i < columns.size(); i++) {
                ThemeMatrix.Cell cell = row.cells().get(i);
                double share = cell.share() == null ? 0 : cell.share();
                double x = x(i, columns.size(), plotWidth);
                double y = TOP + plotHeight * (1 - share);
                points.append(points.isEmpty() ? "" : " ")
                        .append(number(x))
                        .append(',')
                        .append(number(y));
                dots.appendElement("circle")
                        .addClass("trend-dot")
                        .attr("cx", number(x))
                        .attr("cy", number(y))
                        .attr("r", "4")
                        .appendElement("title")
                        .text(row.label() + ", " + columnLabel.apply(cell.column()) + ": "
                                + shareText(cell.count(), columns.get(i).inspections(), cell.share()));
            }
            dots.prependElement("polyline").addClass("trend-line").attr("points", points.toString());
        }
        Element key = section.appendElement("ul").addClass("trend-key-list").attr("aria-hidden", "true");
        for (int r = 0; r < rows.size(); r++) {
            Element item = key.appendElement("li");
            item.appendElement("span").addClass("trend-key").addClass("trend-" + (r + 1));
            item.appendText(rows.get(r).label());
        }
        overlaps(section, rows, columnsNoun);
        table(section, rows, columns, columnLabel, columnsNoun);
    }

    /**
     * Says which themes' lines lie on top of each other (the same share in every column): only the
     * last drawn shows, and a key of six colours over one line reads as five themes missing.
     */
    private static void overlaps(Element section, List<ThemeMatrix.Row> rows, String columnsNoun) {
        Map<List<Double>, List<String>> bySeries = new LinkedHashMap<>();
        for (ThemeMatrix.Row row : rows) {
            List<Double> series = row.cells().stream()
                    .map(cell -> cell.share() == null ? 0.0 : cell.share())
                    .toList();
            bySeries.computeIfAbsent(series, key -> new ArrayList<>()).add(row.label());
        }
        List<String> sentences = new ArrayList<>();
        for (List<String> labels : bySeries.values()) {
            if (labels.size() > 1) {
                String names = String.join(", ", labels.subList(0, labels.size() - 1)) + " and "
                        + labels.get(labels.size() - 1);
                sentences.add(names + " have the same share in every " + columnsNoun
                        + ", so their lines are drawn on top of each other.");
            }
        }
        if (!sentences.isEmpty()) {
            section.appendElement("p")
                    .addClass("hint")
                    .attr("id", "trend-overlap")
                    .text(String.join(" ", sentences));
        }
    }

    private static void table(
            Element section,
            List<ThemeMatrix.Row> rows,
            List<ThemeMatrix.Column> columns,
            Function<String, String> columnLabel,
            String columnsNoun) {
        Element wrapper = TableRegion.append(section, "trend-caption");
        Element table = wrapper.appendElement("table").addClass("data-table").attr("id", "trend-table");
        table.appendElement("caption")
                .attr("id", "trend-caption")
                .text("The chart's numbers: share of the inspections of each " + columnsNoun
                        + " raising the theme (inspections with it, of the inspections)");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text("Theme");
        for (ThemeMatrix.Column column : columns) {
            head.appendElement("th").attr("scope", "col").addClass("numeric").text(columnLabel.apply(column.key()));
        }
        Element body = table.appendElement("tbody");
        for (ThemeMatrix.Row row : rows) {
            Element tr = body.appendElement("tr").attr("data-theme", row.theme());
            tr.appendElement("th")
                    .attr("scope", "row")
                    .appendElement("a")
                    .attr("href", row.url())
                    .text(row.label());
            for (int i = 0; i < columns.size(); i++) {
                ThemeMatrix.Cell cell = row.cells().get(i);
                Element td = tr.appendElement("td").addClass("numeric").attr("data-column", cell.column());
                String text = shareText(cell.count(), columns.get(i).inspections(), cell.share());
                if (cell.url() == null) {
                    td.text(text);
                } else {
                    td.appendElement("a").attr("href", cell.url()).text(text);
                }
            }
        }
    }

    /** "67% (2 of 3)"; "–" for a column with no inspection. */
    static String shareText(long count, Long inspections, Double share) {
        if (share == null || inspections == null) {
            return "–";
        }
        return Math.round(share * 100) + "% (" + count + " of " + inspections + ")";
    }

    private static String shortLabel(String label) {
        // "Area SEND inspection (from 2023)" → "from 2023"; years stay as they are.
        int open = label.indexOf('(');
        return open >= 0 && label.endsWith(")") ? label.substring(open + 1, label.length() - 1) : label;
    }

    private static double x(int i, int count, double plotWidth) {
        return count == 1 ? LEFT + plotWidth / 2 : LEFT + 12 + (plotWidth - 24) * i / (count - 1);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
