package org.sendsearch.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;
import org.sendsearch.insights.Selections;
import org.sendsearch.search.Facet;
import org.sendsearch.search.FacetValue;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.web.page.ResultCount;

/**
 * The results of a search by year, as a small histogram under the results: one link per year
 * (oldest first) that narrows the search to that year as a date range ({@code from}/{@code to},
 * which the search's own date fields then show), with a bar whose length is a CSS class in tenths
 * of the busiest year ({@code hist-w0} to {@code hist-w10}; no inline style under the CSP). Plain
 * links in a list: it works without JavaScript and by keyboard, and a screen reader reads "2019:
 * 12 findings". The counts are the search's year facet, which counts every other filter but not
 * a chosen year, so the other years stay visible.
 */
final class YearHistogram {
    private YearHistogram() {}

    static void append(Element parent, SearchQuery request, List<FacetValue> years) {
        List<FacetValue> shown = years.stream()
                .filter(year -> year.count() > 0 && year.value().matches("\\d{4}"))
                .sorted(Comparator.comparing(FacetValue::value))
                .toList();
        if (shown.size() < 2) {
            return;
        }
        long max = shown.stream().mapToLong(FacetValue::count).max().orElse(1);
        Element section = parent.appendElement("section")
                .addClass("year-histogram")
                .attr("id", "year-histogram")
                .attr("aria-labelledby", "year-histogram-heading");
        section.appendElement("h2")
                .addClass("heading-s")
                .attr("id", "year-histogram-heading")
                .text("Results by year");
        Element list = section.appendElement("ol").addClass("histogram");
        for (FacetValue year : shown) {
            int tenths = (int) Math.max(1, Math.round(10.0 * year.count() / max));
            Element item = list.appendElement("li").attr("data-year", year.value());
            item.appendElement("a")
                    .attr("href", Selections.searchUrl(inYear(request, Integer.parseInt(year.value()))))
                    .text(year.value() + ": " + ResultCount.of(year.count(), request.scope()));
            item.appendElement("span")
                    .addClass("histogram-bar")
                    .addClass("hist-w" + tenths)
                    .attr("aria-hidden", "true");
        }
        parent.appendElement("link").attr("rel", "stylesheet").attr("href", "/insights.css");
    }

    /** The same search within one calendar year, as a date range (any year filter dropped). */
    static SearchQuery inYear(SearchQuery request, int year) {
        SearchQuery base = request;
        for (String value : request.values(Facet.YEAR)) {
            base = base.withoutFilter(Facet.YEAR, value);
        }
        return new SearchQuery(
                base.query(),
                base.scope() == null ? Scope.PASSAGES : base.scope(),
                base.filters(),
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                base.sort(),
                1,
                base.size());
    }
}
