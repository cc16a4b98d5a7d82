package org.sendsearch.search;

import org.sendsearch.ingest.DateGrammar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a finding is cited in a letter, a tribunal bundle or a report: who wrote it, which
 * document, its date, and where in it, e.g. <i>Ofsted and CQC, Joint local area SEND inspection in
 * Liverpool, letter of 26 February 2019, 'Areas for development' (meeting needs)</i>. Inspection
 * letters file findings under "Strengths" and "Areas for development" within each of the three
 * inspected questions, so the passage's polarity and section name that place; other documents are
 * cited by their own heading.
 */
public final class Citation {
    private static final Set<String> INSPECTORATE = Set.of("inspection-letter", "inspection-report", "revisit-letter");
    private static final Set<String> INSPECTED_QUESTIONS = Set.of("identifying", "meeting-needs", "improving-outcomes");

    private Citation() {
    }

    /** The citation of one finding. */
    public static String of(PassageSource passage, Vocabulary vocabulary) {
        List<String> parts = documentParts(passage.type(), passage.area(), passage.title(), passage.date());
        String place = place(passage, vocabulary);
        if (!place.isEmpty()) {
            parts.add(place);
        }
        return String.join(", ", parts);
    }

    /** The citation of a whole document. */
    public static String of(DocumentSource document) {
        return String.join(", ", documentParts(document.type(), document.area(), document.title(), document.date()));
    }

    private static List<String> documentParts(String type, String area, String title, String date) {
        List<String> parts = new ArrayList<>();
        String author = author(type, area);
        if (!author.isEmpty()) {
            parts.add(author);
        }
        if (title != null && !title.isBlank()) {
            parts.add(readable(title.strip()));
        }
        String kind = kind(type);
        String when = longDate(date);
        parts.add(when.isEmpty() ? kind + " (undated)" : kind + " of " + when);
        return parts;
    }

    private static String author(String type, String area) {
        if (type != null && INSPECTORATE.contains(type)) {
            return "Ofsted and CQC";
        }
        if ("council-report".equals(type) || "press-release".equals(type)) {
            return area == null ? "Council" : area + " Council";
        }
        return area == null ? "" : area;
    }

    private static String kind(String type) {
        if (type == null) {
            return "document";
        }
        return switch (type) {
            case "inspection-letter", "revisit-letter" -> "letter";
            case "inspection-report", "council-report" -> "report";
            case "press-release" -> "press release";
            default -> "document";
        };
    }

    private static String place(PassageSource passage, Vocabulary vocabulary) {
        String section = passage.section();
        if ("significant-weaknesses".equals(section)) {
            return "'Areas of significant weakness'";
        }
        if (passage.type() != null && INSPECTORATE.contains(passage.type()) && INSPECTED_QUESTIONS.contains(section)) {
            String question = " (" + vocabulary.sectionLabel(section).toLowerCase(Locale.UK) + ")";
            if ("strength".equals(passage.polarity())) {
                return "'Strengths'" + question;
            }
            if ("weakness".equals(passage.polarity())) {
                return "'Areas for development'" + question;
            }
            return "'" + vocabulary.sectionLabel(section) + "'";
        }
        String heading = lastHeading(passage.heading());
        if (!heading.isEmpty()) {
            return "'" + heading + "'";
        }
        if (section != null && !"other".equals(section)) {
            return "'" + vocabulary.sectionLabel(section) + "'";
        }
        return "";
    }

    /** The innermost level of a heading path ("A > B > C" gives "C"), in sentence case if shouted. */
    static String lastHeading(String heading) {
        if (heading == null || heading.isBlank()) {
            return "";
        }
        String last = heading.substring(heading.lastIndexOf(" > ") < 0 ? 0 : heading.lastIndexOf(" > ") + 3).strip();
        return readable(last);
    }

    /** Words kept in capitals when an all-capitals heading is put in sentence case. */
    private static final java.util.Set<String> ACRONYMS = java.util.Set.of("send", "sen", "wsoa", "ehc", "ehcp", "cqc",
            "ofsted", "ccg", "icb", "ict", "la");

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

    /** "26 February 2019" from "2019-02-26"; empty when absent or not a date. */
    public static String longDate(String isoDate) {
        if (isoDate == null || isoDate.isBlank()) {
            return "";
        }
        try {
            return LocalDate.parse(isoDate.length() > 10 ? isoDate.substring(0, 10) : isoDate).format(DateGrammar.WRITTEN);
        } catch (DateTimeParseException e) {
            return "";
        }
    }
}
