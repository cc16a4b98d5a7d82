package org.sendsearch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sendsearch.search.Citation;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.web.page.CiteAs;

/**
 * A finding's citation as files for reference managers: RIS (tags one a line, {@code TY  - RPRT})
 * and BibTeX ({@code @techreport}, the corporate author in double braces so it is not split into
 * names). Values are made single-line; BibTeX's special characters are escaped, so text from a
 * document cannot break out of its field. When the document's published address is known it is the
 * item's URL (RIS: the first {@code UR}; BibTeX: {@code url}), and the finding's permalink follows
 * it (RIS: a second {@code UR}; BibTeX: {@code howpublished}).
 */
final class CiteFormats {
    private CiteFormats() {}

    /** The cite page's address without an extension; {@code .ris} and {@code .bib} are the files. */
    static String citeBase(String passageId) {
        return CiteAs.citeUrl(passageId);
    }

    static String ris(CitePage.Cited cited) {
        DocumentFacts facts = cited.facts();
        List<String> lines = new ArrayList<>();
        lines.add("TY  - RPRT");
        String author = Citation.author(facts);
        if (!author.isEmpty()) {
            lines.add("AU  - " + line(author));
        }
        lines.add("TI  - " + line(cited.title()));
        if (facts.date() != null) {
            lines.add("PY  - " + facts.date().getYear());
            lines.add("DA  - " + facts.date().toString().replace('-', '/'));
        }
        if (facts.area() != null) {
            lines.add("CY  - " + line(facts.area()));
        }
        lines.add("SP  - " + cited.paragraph());
        if (cited.published() != null) {
            // The published report first: reference managers take the first UR as the item's URL.
            lines.add("UR  - " + url(cited.published().url()));
        }
        lines.add("UR  - " + cited.permalink());
        lines.add("Y2  - " + cited.accessed().toString().replace('-', '/'));
        lines.add("N1  - " + line(note(cited)));
        lines.add("ER  - ");
        return String.join("\r\n", lines) + "\r\n";
    }

    static String bibtex(CitePage.Cited cited) {
        DocumentFacts facts = cited.facts();
        StringBuilder out = new StringBuilder();
        out.append("@techreport{").append(key(cited)).append(",\n");
        String author = Citation.author(facts);
        if (!author.isEmpty()) {
            field(out, "author", "{" + escape(author) + "}");
        }
        field(out, "title", "{" + escape(cited.title()) + "}");
        field(out, "type", escape(cited.kind()));
        if (facts.date() != null) {
            field(out, "year", Integer.toString(facts.date().getYear()));
            field(out, "date", facts.date().toString());
        }
        if (author.isEmpty()) {
            field(out, "institution", "Unknown");
        } else {
            field(out, "institution", escape(author));
        }
        field(out, "pages", "paragraph " + cited.paragraph());
        if (cited.published() != null) {
            field(out, "url", url(cited.published().url()));
            field(out, "howpublished", "Finding at \\url{" + url(cited.permalink()) + "}");
        } else {
            field(out, "url", escape(cited.permalink()));
        }
        field(out, "urldate", cited.accessed().toString());
        field(out, "note", escape(note(cited)));
        out.append("}\n");
        return out.toString();
    }

    /** Where in the document, and the date warning when there is one. */
    private static String note(CitePage.Cited cited) {
        String place = Citation.placeOf(cited.passage());
        String note = "Paragraph " + cited.paragraph() + (place.isEmpty() ? "" : ", under " + place);
        if (Citation.datedBeforeInspection(cited.facts())) {
            note += ". Dated " + Citation.longDate(cited.facts().date()) + ", before its inspection ended "
                    + Citation.longDate(cited.facts().researchDate());
        }
        return note + ".";
    }

    private static String key(CitePage.Cited cited) {
        String id = cited.passage().id() == null ? "finding" : cited.passage().id();
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /**
     * An address as a citation file carries it: an http(s) address checked when it was stored has no
     * spaces, braces or backslashes, but they are percent-encoded here all the same, so no address
     * can end a BibTeX field or a RIS line early.
     */
    static String url(String address) {
        StringBuilder out = new StringBuilder();
        for (char c : address.toCharArray()) {
            switch (c) {
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                case '\\' -> out.append("%5C");
                case ' ' -> out.append("%20");
                case '\r', '\n', '\t' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String line(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }

    /** BibTeX's special characters escaped, on one line. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : line(value).toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
