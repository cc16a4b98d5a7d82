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
 * document cannot break out of its field.
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
        field(out, "url", escape(cited.permalink()));
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
