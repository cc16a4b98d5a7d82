package org.sendsearch.web;

import org.jsoup.nodes.Element;
import org.sendsearch.insights.ExportService;
import org.sendsearch.insights.SimilarService;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.web.page.ResultCount;

/**
 * The research features' links on other pages (search results, document pages): "similar
 * findings" on a finding, and under a search the export buttons, a link to the insights for the
 * same findings and the box of typical wording (filled by {@code research.js}). Plain links, so
 * they work without JavaScript; kept here so those pages need only one call each.
 */
final class InsightsLinks {
    private InsightsLinks() {}

    /** "Similar findings" for one finding (nothing for a document result, which has no passage id). */
    static void similarLink(Element item, String passageId, boolean isFinding) {
        if (!isFinding || passageId == null || passageId.isBlank()) {
            return;
        }
        item.appendElement("p")
                .addClass("similar-link")
                .appendElement("a")
                .attr("href", SimilarService.similarUrl(passageId))
                .text("Similar findings in other documents");
    }

    /** The export buttons for every result of a search (not only this page), with the cap said up front. */
    static void exportLinks(Element content, SearchQuery request, long total) {
        if (total <= 0) {
            return;
        }
        String query = request.withPage(1).toQueryString();
        String base = "/api/export?" + (query.isEmpty() ? "" : query + "&");
        Element box = content.appendElement("div").addClass("export-links").attr("id", "export");
        Element p = box.appendElement("p");
        p.appendText("Download all " + ResultCount.of(total, request.scope()) + ": ");
        p.appendElement("a")
                .addClass("button")
                .addClass("button-secondary")
                .addClass("button-small")
                .attr("id", "export-csv")
                .attr("href", base + "format=csv")
                .attr("download", "")
                .text("CSV (Excel)");
        p.appendText(" ");
        p.appendElement("a")
                .addClass("button")
                .addClass("button-secondary")
                .addClass("button-small")
                .attr("id", "export-json")
                .attr("href", base + "format=json")
                .attr("download", "")
                .text("JSON");
        Element follow = box.appendElement("p").addClass("feed-link");
        follow.appendText(
                "Follow new " + (request.scope() == Scope.DOCUMENTS ? "documents" : "findings") + " of this search: ");
        follow.appendElement("a")
                .attr("id", "feed-link")
                .attr("type", "application/atom+xml")
                .attr("href", "/search.atom" + (query.isEmpty() ? "" : "?" + query))
                .text("Atom feed (newest first)");
        if (request.scope() == Scope.PASSAGES && (request.hasQuery() || request.hasFilters())) {
            // Filled in by research.js from /api/insights/phrases; without JavaScript the insights page has it.
            Element phrases = content.appendElement("section")
                    .addClass("search-phrases")
                    .attr("id", "search-phrases")
                    .attr("hidden", "")
                    .attr("aria-labelledby", "search-phrases-heading")
                    .attr("data-source", "/api/insights/phrases?" + (query.isEmpty() ? "" : query + "&") + "size=12");
            phrases.appendElement("h2")
                    .addClass("heading-s")
                    .attr("id", "search-phrases-heading")
                    .text("Wording typical of these findings");
            phrases.appendElement("ul").addClass("phrase-list");
            phrases.appendElement("p")
                    .appendElement("a")
                    .attr("href", "/insights?" + query)
                    .text("Where these themes recur, by area");
            content.appendElement("link").attr("rel", "stylesheet").attr("href", "/insights.css");
            content.appendElement("script").attr("src", "/research.js").attr("defer", "");
        }
        Element research = box.appendElement("p").addClass("research-links");
        research.appendText("Across all documents: ");
        research.appendElement("a").attr("href", "/insights").text("recurring weaknesses by area");
        research.appendText(" · ");
        research.appendElement("a").attr("href", "/areas").text("local areas and their timelines");
        if (total > ExportService.MAX_ROWS) {
            box.appendElement("p")
                    .addClass("hint")
                    .text("Only the first " + ExportService.MAX_ROWS
                            + " will be exported: narrow the search with filters to export the rest.");
        }
    }
}
