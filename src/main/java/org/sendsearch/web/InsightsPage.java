package org.sendsearch.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.sendsearch.insights.Authors;
import org.sendsearch.insights.CountUnit;
import org.sendsearch.insights.Phrase;
import org.sendsearch.insights.Pivot;
import org.sendsearch.insights.ThemeMatrix;
import org.sendsearch.search.Facet;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.web.page.ErrorSummary;
import org.sendsearch.web.page.FieldError;
import org.sendsearch.web.page.HeadedSection;
import org.sendsearch.web.page.Nav;
import org.sendsearch.web.page.Page;
import org.sendsearch.web.page.ResultCount;
import org.sendsearch.web.page.SearchState;
import org.sendsearch.web.page.SelectField;
import org.sendsearch.web.page.TableHead;
import org.sendsearch.web.page.TableRegion;

/**
 * The insights page: a form to narrow the findings, the theme matrix as a real table (caption,
 * header cells with scope) coloured as a heatmap by CSS classes ({@code heat-0} to {@code heat-5},
 * no inline styles under the CSP), and the characteristic words. Every number is a link to the
 * search listing the findings it counts.
 */
final class InsightsPage {
    private static final Map<String, String> POLARITY_CHOICES = Map.of(
            "weakness", "Weaknesses (with significant weaknesses)",
            "strength", "Strengths",
            "significant-weakness", "Significant weaknesses only",
            "area-for-improvement", "Areas for improvement (2023 reports)",
            "priority-action", "Areas for priority action (2023 reports)",
            "all", "All findings");
    private static final List<String> CHOICE_ORDER =
            List.of("weakness", "strength", "significant-weakness", "area-for-improvement", "priority-action", "all");
    /** What the form sets itself, or the matrix does not use: not carried as hidden state. */
    private static final Set<String> KEPT_ELSEWHERE = Set.of("q", Facet.POLARITY.param(), "scope", "sort", "size");

    private final Vocabulary vocabulary;

    InsightsPage(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    String render(SearchQuery search, Pivot pivot, String polarity, ThemeMatrix matrix, List<Phrase> phrases) {
        return render(search, pivot, polarity, matrix, phrases, null);
    }

    /**
     * @param error a refused parameter, shown above the page ("Error: " in its title, a summary
     *              linking to the field) and beside the words when they were the problem; or null
     */
    String render(
            SearchQuery search,
            Pivot pivot,
            String polarity,
            ThemeMatrix matrix,
            List<Phrase> phrases,
            FieldError error) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        Page page = Page.research(error == null ? "Recurring themes" : "Error: Recurring themes", Nav.INSIGHTS);
        Element main = page.main();
        if (error != null) {
            ErrorSummary.append(main, error);
        }
        main.appendElement("h1").addClass("heading-l").text("Recurring themes across local areas");
        CountUnit unit = CountUnit.parse(matrix.unit(), CountUnit.INSPECTIONS);
        Authors authors = Authors.parse(matrix.authors(), Authors.ALL);
        main.appendElement("p")
                .addClass("body")
                .text("Which themes inspectors raise again and again, and where. "
                        + (unit == CountUnit.INSPECTIONS
                                ? "Each number counts inspections (an inspection whose letter or report has "
                                        + "several findings on a theme counts once) and links to the findings behind it."
                                : "Each number counts findings and links to the search that lists them."));
        form(main, search, pivot, polarity, unit, authors, error);

        String what = POLARITY_CHOICES.getOrDefault(polarity, "Findings");
        Element summary = main.appendElement("p").addClass("body").attr("id", "matrix-summary");
        if (matrix.byInspection()) {
            summary.appendElement("a")
                    .attr("href", matrix.totalUrl())
                    .text(number.format(matrix.counted()) + " of " + number.format(matrix.inspections()) + " "
                            + (matrix.inspections() == 1 ? "inspection" : "inspections"));
            summary.appendText(" have " + what.toLowerCase(Locale.UK) + " counted, in " + authors.label()
                    + describeFilters(search) + " (" + ResultCount.of(matrix.total(), Scope.PASSAGES) + ").");
        } else {
            summary.appendElement("a")
                    .attr("href", matrix.totalUrl())
                    .text(ResultCount.of(matrix.total(), Scope.PASSAGES));
            summary.appendText(" counted: " + what.toLowerCase(Locale.UK) + " in " + authors.label()
                    + describeFilters(search) + ".");
        }

        if (matrix.rows().isEmpty()) {
            main.appendElement("p")
                    .addClass("no-results")
                    .text("No finding with a theme matches. Remove a filter or change the words.");
        } else {
            if (pivot != Pivot.AREA) {
                TrendChart.append(
                        main,
                        matrix,
                        key -> pivot == Pivot.FRAMEWORK ? vocabulary.label(Facet.FRAMEWORK, key) : key,
                        pivot.label().toLowerCase(Locale.UK));
            }
            table(main, matrix, pivot, what, number);
            legend(main, matrix);
            main.appendElement("p")
                    .addClass("body")
                    .appendElement("a")
                    .attr("id", "matrix-csv")
                    .attr("href", csvUrl(search, pivot, unit, authors))
                    .attr("download", "")
                    .text("Download this table (CSV)");
        }
        phrases(main, phrases);
        Element more = main.appendElement("p").addClass("body");
        more.appendText("See also ");
        more.appendElement("a").attr("href", "/areas").text("every local area's timeline and themes");
        more.appendText(", and ");
        more.appendElement("a").attr("href", "/insights/outcomes").text("the inspections' outcomes by year and region");
        more.appendText(".");
        return page.render();
    }

    /** The CSV of the table shown: the same search and the page's own choices. */
    static String csvUrl(SearchQuery search, Pivot pivot, CountUnit unit, Authors authors) {
        String query = search.withPage(1).toQueryString();
        return "/api/insights/matrix.csv?" + (query.isEmpty() ? "" : query + "&") + "pivot=" + pivot.id() + "&unit="
                + unit.id() + "&authors=" + authors.id();
    }

    private void form(
            Element main,
            SearchQuery search,
            Pivot pivot,
            String polarity,
            CountUnit unit,
            Authors authors,
            FieldError error) {
        Element form = main.appendElement("form")
                .addClass("insights-form")
                .attr("action", "/insights")
                .attr("method", "get");
        Element q = form.appendElement("div").addClass("form-group");
        q.appendElement("label")
                .addClass("label")
                .attr("for", "insights-q")
                .text("Only findings with these words (optional)");
        boolean wrong = error != null && error.fieldId().equals("insights-q");
        if (wrong) {
            q.addClass("form-group-error");
            error.appendMessage(q);
        }
        Element input = q.appendElement("input")
                .attr("type", "search")
                .attr("id", "insights-q")
                .attr("name", "q")
                .attr("value", search.query())
                .attr("maxlength", Integer.toString(SearchQuery.MAX_QUERY_LENGTH))
                .addClass("input");
        if (wrong) {
            input.addClass("input-error").attr("aria-describedby", error.messageId());
        }
        Element row = form.appendElement("div").addClass("insights-controls");
        SelectField.append(
                row,
                "insights-polarity",
                "polarity",
                "Count",
                CHOICE_ORDER,
                choice -> choice,
                POLARITY_CHOICES::get,
                polarity);
        SelectField.append(
                row,
                "insights-pivot",
                "pivot",
                "Columns",
                List.of(Pivot.values()),
                Pivot::id,
                option -> switch (option) {
                    case AREA -> "Local areas";
                    case YEAR -> "Years";
                    case FRAMEWORK -> "Inspection frameworks";
                },
                pivot);
        SelectField.append(
                row,
                "insights-unit",
                "unit",
                "Numbers",
                List.of(CountUnit.values()),
                CountUnit::id,
                option -> option == CountUnit.INSPECTIONS ? "Inspections" : "Findings",
                unit);
        SelectField.append(
                row,
                "insights-authors",
                "authors",
                "In",
                List.of(Authors.values()),
                Authors::id,
                option -> option.label().substring(0, 1).toUpperCase(Locale.UK)
                        + option.label().substring(1),
                authors);
        // Other filters and the dates (from a link) are kept; the words and the polarity are this form's own.
        SearchState.keep(form, search, KEPT_ELSEWHERE);
        row.appendElement("button").attr("type", "submit").addClass("button").text("Show");
    }

    private String describeFilters(SearchQuery search) {
        StringBuilder text = new StringBuilder();
        search.filters().forEach((facet, values) -> {
            if (facet != Facet.POLARITY) {
                text.append(", ")
                        .append(facet.label().toLowerCase(Locale.UK))
                        .append(": ")
                        .append(String.join(
                                " or ",
                                values.stream()
                                        .map(v -> vocabulary.label(facet, v))
                                        .toList()));
            }
        });
        if (search.hasQuery()) {
            text.append(", with the words ‘").append(search.query()).append("’");
        }
        return text.toString();
    }

    private void table(Element main, ThemeMatrix matrix, Pivot pivot, String what, NumberFormat number) {
        Element wrapper = TableRegion.append(main, "matrix-caption");
        Element table = wrapper.appendElement("table").addClass("heatmap").attr("id", "theme-matrix");
        table.appendElement("caption")
                .attr("id", "matrix-caption")
                .text(what + " by theme and "
                        + pivot.label().toLowerCase(Locale.UK)
                        + (matrix.byInspection()
                                ? ": number of inspections with at least one such finding, of the inspections"
                                        + " in the column. Themes recurring in the most "
                                : ": number of findings. Themes recurring in the most ")
                        + pivot.plural() + " first.");
        TableHead head = TableHead.of(table).column("Theme");
        for (ThemeMatrix.Column column : matrix.columns()) {
            head.numericCell()
                    .appendElement("a")
                    .attr("href", column.url())
                    .text(pivot == Pivot.FRAMEWORK ? vocabulary.label(Facet.FRAMEWORK, column.key()) : column.key());
        }
        head.numeric(pivot.plural().substring(0, 1).toUpperCase(Locale.UK)
                        + pivot.plural().substring(1) + " with it")
                .numeric(matrix.byInspection() ? "Inspections with it" : "Findings");
        Element body = table.appendElement("tbody");
        for (ThemeMatrix.Row row : matrix.rows()) {
            Element tr = body.appendElement("tr").attr("data-theme", row.theme());
            tr.appendElement("th")
                    .attr("scope", "row")
                    .appendElement("a")
                    .attr("href", row.url())
                    .text(row.label());
            for (ThemeMatrix.Cell cell : row.cells()) {
                Element td = tr.appendElement("td")
                        .addClass("numeric")
                        .addClass("heat-" + cell.heat())
                        .attr("data-column", cell.column());
                if (cell.url() == null) {
                    td.text("0");
                } else {
                    td.appendElement("a").attr("href", cell.url()).text(number.format(cell.count()));
                }
            }
            tr.appendElement("td")
                    .addClass("numeric")
                    .addClass("recurrence")
                    .appendElement("a")
                    .attr("href", row.url())
                    .text(Integer.toString(row.recurrence()));
            tr.appendElement("td")
                    .addClass("numeric")
                    .appendElement("a")
                    .attr("href", row.url())
                    .text(
                            matrix.byInspection()
                                    ? ofInspections(row.inspections(), matrix.inspections(), row.share(), number)
                                    : number.format(row.findings()));
        }
        if (matrix.byInspection()) {
            Element foot = table.appendElement("tfoot").appendElement("tr");
            foot.appendElement("th").attr("scope", "row").text("Inspections with a finding counted");
            for (ThemeMatrix.Column column : matrix.columns()) {
                foot.appendElement("td")
                        .addClass("numeric")
                        .appendElement("a")
                        .attr("href", column.url())
                        .text(ofInspections(column.counted(), column.inspections(), column.share(), number));
            }
            foot.appendElement("td");
            foot.appendElement("td")
                    .addClass("numeric")
                    .appendElement("a")
                    .attr("href", matrix.totalUrl())
                    .text(ofInspections(
                            matrix.counted(),
                            matrix.inspections(),
                            matrix.inspections() == 0 ? null : (double) matrix.counted() / matrix.inspections(),
                            number));
            return;
        }
        Element foot = table.appendElement("tfoot").appendElement("tr");
        foot.appendElement("th").attr("scope", "row").text("Findings in the selection");
        for (ThemeMatrix.Column column : matrix.columns()) {
            foot.appendElement("td")
                    .addClass("numeric")
                    .appendElement("a")
                    .attr("href", column.url())
                    .text(number.format(column.findings()));
        }
        foot.appendElement("td");
        foot.appendElement("td")
                .addClass("numeric")
                .appendElement("a")
                .attr("href", matrix.totalUrl())
                .text(number.format(matrix.total()));
    }

    /** "2 of 3 (67%)". */
    static String ofInspections(long n, long m, Double share, NumberFormat number) {
        return number.format(n) + " of " + number.format(m)
                + (share == null ? "" : " (" + Math.round(share * 100) + "%)");
    }

    private static void legend(Element main, ThemeMatrix matrix) {
        if (matrix.byInspection()) {
            Element legend = main.appendElement("div").addClass("heat-legend").attr("aria-hidden", "true");
            legend.appendElement("span").addClass("heat-legend-label").text("None");
            for (int bucket = 0; bucket <= 5; bucket++) {
                legend.appendElement("span").addClass("heat-swatch").addClass("heat-" + bucket);
            }
            legend.appendElement("span").addClass("heat-legend-label").text("Every inspection in the column");
            return;
        }
        long max = matrix.maxCell();
        Element legend = main.appendElement("div").addClass("heat-legend").attr("aria-hidden", "true");
        legend.appendElement("span").addClass("heat-legend-label").text("Fewer");
        for (int bucket = 0; bucket <= 5; bucket++) {
            legend.appendElement("span").addClass("heat-swatch").addClass("heat-" + bucket);
        }
        legend.appendElement("span").addClass("heat-legend-label").text("More (largest cell: " + max + ")");
    }

    private static void phrases(Element main, List<Phrase> phrases) {
        Element section = HeadedSection.append(main, "phrases", "phrases-heading", "Characteristic wording");
        section.appendElement("p")
                .addClass("hint")
                .text(
                        "Words and phrases used far more in these findings than in the "
                                + "whole collection, with how many of these findings use them (of all findings). Each links to those findings.");
        if (phrases.isEmpty()) {
            section.appendElement("p")
                    .text("Nothing stands out: the selection is too small or is the whole collection.");
            return;
        }
        Element list = section.appendElement("ul").addClass("phrase-list");
        for (Phrase phrase : phrases) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", phrase.url()).text(phrase.text());
            item.appendElement("span")
                    .addClass("count")
                    .text(" (" + phrase.findings() + " of " + phrase.collection() + ")");
        }
    }
}
