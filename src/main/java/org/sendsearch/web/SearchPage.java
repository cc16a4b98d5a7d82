package org.sendsearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.sendsearch.insights.PhraseUsage;
import org.sendsearch.search.Citation;
import org.sendsearch.search.Facet;
import org.sendsearch.search.FacetValue;
import org.sendsearch.search.ResultOrder;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchHit;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchResult;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.web.page.CiteAs;
import org.sendsearch.web.page.ErrorSummary;
import org.sendsearch.web.page.FacetGroup;
import org.sendsearch.web.page.FieldError;
import org.sendsearch.web.page.Nav;
import org.sendsearch.web.page.Page;
import org.sendsearch.web.page.Pagination;
import org.sendsearch.web.page.ResultCount;
import org.sendsearch.web.page.ResultMeta;
import org.sendsearch.web.page.SearchState;
import org.sendsearch.web.page.SelectField;

/**
 * The search page, rendered on the server so it works without JavaScript: the search box with
 * the scope switch, the facet sidebar (checkbox forms with counts), the chosen filters as
 * removal links, the results with highlighted text and citations, and pagination. Every control
 * is a GET form or link, so the whole state is in the URL and the back button works.
 */
final class SearchPage {
    /**
     * Facets shown folded unless one of their values is chosen: all but the kind of finding, so that
     * the keyboard passes one summary per facet, not every checkbox, on its way to the results.
     */
    private static final Set<Facet> FOLDED = java.util.EnumSet.complementOf(java.util.EnumSet.of(Facet.POLARITY));

    private final Vocabulary vocabulary;

    SearchPage(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param result null when the search could not run (then {@code error} says why)
     * @param error  a message for a refused or failed search, or null
     */
    String render(SearchQuery request, SearchResult result, String error) {
        return render(request, result, error, null);
    }

    /**
     * The same, with the panel on how the search's quoted phrase has been used above the results.
     *
     * @param usage null for no panel (no quoted phrase, or its counts could not be had)
     */
    String render(SearchQuery request, SearchResult result, String error, PhraseUsage usage) {
        String title = request.hasQuery() ? request.query() + " – search" : "Search";
        Page page = Page.titled(error == null ? title : "Error: " + title, Nav.SEARCH);
        Element main = page.main();
        if (error != null) {
            ErrorSummary.append(main, error);
        }
        main.appendElement("h1").addClass("heading-l").text("Search SEND inspection findings");
        searchForm(main, request, null, null);
        if (error != null) {
            return page.render();
        }
        grid(main, request, result, null, Map.of(), usage);
        return page.render();
    }

    /**
     * The page for a request that was refused: "Error: " in the title, the summary linking to the
     * field, the message beside it, and the form (and, when {@code result} is not null, the
     * filters and results) filled from what was kept of the request.
     */
    String render(KeptSearch kept, SearchResult result) {
        SearchQuery request = kept.query();
        String title = request.hasQuery() ? request.query() + " – search" : "Search";
        Page page = Page.titled("Error: " + title, Nav.SEARCH);
        Element main = page.main();
        ErrorSummary.append(main, kept.error());
        main.appendElement("h1").addClass("heading-l").text("Search SEND inspection findings");
        searchForm(main, request, kept.error(), kept.shown());
        if (result != null) {
            grid(main, request, result, kept.error(), kept.typed(), null);
        }
        return page.render();
    }

    private void grid(
            Element main,
            SearchQuery request,
            SearchResult result,
            FieldError error,
            Map<String, String> typed,
            PhraseUsage usage) {
        main.appendElement("p")
                .addClass("skip-to-results")
                .appendElement("a")
                .attr("href", "#results-heading")
                .text("Skip to results");
        // Filters come before the results in the reading (and focus) order at every width.
        Element grid = main.appendElement("div").addClass("grid");
        Element sidebar = grid.appendElement("div").addClass("grid-sidebar");
        Element content = grid.appendElement("div").addClass("grid-main");
        facetForm(sidebar, request, result, error, typed);
        if (usage != null) {
            // Before the results' heading, so that "Skip to results" passes it.
            PhraseUsagePanel.append(content, usage);
        }
        results(content, request, result);
    }

    private void searchForm(Element main, SearchQuery request, FieldError error, String shown) {
        Element form = main.appendElement("form")
                .addClass("search-form")
                .attr("action", "/search")
                .attr("method", "get")
                .attr("role", "search");
        form.appendElement("label")
                .addClass("label")
                .attr("for", "q")
                .text("Search for words, \"exact phrases\", -exclusions");
        form.appendElement("div")
                .addClass("hint")
                .attr("id", "q-hint")
                .text(
                        "For example: EHCP, autism waits, \"tell their story more than once\", transition OR adulthood, assess*");
        boolean wrong = error != null && error.fieldId().equals("q");
        if (wrong) {
            form.addClass("form-group-error");
            error.appendMessage(form);
        }
        Element row = form.appendElement("div").addClass("search-row");
        Element input = row.appendElement("input")
                .attr("type", "search")
                .attr("id", "q")
                .attr("name", "q")
                .attr("value", wrong && shown != null ? shown : request.query())
                .attr("aria-describedby", wrong ? "q-hint " + error.messageId() : "q-hint")
                .attr("autocomplete", "off")
                .attr("spellcheck", "true")
                .attr("maxlength", Integer.toString(SearchQuery.MAX_QUERY_LENGTH))
                .addClass("input");
        if (wrong) {
            input.addClass("input-error");
        }
        row.appendElement("button").attr("type", "submit").addClass("button").text("Search");
        Element scope = form.appendElement("fieldset").addClass("scope");
        scope.appendElement("legend").addClass("legend-inline").text("Show");
        for (Scope option : Scope.values()) {
            Element item = scope.appendElement("div").addClass("radio");
            Element radio = item.appendElement("input")
                    .attr("type", "radio")
                    .attr("name", "scope")
                    .attr("id", "scope-" + option.id())
                    .attr("value", option.id());
            if (option == request.scope()) {
                radio.attr("checked", "");
            }
            item.appendElement("label")
                    .attr("for", "scope-" + option.id())
                    .text(option == Scope.PASSAGES ? "Findings" : "Whole documents");
        }
        // A new search keeps the chosen filters, order and page size.
        SearchState.keep(form, request, Set.of("q", "scope"));
    }

    private void facetForm(
            Element sidebar, SearchQuery request, SearchResult result, FieldError error, Map<String, String> typed) {
        sidebar.appendElement("h2")
                .addClass("heading-m")
                .attr("id", "filters-heading")
                .attr("tabindex", "-1")
                .text("Filter results");
        // Open without JavaScript; on a phone the page script folds it, so the results are a Tab or two away.
        long chosen = request.filters().values().stream().mapToLong(List::size).sum()
                + (request.from() != null || request.to() != null ? 1 : 0);
        Element panel =
                sidebar.appendElement("details").addClass("filter-panel").attr("open", "");
        panel.appendElement("summary")
                .addClass("filter-panel-summary")
                .text(chosen == 0 ? "Filters" : "Filters (" + chosen + " chosen)");
        Element form = panel.appendElement("form")
                .addClass("facets")
                .attr("action", "/search")
                .attr("method", "get")
                .attr("aria-labelledby", "filters-heading");
        SearchState.keep(form, request, SearchState.FILTERS);
        // At the top, as in the "filter a list" pattern: no need to pass every filter to apply one.
        form.appendElement("button")
                .attr("type", "submit")
                .addClass("button")
                .addClass("button-secondary")
                .addClass("apply-filters")
                .text("Apply filters");
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = result.facets().getOrDefault(facet.param(), List.of()).stream()
                    .filter(value -> value.count() > 0 || value.selected())
                    .toList();
            if (!values.isEmpty()) {
                FacetGroup.append(form, facet, values, FOLDED.contains(facet));
            }
        }
        Element dates = form.appendElement("fieldset").addClass("dates");
        dates.appendElement("legend").addClass("legend").text("Document date");
        dates.appendElement("div")
                .addClass("hint")
                .attr("id", "dates-hint")
                .text(
                        "The date printed on the document; a letter printed before its inspection counts by the inspection.");
        dateInput(
                dates,
                "from",
                "From",
                request.from() == null ? "" : request.from().toString(),
                error,
                typed);
        dateInput(dates, "to", "To", request.to() == null ? "" : request.to().toString(), error, typed);
    }

    private static void dateInput(
            Element parent, String name, String label, String value, FieldError error, Map<String, String> typed) {
        String id = "date-" + name;
        boolean wrong = error != null && error.fieldId().equals(id);
        Element group = parent.appendElement("div").addClass("date-field");
        group.appendElement("label").addClass("label-s").attr("for", id).text(label);
        if (wrong) {
            group.addClass("form-group-error");
            error.appendMessage(group);
        }
        Element input = group.appendElement("input")
                .attr("type", "date")
                .attr("id", id)
                .attr("name", name)
                .attr("value", typed.getOrDefault(id, value))
                .attr("aria-describedby", wrong ? "dates-hint " + error.messageId() : "dates-hint")
                .addClass("input");
        if (wrong) {
            input.addClass("input-error");
        }
    }

    private void results(Element content, SearchQuery request, SearchResult result) {
        Element heading = content.appendElement("h2")
                .addClass("heading-m")
                .attr("id", "results-heading")
                .attr("tabindex", "-1");
        heading.text(ResultCount.of(result.total(), request.scope()));
        if (result.resultsFor() != null) {
            Element note = content.appendElement("p").addClass("did-you-mean");
            note.appendText("No results for ");
            note.appendElement("strong").text(request.query());
            note.appendText(". Showing results for ");
            note.appendElement("strong").text(result.resultsFor());
            note.appendText(".");
        } else if (result.suggestion() != null) {
            Element note = content.appendElement("p").addClass("did-you-mean");
            note.appendText("Did you mean ");
            note.appendElement("a")
                    .attr(
                            "href",
                            "/search?" + request.withQuery(result.suggestion()).toQueryString())
                    .text(result.suggestion());
            note.appendText("?");
        }
        if (result.partial()) {
            content.appendElement("p")
                    .addClass("did-you-mean")
                    .text("No finding has enough of your words together, so findings with any of them are shown.");
        }
        if (result.lexicalOnly() != null) {
            // The reason is the engine's ("passages have no vectors yet"): the status page says it for whoever runs the
            // service.
            Element note =
                    content.appendElement("p").addClass("lexical-only").attr("data-reason", result.lexicalOnly());
            note.appendText("Found by your words only: search by meaning is not ready on this service (");
            note.appendElement("a").attr("href", "/status").text("service status");
            note.appendText("). Findings that say the same thing in other words may be missing.");
        }
        activeFilters(content, request);
        orderForm(content, request);
        if (result.hits().isEmpty()) {
            Element empty = content.appendElement("div").addClass("no-results");
            empty.appendElement("p")
                    .text(
                            result.total() == 0
                                    ? "Nothing matched. Try fewer words, check the spelling, or remove a filter."
                                    : "There are no results on this page.");
            return;
        }
        Element list =
                content.appendElement("ol").addClass("results").attr("start", Integer.toString(request.offset() + 1));
        int number = request.offset();
        for (SearchHit hit : result.hits()) {
            resultItem(list, request, hit, ++number);
        }
        Pagination.append(content, request, result.pages());
        InsightsLinks.exportLinks(content, request, result.total());
        YearHistogram.append(content, request, result.facets().getOrDefault(Facet.YEAR.param(), List.of()));
    }

    private void activeFilters(Element content, SearchQuery request) {
        if (!request.hasFilters()) {
            return;
        }
        Element box = content.appendElement("div").addClass("active-filters");
        box.appendElement("h3")
                .addClass("heading-s")
                .attr("id", "active-filters-heading")
                .text("Chosen filters");
        Element list =
                box.appendElement("ul").addClass("filter-tags").attr("aria-labelledby", "active-filters-heading");
        request.filters()
                .forEach((facet, values) -> values.forEach(value -> removal(
                        list,
                        request.withoutFilter(facet, value),
                        facet.label() + ": " + vocabulary.label(facet, value))));
        if (request.from() != null || request.to() != null) {
            String range = (request.from() == null ? "any time" : Citation.longDate(request.from())) + " to "
                    + (request.to() == null ? "now" : Citation.longDate(request.to()));
            removal(list, request.withoutDates(), "Date: " + range);
        }
        box.appendElement("p")
                .appendElement("a")
                .addClass("clear-filters")
                .attr("href", "/search?" + request.withoutFilters().toQueryString())
                .text("Clear all filters");
    }

    /** A chosen filter as a link to the same search without it. */
    private static void removal(Element list, SearchQuery without, String filter) {
        Element link = list.appendElement("li")
                .appendElement("a")
                .addClass("filter-tag")
                .attr("href", "/search?" + without.toQueryString());
        link.appendElement("span").addClass("visually-hidden").text("Remove filter ");
        link.appendText(filter);
        link.appendElement("span")
                .addClass("filter-tag-x")
                .attr("aria-hidden", "true")
                .text(" ✕");
    }

    private static void orderForm(Element content, SearchQuery request) {
        Element form = content.appendElement("form")
                .addClass("order-form")
                .attr("action", "/search")
                .attr("method", "get");
        SearchState.keep(form, request, Set.of("sort", "size"));
        SelectField.append(
                form,
                "sort",
                "sort",
                "Sort by",
                List.of(ResultOrder.values()),
                ResultOrder::id,
                ResultOrder::label,
                request.sort());
        List<Integer> sizes = new ArrayList<>(SearchQuery.PAGE_SIZES);
        if (!sizes.contains(request.size())) {
            sizes.add(request.size());
        }
        SelectField.append(
                form, "size", "size", "Results per page", sizes, String::valueOf, String::valueOf, request.size());
        form.appendElement("button")
                .attr("type", "submit")
                .addClass("button")
                .addClass("button-secondary")
                .addClass("button-small")
                .text("Update");
    }

    private void resultItem(Element list, SearchQuery request, SearchHit hit, int number) {
        Element item = list.appendElement("li")
                .addClass("result")
                .attr("data-citation", hit.citation())
                .attr("data-text", hit.text());
        ResultMeta.title(item, withQuery(hit.url(), request), hit.title());
        ResultMeta.facts(
                item,
                vocabulary,
                hit.polarity(),
                hit.area(),
                Citation.shownDate(hit.date(), hit.researchDate()),
                vocabulary.typeLabel(hit.type()),
                vocabulary.sectionLabel(hit.section()));
        Element text = item.appendElement("blockquote").addClass("result-text");
        if (request.scope() == Scope.DOCUMENTS) {
            // A document's opening is its letterhead, one line per address line: run it on, not a tall box.
            text.addClass("result-opening");
        }
        Page.appendHighlight(text, hit.marked());
        if (!hit.themes().isEmpty()) {
            Element themes = item.appendElement("p").addClass("result-themes");
            themes.appendElement("span").addClass("themes-label").text("Themes: ");
            themes.appendText(ResultMeta.themeLabels(vocabulary, hit.themes()));
        }
        CiteAs.append(item, hit.citation());
        if (request.scope() == Scope.PASSAGES && hit.id() != null && !hit.id().isBlank()) {
            CiteAs.citeLink(item, hit.id(), "result " + number);
        }
        InsightsLinks.similarLink(item, hit.id(), request.scope() == Scope.PASSAGES);
        SimilarLinks.name(item, "result " + number);
    }

    /** A document link that carries the search text, so the document page can mark the words (#p-N kept last). */
    static String withQuery(String url, SearchQuery request) {
        if (!request.hasQuery() || url == null) {
            return url;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return path + (path.contains("?") ? "&" : "?") + "q="
                + java.net.URLEncoder.encode(request.query(), java.nio.charset.StandardCharsets.UTF_8) + fragment;
    }
}
