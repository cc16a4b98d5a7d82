package org.sendsearch.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Element;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.PublishedAddress;
import org.sendsearch.model.Section;
import org.sendsearch.search.Citation;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.DocumentView;
import org.sendsearch.search.InspectionFacts;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.web.page.BackLink;
import org.sendsearch.web.page.CiteAs;
import org.sendsearch.web.page.HeadedSection;
import org.sendsearch.web.page.Nav;
import org.sendsearch.web.page.Page;
import org.sendsearch.web.page.PolarityTag;
import org.sendsearch.web.page.ResultMeta;

/**
 * The document page: title and metadata, data-quality warnings, the areas of significant
 * weakness, then the text laid out by section with each finding an anchor ({@code #p-<ordinal>})
 * so a search result links straight to it; CSS {@code :target} marks the one you came from.
 */
final class DocumentPage {
    /** Where Ofsted publishes the inspection reports and letters (each area's under its name). */
    private static final String OFSTED_REPORTS = "https://reports.ofsted.gov.uk/";

    private final Vocabulary vocabulary;

    DocumentPage(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    String render(DocumentView view, boolean sourceAvailable) {
        return render(view, sourceAvailable, "");
    }

    /**
     * @param query the search the reader came from ({@code ?q=}), or "": its words are marked in the
     *              text, and the link back searches it again
     */
    String render(DocumentView view, boolean sourceAvailable, String query) {
        DocumentSource document = view.document();
        String title = ResultMeta.readableTitle(document.facts().title());
        Page page = Page.titled(title, Nav.SEARCH);
        Element main = page.main();
        String back = query.isBlank()
                ? "/search"
                : "/search?" + SearchQuery.browse().withQuery(query).toQueryString();
        BackLink.append(
                main,
                back,
                query.isBlank() ? "Search all findings" : "Back to the search for ‘" + shorten(query) + "’");
        main.appendElement("span")
                .addClass("caption")
                .text(ResultMeta.join(
                        vocabulary.typeLabel(document.facts().type()),
                        document.facts().area()));
        main.appendElement("h1").addClass("heading-l").text(title);

        metadata(main, document, view.passages().size());
        Element actions = main.appendElement("p").addClass("document-actions");
        if (sourceAvailable) {
            String format = document.file().format() == null
                    ? "file"
                    : document.file().format().id().toUpperCase(Locale.UK);
            actions.appendElement("a")
                    .attr("href", SearchService.documentUrl(document.id()) + "/source")
                    .text("The file as it was indexed (" + format
                            + sizeText(document.file().sizeBytes()) + ", unformatted)");
        } else {
            actions.appendElement("span").addClass("hint").text("The original file is not available on this server.");
        }
        PublishedAddress published = document.facts().linkableAddress();
        if (published != null) {
            actions.appendText(" ");
            actions.appendElement("a")
                    .attr("href", published.url())
                    .attr("id", "published-report")
                    .text("The published report (" + published.host() + ")");
        }
        // The file held here is a copy in its own layout (a letterhead run on one line, say): say
        // so, and where the published version is: its own address when known, else where the
        // inspectorates publish theirs.
        Element origin = main.appendElement("p").addClass("hint").attr("id", "document-origin");
        origin.appendText("This page is read from that file: its headings and paragraphs are found"
                + " automatically, so check the published version before quoting it.");
        DocumentType type = document.facts().type();
        if (published != null) {
            origin.appendText(" The published version is the report linked above (its address "
                    + published.origin().label() + ").");
        } else if (type != null && type.isInspectorateLetter()) {
            origin.appendText(" Ofsted publishes the inspection reports at ");
            origin.appendElement("a").attr("href", OFSTED_REPORTS).text("reports.ofsted.gov.uk");
            origin.appendText(" (search for the area's name).");
        }
        CiteAs.append(main, view.citation())
                .attr("data-citation", view.citation())
                .attr("data-text", "");

        if (!document.warnings().isEmpty()) {
            Element list = HeadedSection.warnings(
                    main, null, "warnings-heading", "Check this document: data-quality warnings");
            document.warnings().forEach(text -> list.appendElement("li").text(text));
        }
        if (!document.inspection().significantWeaknesses().isEmpty()) {
            Element section =
                    HeadedSection.append(main, "significant-weaknesses", "sw-heading", "Areas of significant weakness");
            Element list = section.appendElement("ul").addClass("list").addClass("list-bullet");
            document.inspection()
                    .significantWeaknesses()
                    .forEach(text -> list.appendElement("li").text(text));
        }
        body(main, view, SearchTerms.of(query), query);
        return page.render();
    }

    private static String shorten(String query) {
        return query.length() > 60 ? query.substring(0, 60) + "…" : query;
    }

    private void metadata(Element main, DocumentSource document, int passages) {
        Element list = main.appendElement("dl").addClass("summary-list");
        DocumentFacts facts = document.facts();
        InspectionFacts inspected = document.inspection();
        row(list, "Area", facts.area());
        row(list, "Region", facts.region());
        row(list, "Document type", vocabulary.typeLabel(facts.type()));
        row(list, "Date", Citation.shownDate(facts));
        String inspection = Citation.longDate(inspected.inspectionStart());
        if (!inspection.isEmpty()) {
            String end = Citation.longDate(inspected.inspectionEnd());
            row(list, "Inspection", end.isEmpty() ? inspection : inspection + " to " + end);
        }
        if (facts.wsoaRequired() != null) {
            row(list, "Written statement of action", facts.wsoaRequired() ? "Required" : "Not required");
        }
        row(list, "Outcome", inspected.outcome());
        row(list, "Lead inspector", facts.leadInspector());
        row(list, "Inspectors", String.join(", ", inspected.inspectors()));
        row(list, "Addressed to", String.join(", ", inspected.addressees()));
        row(list, "Health bodies", String.join(", ", inspected.healthBodies()));
        row(list, "Committee", document.paper().committee());
        row(list, "Meeting date", Citation.longDate(document.paper().meetingDate()));
        row(list, "Author", document.paper().author());
        row(list, "Findings and paragraphs", Integer.toString(passages));
    }

    private static void row(Element list, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Element row = list.appendElement("div").addClass("summary-row");
        row.appendElement("dt").addClass("summary-key").text(key);
        row.appendElement("dd").addClass("summary-value").text(value);
    }

    private void body(Element main, DocumentView view, SearchTerms terms, String query) {
        String text = view.document().text();
        List<PassageSource> passages = view.passages();
        contents(main, passages);
        Element article =
                main.appendElement("article").addClass("document-text").attr("aria-labelledby", "text-heading");
        article.appendElement("h2")
                .addClass("heading-m")
                .attr("id", "text-heading")
                .text("The document, section by section");
        if (!terms.isEmpty()) {
            article.appendElement("p")
                    .addClass("hint")
                    .text("The words of your search (‘" + shorten(query) + "’) are marked in the text.");
        }
        int firstStart = passages.isEmpty() || passages.get(0).start() == null
                ? text.length()
                : passages.get(0).start();
        String opening = safeSlice(text, 0, firstStart);
        if (!opening.isBlank()) {
            Element details = article.appendElement("details").addClass("opening");
            details.appendElement("summary").text("Opening of the document (addresses, introduction)");
            details.appendElement("div").addClass("plain-text").text(opening.strip());
        }
        List<PassageSource> starts = sectionStarts(passages);
        Element section = null;
        int sections = 0;
        for (PassageSource passage : passages) {
            if (sections < starts.size() && passage == starts.get(sections)) {
                sections++;
                section = article.appendElement("section").addClass("document-section");
                heading(section.appendElement("h3").addClass("heading-s").attr("id", sectionId(sections)), passage);
            }
            Element block = section.appendElement("div")
                    .addClass("passage")
                    .attr("id", "p-" + passage.ordinalOrZero())
                    .attr("tabindex", "-1")
                    .attr("data-citation", Citation.of(passage))
                    .attr("data-text", passage.text());
            Element meta = block.appendElement("p").addClass("passage-meta");
            if (passage.polarity() != null && passage.polarity() != Polarity.NEUTRAL) {
                PolarityTag.append(meta, passage.polarity(), vocabulary.polarityLabel(passage.polarity()));
            }
            meta.appendElement("a")
                    .addClass("passage-anchor")
                    .attr("href", "#p-" + passage.ordinalOrZero())
                    .text("Paragraph " + (passage.ordinalOrZero() + 1));
            // Shown only on the paragraph a link landed on (CSS :target), whose heading may be off screen.
            meta.appendElement("span").addClass("passage-context").text(" · " + headingLine(passage));
            Page.appendHighlight(block.appendElement("p").addClass("passage-text"), terms.mark(passage.text()));
            if (!passage.themes().isEmpty()) {
                block.appendElement("p")
                        .addClass("result-themes")
                        .text(ResultMeta.themes(vocabulary, passage.themes()));
            }
            if (passage.id() != null && !passage.id().isBlank()) {
                CiteAs.citeLink(block, passage.id(), "paragraph " + (passage.ordinalOrZero() + 1));
            }
            InsightsLinks.similarLink(
                    block, passage.id(), passage.polarity() != null && passage.polarity() != Polarity.NEUTRAL);
            SimilarLinks.name(block, "paragraph " + (passage.ordinalOrZero() + 1));
        }
        if (!passages.isEmpty()) {
            PassageSource lastPassage = passages.get(passages.size() - 1);
            String closing = lastPassage.end() == null ? "" : safeSlice(text, lastPassage.end(), text.length());
            if (!closing.isBlank()) {
                Element details = article.appendElement("details").addClass("opening");
                details.appendElement("summary").text("End of the document (sign-off)");
                details.appendElement("div").addClass("plain-text").text(closing.strip());
            }
        }
    }

    /** Passages under one heading of one section are shown together. */
    private static String group(PassageSource passage) {
        return Objects.toString(passage.section(), "") + "|" + Objects.toString(passage.heading(), "");
    }

    /**
     * A section's heading, with the section it is in as part of it when that says more (2.4.6):
     * letters repeat "Strengths" and "Areas for development" under each inspected question, and
     * "Strengths" alone, three times, does not say which.
     */
    private void heading(Element h3, PassageSource passage) {
        String label = vocabulary.sectionLabel(passage.section());
        String heading = headingText(passage.heading());
        if (label != null
                && passage.section() != Section.OTHER
                && !label.equalsIgnoreCase(heading)
                && !heading.isEmpty()) {
            Element context = h3.appendElement("span").addClass("caption-s").text(label);
            context.appendElement("span").addClass("visually-hidden").text(": ");
        }
        h3.appendText(heading.isEmpty() ? Objects.toString(label, "Text") : heading);
    }

    /** The text of a heading as shown in the contents list: the section's label, then the heading. */
    private String headingLine(PassageSource passage) {
        String label = vocabulary.sectionLabel(passage.section());
        String heading = headingText(passage.heading());
        if (heading.isEmpty()) {
            return Objects.toString(label, "Text");
        }
        if (label != null && passage.section() != Section.OTHER && !label.equalsIgnoreCase(heading)) {
            return label + ": " + heading;
        }
        return heading;
    }

    /** The contents list: a link to each heading of the text, in order. */
    private void contents(Element main, List<PassageSource> passages) {
        if (passages.isEmpty()) {
            return;
        }
        Element nav = main.appendElement("nav").addClass("contents-list").attr("aria-labelledby", "contents-heading");
        nav.appendElement("h2")
                .addClass("heading-s")
                .attr("id", "contents-heading")
                .text("Contents");
        Element list = nav.appendElement("ol").addClass("list");
        List<PassageSource> starts = sectionStarts(passages);
        for (int i = 0; i < starts.size(); i++) {
            list.appendElement("li")
                    .appendElement("a")
                    .attr("href", "#" + sectionId(i + 1))
                    .text(headingLine(starts.get(i)));
        }
    }

    /**
     * The first passage of each run of passages under one heading, in order: the text's sections,
     * which the page and its contents list both number from 1 ({@link #sectionId}).
     */
    private static List<PassageSource> sectionStarts(List<PassageSource> passages) {
        List<PassageSource> starts = new java.util.ArrayList<>();
        String current = null;
        for (PassageSource passage : passages) {
            String group = group(passage);
            if (!group.equals(current)) {
                current = group;
                starts.add(passage);
            }
        }
        return starts;
    }

    /** The anchor of section {@code number} (from 1). */
    private static String sectionId(int number) {
        return "s-" + number;
    }

    /** The innermost heading of a path, in sentence case if it was written in capitals. */
    private static String headingText(String heading) {
        if (heading == null || heading.isBlank()) {
            return "";
        }
        int cut = heading.lastIndexOf(" > ");
        String last = cut < 0 ? heading : heading.substring(cut + 3);
        last = last.strip();
        if (last.equals(last.toUpperCase(Locale.UK)) && !last.equals(last.toLowerCase(Locale.UK))) {
            String lower = last.toLowerCase(Locale.UK);
            int first = 0;
            while (first < lower.length() && !Character.isLetter(lower.charAt(first))) {
                first++;
            }
            return first < lower.length()
                    ? lower.substring(0, first)
                            + Character.toUpperCase(lower.charAt(first))
                            + lower.substring(first + 1)
                    : lower;
        }
        return last;
    }

    private static String safeSlice(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        return text.substring(from, to);
    }

    private static String sizeText(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1024) {
            return ", " + bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return ", " + Math.round(bytes / 1024.0) + " KB";
        }
        return ", " + String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
