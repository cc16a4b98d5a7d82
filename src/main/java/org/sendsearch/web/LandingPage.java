package org.sendsearch.web;

import java.util.List;
import org.jsoup.nodes.Element;
import org.sendsearch.model.Polarity;
import org.sendsearch.search.Facet;
import org.sendsearch.search.FacetValue;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchResult;
import org.sendsearch.search.SearchService;
import org.sendsearch.web.page.Nav;
import org.sendsearch.web.page.Page;

/**
 * {@code GET /} with no parameters: the search box, then what the index holds (documents by
 * type, area, inspection framework and year, counted by the index itself, each a link to those
 * documents), example searches for the jobs people come with, and the research pages. Any
 * parameter makes {@code /} the search page, as before.
 */
final class LandingPage {
    /** Facets the coverage section counts, in its order. */
    private static final List<Facet> COVERAGE = List.of(Facet.TYPE, Facet.AREA, Facet.FRAMEWORK, Facet.YEAR);

    /** An example search: what it looks for (its text), and why someone would run it. */
    record Example(SearchQuery search, String why) {
        static Example of(String text, String why) {
            return new Example(SearchQuery.browse().withQuery(text), why);
        }

        /** Weaknesses of either seriousness, as the weakness filter alone would leave out the significant ones. */
        static Example weaknesses(String text, String why) {
            return new Example(
                    SearchQuery.browse()
                            .withQuery(text)
                            .withFilter(Facet.POLARITY, Polarity.WEAKNESS.id())
                            .withFilter(Facet.POLARITY, Polarity.SIGNIFICANT_WEAKNESS.id()),
                    why);
        }
    }

    private static final List<Example> RESEARCHER = List.of(
            Example.of("\"tell their story\"", "an exact phrase, wherever it was written"),
            Example.weaknesses("autism waiting times", "weaknesses about waits for autism assessment"),
            new Example(
                    SearchQuery.browse().withQuery("co-production").withFilter(Facet.POLARITY, Polarity.STRENGTH.id()),
                    "strengths inspectors found in co-production"));
    private static final List<Example> OFFICER = List.of(
            Example.weaknesses("EHC plans quality", "what inspectors criticised in EHC plans, to check your own"),
            new Example(
                    SearchQuery.browse()
                            .withQuery("written statement of action")
                            .withScope(Scope.DOCUMENTS),
                    "whole documents about written statements of action"),
            Example.of("transition OR adulthood", "preparing for adulthood, in either word"));

    private final SearchService service;

    LandingPage(SearchService service) {
        this.service = service;
    }

    String render() {
        SearchResult findings = service.search(SearchQuery.browse().withPage(1));
        SearchResult documents = service.search(SearchQuery.browse().withScope(Scope.DOCUMENTS));
        Page page = Page.titled("Search SEND inspection findings", Nav.SEARCH);
        Element main = page.main();
        main.appendElement("h1").addClass("heading-l").text("Search SEND inspection findings");
        main.appendElement("p")
                .addClass("lead")
                .text("Find what inspectors and councils wrote about special educational needs and disabilities "
                        + "(SEND) in local areas: strengths, weaknesses and the actions that followed, each with a "
                        + "citation to the paragraph it came from.");
        Element form = main.appendElement("form")
                .addClass("search-form")
                .attr("action", "/search")
                .attr("method", "get")
                .attr("role", "search");
        form.appendElement("label").addClass("label").attr("for", "q").text("Search the findings");
        form.appendElement("div")
                .addClass("hint")
                .attr("id", "q-hint")
                .text("Words, \"exact phrases\", -exclusions, OR, prefix*. See the help page for more.");
        Element row = form.appendElement("div").addClass("search-row");
        row.appendElement("input")
                .attr("type", "search")
                .attr("id", "q")
                .attr("name", "q")
                .attr("aria-describedby", "q-hint")
                .attr("autocomplete", "off")
                .attr("maxlength", Integer.toString(SearchQuery.MAX_QUERY_LENGTH))
                .addClass("input");
        row.appendElement("button").attr("type", "submit").addClass("button").text("Search");

        Element coverage = main.appendElement("section").addClass("coverage").attr("aria-labelledby", "coverage");
        coverage.appendElement("h2")
                .addClass("heading-m")
                .attr("id", "coverage")
                .text("What is covered");
        Element lead = coverage.appendElement("p");
        lead.appendText(documents.total() + (documents.total() == 1 ? " document" : " documents") + " holding "
                + findings.total() + (findings.total() == 1 ? " finding or paragraph" : " findings and paragraphs")
                + ". Only what is listed here is searched: an area or year not listed has no documents here. ");
        lead.appendElement("a").attr("href", "/search?scope=documents").text("List every document");
        lead.appendText(".");
        Element groups = coverage.appendElement("div").addClass("coverage-groups");
        for (Facet facet : COVERAGE) {
            List<FacetValue> values = documents.facets().getOrDefault(facet.param(), List.of()).stream()
                    .filter(value -> value.count() > 0)
                    .toList();
            if (values.isEmpty()) {
                continue;
            }
            Element group = groups.appendElement("div").addClass("coverage-group");
            group.appendElement("h3").addClass("heading-s").text(facet.label());
            Element list = group.appendElement("ul").addClass("list");
            for (FacetValue value : values) {
                SearchQuery those =
                        SearchQuery.browse().withScope(Scope.DOCUMENTS).withFilter(facet, value.value());
                Element item = list.appendElement("li");
                item.appendElement("a")
                        .attr("href", "/search?" + those.toQueryString())
                        .text(value.label());
                item.appendText(" (" + value.count() + (value.count() == 1 ? " document)" : " documents)"));
            }
        }
        coverage.appendElement("p")
                .addClass("hint")
                .text("Years count a letter by its inspection when it was printed before the inspection ended.");

        Element examples = main.appendElement("section").attr("aria-labelledby", "examples-heading");
        examples.appendElement("h2")
                .addClass("heading-m")
                .attr("id", "examples-heading")
                .text("Example searches");
        exampleList(examples, "For research and policy work", RESEARCHER);
        exampleList(examples, "For council, health and inspection staff", OFFICER);

        Element research = main.appendElement("section").attr("aria-labelledby", "research-heading");
        research.appendElement("h2")
                .addClass("heading-m")
                .attr("id", "research-heading")
                .text("Across all documents");
        Element list = research.appendElement("ul").addClass("list").addClass("list-bullet");
        Element insights = list.appendElement("li");
        insights.appendElement("a").attr("href", "/insights").text("Insights");
        insights.appendText(": the themes that recur as weaknesses, area by area");
        Element areas = list.appendElement("li");
        areas.appendElement("a").attr("href", "/areas").text("Areas");
        areas.appendText(": each local area's inspections and what followed them, over time");
        Element help = list.appendElement("li");
        help.appendElement("a").attr("href", "/help").text("Help");
        help.appendText(": how to write a search, filter and cite");
        return page.render();
    }

    private static void exampleList(Element parent, String heading, List<Example> examples) {
        parent.appendElement("h3").addClass("heading-s").text(heading);
        Element list = parent.appendElement("ul").addClass("list").addClass("list-bullet");
        for (Example example : examples) {
            Element item = list.appendElement("li");
            item.appendElement("a")
                    .attr("href", "/search?" + example.search().toQueryString())
                    .text(example.search().query());
            item.appendText(": " + example.why());
        }
    }
}
