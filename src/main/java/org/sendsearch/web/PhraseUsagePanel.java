package org.sendsearch.web;

import java.util.List;
import org.jsoup.nodes.Element;
import org.sendsearch.insights.PhraseUsage;

/**
 * The search page's panel for a quoted phrase, above the results: "How this wording has been
 * used" (in how many passages, documents, inspections and areas, over which years, by whom, each
 * number that a search can list a link to that search) and "The same point in other words" (the
 * neighbours, each a link to its finding's permalink with its area, year and heading). Text nodes
 * only (Jsoup escapes them), plain links in lists, no script: it works without JavaScript and by
 * keyboard, and every link says what it opens without the text around it.
 */
final class PhraseUsagePanel {
    /** Characters of a neighbour's text shown as its link; the rest is on the finding's page. */
    static final int EXCERPT = 160;

    private PhraseUsagePanel() {}

    static void append(Element parent, PhraseUsage usage) {
        Element section = parent.appendElement("section")
                .addClass("phrase-usage")
                .attr("id", "phrase-usage")
                .attr("aria-labelledby", "phrase-usage-heading");
        section.appendElement("h2")
                .addClass("heading-s")
                .attr("id", "phrase-usage-heading")
                .text("How this wording has been used");
        summary(section, usage);
        authors(section, usage);
        areas(section, usage);
        neighbours(section, usage);
    }

    private static void summary(Element section, PhraseUsage usage) {
        Element p = section.appendElement("p").addClass("phrase-usage-summary");
        p.appendText(phrases(usage.phrases()) + ": ");
        if (usage.passages() == 0) {
            p.appendText("not used in any passage"
                    + (usage.otherWords() ? " with the other words of this search" : "")
                    + " under these filters.");
            return;
        }
        p.appendText("used in ");
        link(p, usage.searchUrl(), "phrase-usage-passages", count(usage.passages(), "passage"));
        p.appendText(" of ");
        link(p, usage.documentsUrl(), "phrase-usage-documents", count(usage.documents(), "document"));
        p.appendText(", " + count(usage.inspections(), "inspection") + " and " + count(usage.areas(), "area"));
        if (usage.firstYear() != null) {
            p.appendText(", ");
            year(p, usage, usage.firstYear());
            if (!usage.firstYear().equals(usage.lastYear())) {
                p.appendText("–");
                year(p, usage, usage.lastYear());
            }
        }
        p.appendText(".");
        Element note = section.appendElement("p").addClass("hint");
        StringBuilder said = new StringBuilder("Counted as the search lists them");
        if (usage.otherWords()) {
            said.append(", with its other words");
        }
        said.append(
                usage.standardText() == 0
                        ? "."
                        : "; " + count(usage.standardText(), "passage")
                                + " of standard text every letter repeats included.");
        said.append(" Years by the date research counts a document by.");
        note.text(said.toString());
    }

    /** A year of the span, as a link to the search narrowed to it. */
    private static void year(Element p, PhraseUsage usage, int year) {
        String key = Integer.toString(year);
        PhraseUsage.Count counted = usage.byYear().stream()
                .filter(count -> count.key().equals(key))
                .findFirst()
                .orElse(null);
        Element a = link(p, counted == null ? null : counted.url(), "phrase-usage-year-" + key, key);
        if (counted != null) {
            a.attr("aria-label", count(counted.passages(), "passage") + " in " + key);
        }
    }

    private static void authors(Element section, PhraseUsage usage) {
        if (usage.passages() == 0) {
            return;
        }
        Element p = section.appendElement("p").addClass("phrase-usage-authors");
        p.appendText("By author: ");
        boolean first = true;
        for (PhraseUsage.Count group : usage.byAuthor()) {
            if (group.passages() == 0) {
                continue;
            }
            if (!first) {
                p.appendText(", ");
            }
            first = false;
            link(
                    p,
                    group.url(),
                    "phrase-usage-author-" + group.key(),
                    count(group.passages(), "passage") + " in " + group.label());
        }
        p.appendText(".");
    }

    private static void areas(Element section, PhraseUsage usage) {
        if (usage.byArea().size() < 2) {
            return;
        }
        Element details = section.appendElement("details").addClass("phrase-usage-areas");
        details.appendElement("summary").text("By area (" + usage.byArea().size() + ")");
        Element list = details.appendElement("ul").addClass("list");
        for (PhraseUsage.Count area : usage.byArea()) {
            list.appendElement("li")
                    .appendElement("a")
                    .attr("href", area.url())
                    .text(area.label() + ": " + count(area.passages(), "passage"));
        }
    }

    private static void neighbours(Element section, PhraseUsage usage) {
        section.appendElement("h3")
                .addClass("heading-s")
                .attr("id", "phrase-neighbours-heading")
                .text("The same point in other words");
        if (usage.fallback() != null) {
            section.appendElement("p")
                    .addClass("hint")
                    .addClass("phrase-neighbours-fallback")
                    .attr("data-reason", usage.fallback())
                    .text("Found by shared words, not by meaning: " + usage.fallback() + ".");
        } else {
            section.appendElement("p")
                    .addClass("hint")
                    .text("Findings nearest it in meaning and wording that do not use it, under the same filters.");
        }
        if (usage.neighbours().isEmpty()) {
            section.appendElement("p").text("No other finding under these filters makes a point close to it.");
            return;
        }
        Element list = section.appendElement("ul")
                .addClass("phrase-neighbours")
                .attr("aria-labelledby", "phrase-neighbours-heading");
        for (PhraseUsage.Neighbour neighbour : usage.neighbours()) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", neighbour.url()).text(excerpt(neighbour.text()));
            StringBuilder meta = new StringBuilder();
            append(meta, neighbour.area());
            append(meta, neighbour.year() == null ? null : neighbour.year().toString());
            append(meta, neighbour.heading());
            append(meta, neighbour.title());
            item.appendElement("span").addClass("phrase-neighbour-meta").text(meta.toString());
        }
    }

    private static void append(StringBuilder meta, String part) {
        if (part == null || part.isBlank()) {
            return;
        }
        meta.append(meta.isEmpty() ? "" : " · ").append(part.strip());
    }

    /** A link when there is a search to open, plain text when there is none; returned either way. */
    private static Element link(Element parent, String url, String id, String text) {
        if (url == null) {
            return parent.appendElement("span").attr("id", id).text(text);
        }
        return parent.appendElement("a").attr("id", id).attr("href", url).text(text);
    }

    static String excerpt(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT);
        return flat.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }

    private static String phrases(List<String> phrases) {
        return String.join(" and ", phrases.stream().map(p -> "“" + p + "”").toList());
    }

    static String count(long n, String noun) {
        return String.format("%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }
}
