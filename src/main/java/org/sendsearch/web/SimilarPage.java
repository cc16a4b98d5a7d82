package org.sendsearch.web;

import org.jsoup.nodes.Element;
import org.sendsearch.insights.SimilarFindings;
import org.sendsearch.insights.SimilarMode;
import org.sendsearch.insights.SimilarService;
import org.sendsearch.model.Polarity;
import org.sendsearch.search.Citation;
import org.sendsearch.search.SearchHit;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.web.page.BackLink;
import org.sendsearch.web.page.CiteAs;
import org.sendsearch.web.page.Nav;
import org.sendsearch.web.page.Page;
import org.sendsearch.web.page.ResultMeta;

/**
 * The "similar findings" page: the finding asked about, then the closest findings in other
 * documents with their shared words marked, ranked by meaning, wording or both (links choose; the
 * kind and the mode each keep the other in their links). When the mode asked for needs vectors
 * that are not there, the page says it ranked by wording instead, and why. Each item carries {@code data-text} and
 * {@code data-citation}, so the search page's script adds "Copy with citation" to it as well.
 */
final class SimilarPage {
    private final Vocabulary vocabulary;

    SimilarPage(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param requested the mode asked for ({@link SimilarFindings#mode} is the one used)
     */
    String render(SimilarFindings found, boolean sameKindOnly, SimilarMode requested) {
        Page page = Page.research("Similar findings", Nav.SEARCH);
        Element main = page.main();
        BackLink.append(main, "/search", "Search all findings");
        main.appendElement("h1").addClass("heading-l").text("Findings like this one");
        SearchHit finding = found.finding();
        Element source = main.appendElement("div")
                .addClass("similar-source")
                .attr("id", "similar-source")
                .attr("data-citation", finding.citation())
                .attr("data-text", finding.text());
        meta(source, finding);
        source.appendElement("blockquote").addClass("passage-text").text(finding.text());
        CiteAs.append(source, finding.citation());
        CiteAs.citeLink(source, finding.id(), "the finding above");
        source.appendElement("p").appendElement("a").attr("href", finding.url()).text("Read it in its document");

        main.appendElement("h2")
                .addClass("heading-m")
                .attr("id", "similar-heading")
                .text(
                        found.similar().isEmpty()
                                ? "No similar findings in other documents"
                                : found.similar().size() + " most similar findings in other documents");
        modes(main, finding.id(), sameKindOnly, requested);
        if (found.fallback() != null) {
            main.appendElement("p")
                    .addClass("lexical-only")
                    .attr("id", "similar-fallback")
                    .text("Ranked by wording only (" + found.fallback()
                            + "): findings that make the same point in other words may be missing.");
        }
        main.appendElement("p")
                .addClass("hint")
                .text(order(found.mode())
                        + (sameKindOnly
                                ? ", only findings of the same kind."
                                : "; findings of the same kind (strength or weakness) are ranked a little higher.")
                        + " Marked words are shared with the finding above.");
        String kindLabel = finding.polarity() != null && finding.polarity().isWeakness() ? "weaknesses" : "strengths";
        if (finding.polarity() != null
                && finding.polarity() != Polarity.ACTION
                && finding.polarity() != Polarity.NEUTRAL) {
            Element toggle = main.appendElement("p").addClass("similar-kind");
            if (sameKindOnly) {
                toggle.appendElement("a")
                        .attr("href", SimilarService.similarUrl(finding.id(), false, requested))
                        .text("Show all kinds of finding");
            } else {
                toggle.appendElement("a")
                        .attr("href", SimilarService.similarUrl(finding.id(), true, requested))
                        .text("Show only " + kindLabel);
            }
        }
        Element list = main.appendElement("ol")
                .addClass("results")
                .addClass("similar-list")
                .attr("aria-labelledby", "similar-heading");
        int number = 0;
        for (SimilarFindings.Similar similar : found.similar()) {
            SearchHit hit = similar.finding();
            number++;
            Element item = list.appendElement("li")
                    .addClass("result")
                    .attr("data-citation", hit.citation())
                    .attr("data-text", hit.text())
                    .attr("data-id", hit.id());
            ResultMeta.title(item, hit.url(), hit.title());
            meta(item, hit);
            Page.appendHighlight(item.appendElement("p").addClass("result-text"), hit.marked());
            CiteAs.append(item, hit.citation());
            CiteAs.citeLink(item, hit.id(), "similar finding " + number);
            Element more = item.appendElement("p")
                    .addClass("similar-more")
                    .appendElement("a")
                    .attr("href", similar.similarUrl())
                    .text("Findings similar to this one");
            more.appendElement("span").addClass("visually-hidden").text(" (similar finding " + number + ")");
        }
        return page.render();
    }

    /** "Rank by: meaning, wording, both", the mode in use as text, the others as links keeping the kind. */
    private static void modes(Element main, String id, boolean sameKindOnly, SimilarMode requested) {
        Element nav = main.appendElement("nav").addClass("similar-modes").attr("aria-label", "Rank similar findings");
        nav.appendElement("span").text("Rank: ");
        Element list = nav.appendElement("ul");
        for (SimilarMode mode : SimilarMode.values()) {
            Element item = list.appendElement("li");
            if (mode == requested) {
                item.appendElement("strong").attr("aria-current", "page").text(mode.label());
            } else {
                item.appendElement("a")
                        .attr("href", SimilarService.similarUrl(id, sameKindOnly, mode))
                        .text(mode.label());
            }
        }
    }

    private static String order(SimilarMode mode) {
        return switch (mode) {
            case MEANING -> "Closest meaning first";
            case WORDS -> "Closest wording first";
            case MIX -> "Closest in meaning and wording together first";
        };
    }

    private void meta(Element parent, SearchHit hit) {
        ResultMeta.facts(
                parent,
                vocabulary,
                hit.polarity(),
                hit.area(),
                vocabulary.typeLabel(hit.type()),
                Citation.shownDate(hit.date(), hit.researchDate()),
                ResultMeta.themes(vocabulary, hit.themes()));
    }
}
