package org.sendsearch.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sendsearch.ingest.DateGrammar;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

/**
 * How a finding is cited in a letter, a tribunal bundle or a report: who wrote it, which
 * document, its date, and where in it, e.g. <i>Ofsted and CQC, Joint local area SEND inspection in
 * Liverpool, letter of 26 February 2019, 'Areas for development' (meeting needs)</i>. Inspection
 * letters file findings under "Strengths" and "Areas for development" within each of the three
 * inspected questions, so the passage's polarity and section name that place; other documents are
 * cited by their own heading. A letter printed before its inspection ended is cited by its printed
 * date, which is what a reader finds on it, with the inspection's end beside it.
 */
public final class Citation {

    private Citation() {}

    /** The citation of one finding. */
    public static String of(PassageSource passage) {
        List<String> parts = documentParts(passage.document());
        String place = place(passage);
        if (!place.isEmpty()) {
            parts.add(place);
        }
        return String.join(", ", parts);
    }

    /** The citation of a whole document. */
    public static String of(DocumentFacts document) {
        return String.join(", ", documentParts(document));
    }

    private static List<String> documentParts(DocumentFacts document) {
        List<String> parts = new ArrayList<>();
        String author = author(document.type(), document.area());
        if (!author.isEmpty()) {
            parts.add(author);
        }
        String title = document.title();
        if (title != null && !title.isBlank()) {
            parts.add(readable(title.strip()));
        }
        String kind = document.type() == null ? "document" : document.type().noun();
        String when = longDate(document.date());
        String counted = longDate(document.researchDate());
        if (when.isEmpty()) {
            parts.add(kind + (counted.isEmpty() ? " (undated)" : " (undated; inspection ended " + counted + ")"));
        } else if (!counted.isEmpty() && !counted.equals(when)) {
            // The printed date is what a reader finds on the document; the warning says why it is not used.
            parts.add(kind + " of " + when + " (so dated, though its inspection ended " + counted + ")");
        } else {
            parts.add(kind + " of " + when);
        }
        return parts;
    }

    /** Who a document is by, as cited ("Ofsted and CQC", "Knowsley Council"); empty when unknown. */
    public static String author(DocumentFacts document) {
        return author(document.type(), document.area());
    }

    /**
     * Where in its document a finding is, as cited ("'Strengths' (meeting needs)"); empty when it
     * has no section or heading to name.
     */
    public static String placeOf(PassageSource passage) {
        return place(passage);
    }

    /**
     * The document's printed date with, when its inspection ended later, the warning that goes with
     * it ("26 April 2021 (so dated, though its inspection ended 4 March 2022)"); "undated" when none.
     */
    public static String shownDate(DocumentFacts document) {
        return shownDate(document.date(), document.researchDate());
    }

    /** {@link #shownDate(DocumentFacts)} from the two dates. */
    public static String shownDate(LocalDate date, LocalDate researchDate) {
        String when = longDate(date);
        String counted = longDate(researchDate);
        if (when.isEmpty()) {
            return counted.isEmpty() ? "undated" : "undated (inspection ended " + counted + ")";
        }
        if (!counted.isEmpty() && !counted.equals(when)) {
            return when + " (so dated, though its inspection ended " + counted + ")";
        }
        return when;
    }

    /** Whether the printed date is before the inspection it reports on ended (the date is then flagged). */
    public static boolean datedBeforeInspection(DocumentFacts document) {
        return document.date() != null
                && document.researchDate() != null
                && !document.date().equals(document.researchDate());
    }

    private static String author(DocumentType type, String area) {
        if (type != null && type.isInspectorateLetter()) {
            return "Ofsted and CQC";
        }
        if (type != null && type.isCouncilDocument()) {
            return area == null ? "Council" : area + " Council";
        }
        return area == null ? "" : area;
    }

    private static String place(PassageSource passage) {
        Section section = passage.section();
        if (section == Section.SIGNIFICANT_WEAKNESSES) {
            return "'Areas of significant weakness'";
        }
        DocumentType type = passage.document().type();
        if (type != null && type.isInspectorateLetter() && section != null && section.isInspectedQuestion()) {
            String question = " (" + section.label().toLowerCase(Locale.UK) + ")";
            if (passage.polarity() == Polarity.STRENGTH) {
                return "'Strengths'" + question;
            }
            if (passage.polarity() == Polarity.WEAKNESS) {
                return "'Areas for development'" + question;
            }
            return "'" + section.label() + "'";
        }
        String heading = lastHeading(passage.heading());
        if (!heading.isEmpty()) {
            return "'" + heading + "'";
        }
        if (section != null && section != Section.OTHER) {
            return "'" + section.label() + "'";
        }
        return "";
    }

    /** The innermost level of a heading path ("A > B > C" gives "C"), in sentence case if shouted. */
    static String lastHeading(String heading) {
        if (heading == null || heading.isBlank()) {
            return "";
        }
        String last = heading.substring(heading.lastIndexOf(" > ") < 0 ? 0 : heading.lastIndexOf(" > ") + 3)
                .strip();
        return readable(last);
    }

    /** Words kept in capitals when an all-capitals heading is put in sentence case. */
    private static final java.util.Set<String> ACRONYMS =
            java.util.Set.of("send", "sen", "wsoa", "ehc", "ehcp", "cqc", "ofsted", "ccg", "icb", "ict", "la");

    /** All-capitals text turned into sentence case; anything else as it is. */
    public static String readable(String text) {
        if (!text.equals(text.toUpperCase(Locale.UK)) || text.equals(text.toLowerCase(Locale.UK))) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.toLowerCase(Locale.UK).split(" ", -1)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (ACRONYMS.contains(word)) {
                out.append(word.equals("ofsted") ? "Ofsted" : word.toUpperCase(Locale.UK));
            } else {
                out.append(word);
            }
        }
        String result = out.toString();
        int first = 0;
        while (first < result.length() && !Character.isLetter(result.charAt(first))) {
            first++;
        }
        return first < result.length()
                ? result.substring(0, first) + Character.toUpperCase(result.charAt(first)) + result.substring(first + 1)
                : result;
    }

    /** "26 February 2019"; empty when absent. */
    public static String longDate(LocalDate date) {
        return date == null ? "" : date.format(DateGrammar.WRITTEN);
    }
}
