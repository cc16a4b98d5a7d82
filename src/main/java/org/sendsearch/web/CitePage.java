package org.sendsearch.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.sendsearch.model.PublishedAddress;
import org.sendsearch.search.Citation;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.search.DocumentView;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.SearchService;
import org.sendsearch.web.page.BackLink;
import org.sendsearch.web.page.CiteAs;
import org.sendsearch.web.page.Nav;
import org.sendsearch.web.page.Page;
import org.sendsearch.web.page.ResultMeta;

/**
 * {@code GET /findings/{id}/cite}: one finding's citation, with everything a reference needs (the
 * permalink to the paragraph, its number, the document's title as published and its date, printed
 * date flagged when it is before the inspection, the access date), in the style chosen
 * ({@link Style}, a plain GET form so it works without JavaScript), and as RIS and BibTeX files
 * ({@code /cite.ris}, {@code /cite.bib}). The published report's address is linked when the
 * document has one ({@link PublishedAddress}: the collection's list, or a web page's own address);
 * otherwise the page says none is recorded. Either way it links the original file held here.
 */
final class CitePage {
    /** The citation styles offered. */
    enum Style {
        PLAIN("plain", "Plain (as quoted in letters and reports)"),
        HARVARD("harvard", "Harvard-like (author, year, title)");

        final String id;
        final String label;

        Style(String id, String label) {
            this.id = id;
            this.label = label;
        }

        static Style byId(String id) {
            for (Style style : values()) {
                if (style.id.equals(id)) {
                    return style;
                }
            }
            return PLAIN;
        }
    }

    /** What is cited: the finding in its document, where it lives and when it was looked at. */
    record Cited(DocumentView view, PassageSource passage, String permalink, boolean sourceHeld, LocalDate accessed) {
        DocumentFacts facts() {
            return view.document().facts();
        }

        int paragraph() {
            return passage.ordinalOrZero() + 1;
        }

        String title() {
            return ResultMeta.readableTitle(facts().title());
        }

        String kind() {
            return facts().type() == null ? "document" : facts().type().noun();
        }

        /** Where the document is published, when known and an http(s) address; else null. */
        PublishedAddress published() {
            return facts().linkableAddress();
        }
    }

    String render(Cited cited, Style style) {
        Page page = Page.titled("Cite this finding", Nav.SEARCH);
        Element main = page.main();
        BackLink.append(
                main,
                SearchService.passageUrl(
                        cited.passage().documentId(), cited.passage().ordinalOrZero()),
                "Back to the finding in its document");
        main.appendElement("span").addClass("caption").text(cited.title());
        main.appendElement("h1").addClass("heading-l").text("Cite this finding");
        main.appendElement("blockquote")
                .addClass("result-text")
                .text(cited.passage().text());

        Element list = main.appendElement("dl").addClass("summary-list");
        row(list, "Document", cited.title());
        row(list, "By", Citation.author(cited.facts()));
        row(list, "Date", Citation.shownDate(cited.facts()));
        String place = Citation.placeOf(cited.passage());
        row(list, "Paragraph", "Paragraph " + cited.paragraph() + (place.isEmpty() ? "" : ", under " + place));
        Element link = row(list, "Permanent link", null);
        link.appendElement("a").attr("href", cited.permalink()).text(cited.permalink());
        row(list, "Accessed", Citation.longDate(cited.accessed()));
        Element report = row(list, "Published report", null);
        PublishedAddress published = cited.published();
        if (published != null) {
            report.appendElement("a")
                    .attr("href", published.url())
                    .attr("id", "published-report")
                    .text(published.url());
            report.appendElement("span")
                    .addClass("hint")
                    .text(" (" + published.origin().label() + ")");
            report.appendText(" ");
        } else {
            report.appendText("No link to the published report is recorded for this document. ");
        }
        if (cited.sourceHeld()) {
            report.appendElement("a")
                    .attr("href", SearchService.documentUrl(cited.passage().documentId()) + "/source")
                    .text("The original file held here");
            report.appendText(" is the copy it was indexed from.");
        }
        if (Citation.datedBeforeInspection(cited.facts())) {
            Element warning = main.appendElement("div").addClass("warning-text").attr("role", "note");
            warning.appendElement("p")
                    .text("This " + cited.kind() + " is dated "
                            + Citation.longDate(cited.facts().date())
                            + ", before its own inspection ended ("
                            + Citation.longDate(cited.facts().researchDate())
                            + "). It is cited by the date printed on it, which is what a reader will find; the "
                            + "warning is part of the citation.");
        }

        main.appendElement("h2")
                .addClass("heading-m")
                .attr("id", "citation-heading")
                .text("Citation");
        Element form = main.appendElement("form")
                .addClass("style-form")
                .attr("method", "get")
                .attr("action", CiteAs.citeUrl(cited.passage().id()));
        Element fieldset = form.appendElement("fieldset");
        fieldset.appendElement("legend").addClass("legend").text("Style");
        for (Style option : Style.values()) {
            Element item = fieldset.appendElement("div").addClass("radio");
            Element input = item.appendElement("input")
                    .attr("type", "radio")
                    .attr("name", "style")
                    .attr("id", "style-" + option.id)
                    .attr("value", option.id);
            if (option == style) {
                input.attr("checked", "");
            }
            item.appendElement("label").attr("for", "style-" + option.id).text(option.label);
        }
        form.appendElement("button")
                .attr("type", "submit")
                .addClass("button")
                .addClass("button-secondary")
                .addClass("button-small")
                .text("Show in this style");
        String text = citation(cited, style);
        main.appendElement("p")
                .addClass("citation-box")
                .attr("id", "citation-text")
                .attr("data-citation", text)
                .attr("data-text", "")
                .text(text);

        main.appendElement("h2").addClass("heading-m").text("For reference managers");
        Element downloads = main.appendElement("p");
        String base = CiteFormats.citeBase(cited.passage().id());
        downloads
                .appendElement("a")
                .addClass("button")
                .addClass("button-secondary")
                .addClass("button-small")
                .attr("href", base + ".ris")
                .attr("download", "")
                .text("Download RIS (EndNote, Zotero, Mendeley)");
        downloads.appendText(" ");
        downloads
                .appendElement("a")
                .addClass("button")
                .addClass("button-secondary")
                .addClass("button-small")
                .attr("href", base + ".bib")
                .attr("download", "")
                .text("Download BibTeX");
        return page.render();
    }

    /**
     * The citation in {@code style}, ending with the published report's address when known, then the
     * permalink and the access date.
     */
    static String citation(Cited cited, Style style) {
        String available = (cited.published() == null
                        ? ""
                        : "Published at: " + cited.published().url() + ". ") + "Available at: " + cited.permalink()
                + " (accessed " + Citation.longDate(cited.accessed()) + ")";
        return switch (style) {
            case PLAIN -> Citation.of(cited.passage()) + ", paragraph " + cited.paragraph() + ". " + available + ".";
            case HARVARD -> {
                DocumentFacts facts = cited.facts();
                String author = Citation.author(facts);
                String year = facts.date() == null
                        ? "n.d."
                        : Integer.toString(facts.date().getYear());
                String place = Citation.placeOf(cited.passage());
                yield (author.isEmpty() ? "" : author + " ") + "(" + year + ") " + cited.title() + ". "
                        + capitalised(cited.kind()) + ", " + Citation.shownDate(facts) + ", paragraph "
                        + cited.paragraph() + (place.isEmpty() ? "" : ", " + place) + ". " + available + ".";
            }
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.UK) + text.substring(1);
    }

    static String isoDate(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private static Element row(Element list, String key, String value) {
        Element row = list.appendElement("div").addClass("summary-row");
        row.appendElement("dt").addClass("summary-key").text(key);
        Element dd = row.appendElement("dd").addClass("summary-value");
        if (value != null) {
            dd.text(value);
        }
        return dd;
    }
}
