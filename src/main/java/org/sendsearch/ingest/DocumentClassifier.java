package org.sendsearch.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sendsearch.model.DocumentType;

/**
 * Tells the kinds of document apart by the fixed wording each kind uses. Inspectorate documents
 * name Ofsted and the Care Quality Commission and are letters (salutation or sign-off) or carry
 * the inspection's headings; among them, the 2023 framework's reports state an outcome for the
 * "local area partnership", and revisit letters say they are about a revisit. Council reports
 * carry committee-report furniture (report title and author, recommendations, key decision);
 * press releases say so or quote a spokesperson. Plain substring tests on a lower-cased copy:
 * fast, and the wording is fixed.
 */
final class DocumentClassifier {
    private static final PatternScan LETTER =
            new PatternScan(Pattern.compile("(?m)^(?:Dear |Yours sincerely|Yours faithfully)"), "DY");
    private static final List<String> INSPECTION_WORDING =
            List.of("area send inspection", "area send revisit", "\nmain findings\n", "inspection outcome");
    private static final List<String> OUTCOMES_2023 = List.of(
            "typically lead to",
            "inconsistent experiences",
            "widespread and/or systemic failings",
            "significant concerns");
    private static final String PARTNERSHIP = "local area partnership";
    /** How far after "local area partnership" the outcome may be named: a long sentence's length. */
    private static final int OUTCOME_REACH = 300;

    private static final List<String> COUNCIL = List.of(
            "report title",
            "report of:",
            "report author",
            "contact officer",
            "wards affected",
            "key decision",
            "is recommended to",
            "recommendation",
            "health and wellbeing board",
            "cabinet member",
            "scrutiny committee");
    private static final List<String> PRESS = List.of(
            "press release",
            "news release",
            "press office",
            "notes to editors",
            "said \"",
            "said: \"",
            "said, \"",
            "said “",
            "said: “",
            "said, “");

    DocumentType classify(CleanText clean) {
        String text = clean.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String opening = lower.substring(0, Math.min(lower.length(), 3000));
        boolean inspectorate =
                text.contains("Ofsted") && (text.contains("Care Quality Commission") || text.contains("CQC"));
        boolean letter = LETTER.foundIn(text);
        boolean council = COUNCIL.stream().filter(lower::contains).count() >= 2;
        if (inspectorate && isFramework2023(lower) && COUNCIL.stream().noneMatch(opening::contains)) {
            return DocumentType.INSPECTION_REPORT;
        }
        if (inspectorate && letter && INSPECTION_WORDING.stream().anyMatch(("\n" + lower + "\n")::contains)) {
            return opening.contains("revisit") ? DocumentType.REVISIT_LETTER : DocumentType.INSPECTION_LETTER;
        }
        if (council) {
            return DocumentType.COUNCIL_REPORT;
        }
        if (PRESS.stream().anyMatch(lower::contains)) {
            return DocumentType.PRESS_RELEASE;
        }
        return DocumentType.OTHER;
    }

    /**
     * "The local area partnership's ... arrangements typically lead to ...": an outcome named after
     * the phrase, in its sentence and within {@link #OUTCOME_REACH} characters of it (anywhere after
     * it when no full stop follows).
     */
    private static boolean isFramework2023(String lower) {
        int at = lower.indexOf(PARTNERSHIP);
        while (at >= 0) {
            // Line breaks do not end it: the outcome sentence of a report is often boxed, keeping its lines.
            Sentence sentence = Sentence.around(lower, at, at + PARTNERSHIP.length(), false);
            String rest = lower.substring(
                    at, sentence.closed() ? Math.min(sentence.end() - 1, at + OUTCOME_REACH) : lower.length());
            if (OUTCOMES_2023.stream().anyMatch(rest::contains)) {
                return true;
            }
            at = lower.indexOf(PARTNERSHIP, at + 1);
        }
        return false;
    }
}
