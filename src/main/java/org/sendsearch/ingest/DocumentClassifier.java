package org.sendsearch.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sendsearch.model.DocumentType;

/**
 * Tells the kinds of document apart by the fixed wording each kind uses, wherever it stands: no
 * kind needs a particular header block.
 *
 * <ul>
 *   <li>Inspectorate documents name Ofsted and the Care Quality Commission. A 2023-framework report
 *       is titled "Area SEND inspection of ... Local Area Partnership" or states an outcome for the
 *       "local area partnership"; a monitoring inspection says so at its head.
 *   <li>A 2016-2022 outcome or revisit letter also carries the letter's own wording: its findings
 *       heading, or the sentence saying the inspectorates inspected or revisited the area. Other
 *       letters about an inspection (the DfE's follow-up, a notice of a revisit) are not outcome
 *       letters.
 *   <li>A council paper carries committee furniture (report author, wards affected, key decision,
 *       purpose of the report, minutes...): two cues make one. A council paper that quotes the
 *       outcome sentence stays a council paper when its head carries that furniture.
 *   <li>A press release or news item says so or quotes a spokesperson; a forum post names the parent
 *       carer forum at its head.
 * </ul>
 *
 * <p>Plain substring tests on a lower-cased copy: fast, and the wording is fixed.
 */
final class DocumentClassifier {
    private static final PatternScan LETTER =
            new PatternScan(Pattern.compile("(?m)^(?:Dear |Yours sincerely|Yours faithfully)"), "DY");
    /** How far into a document its head reaches: title, dates, addresses. */
    private static final int HEAD = 600;
    /** How far into a document the letter's own wording and a report's furniture are looked for. */
    private static final int OPENING = 3000;

    private static final List<String> REPORT_2023_TITLE =
            List.of("area send inspection of", "area send full inspection of", "local area partnership report");
    /** A monitoring inspection's title; a full report says one "will be carried out", further on. */
    private static final Pattern MONITORING_TITLE =
            Pattern.compile("(?m)^[^.\\n]{0,80}\\bmonitoring (?:inspection|visit)\\b[^.\\n]{0,100}$");
    /** How far into a document its title reaches. */
    private static final int TITLE = 300;

    private static final List<String> OUTCOME_LETTER_WORDING = List.of(
            "\nmain findings\n",
            "conducted a joint inspection",
            "carried out a joint inspection",
            "conducted a joint local area",
            "to judge the effectiveness of the area",
            "revisited the area",
            "revisited the local area",
            "to decide whether sufficient progress");
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

    /** Committee furniture a council paper carries; "recommendation" alone is not one (reports make them too). */
    private static final List<String> COUNCIL = List.of(
            "report title",
            "report of:",
            "report of the",
            "report to:",
            "report to the",
            "report author",
            "contact officer",
            "wards affected",
            "ward(s) affected",
            "key decision",
            "is recommended to",
            "recommendations:",
            "recommendation:",
            "purpose of the report",
            "purpose of this report",
            "financial implications",
            "legal implications",
            "equality implications",
            "background papers",
            "health and wellbeing board",
            "cabinet member",
            "portfolio holder",
            "scrutiny committee",
            "overview and scrutiny",
            "agenda item",
            "minutes of the meeting",
            "apologies for absence",
            "declarations of interest",
            "resolved:",
            "resolved that");

    private static final List<String> PRESS = List.of(
            "press release",
            "news release",
            "press office",
            "media enquiries",
            "for immediate release",
            "notes to editors",
            "notes for editors",
            "said \"",
            "said: \"",
            "said, \"",
            "said “",
            "said: “",
            "said, “");
    private static final List<String> FORUM =
            List.of("parent carer forum", "parent carers forum", "parent/carer forum", "parent and carer forum");

    DocumentType classify(CleanText clean) {
        String text = clean.text();
        String lower = text.toLowerCase(Locale.ROOT);
        String head = lower.substring(0, Math.min(lower.length(), HEAD));
        String opening = lower.substring(0, Math.min(lower.length(), OPENING));
        boolean inspectorate =
                text.contains("Ofsted") && (text.contains("Care Quality Commission") || text.contains("CQC"));
        boolean letter = LETTER.foundIn(text);
        long councilCues = COUNCIL.stream().filter(lower::contains).count();
        boolean councilHead = COUNCIL.stream().anyMatch(head::contains);
        String title = lower.substring(0, Math.min(lower.length(), TITLE));
        if (inspectorate
                && !councilHead
                && !letter
                && MONITORING_TITLE.matcher(title).find()) {
            return DocumentType.MONITORING_REPORT;
        }
        if (inspectorate
                && !councilHead
                && (REPORT_2023_TITLE.stream().anyMatch(head::contains) || isFramework2023(lower))
                && (!letter || REPORT_2023_TITLE.stream().anyMatch(head::contains))) {
            return DocumentType.INSPECTION_REPORT;
        }
        String padded = "\n" + opening + "\n";
        if (inspectorate
                && INSPECTION_WORDING.stream().anyMatch(("\n" + lower + "\n")::contains)
                && OUTCOME_LETTER_WORDING.stream().anyMatch(padded::contains)
                && (letter || head.contains("joint local area send inspection"))) {
            return opening.contains("revisit") ? DocumentType.REVISIT_LETTER : DocumentType.INSPECTION_LETTER;
        }
        if (councilCues >= 2) {
            return DocumentType.COUNCIL_REPORT;
        }
        if (PRESS.stream().anyMatch(lower::contains)) {
            return DocumentType.PRESS_RELEASE;
        }
        if (FORUM.stream().anyMatch(head::contains)) {
            return DocumentType.FORUM_POST;
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
