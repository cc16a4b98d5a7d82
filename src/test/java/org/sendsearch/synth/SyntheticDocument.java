package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Outcome;

/**
 * A generated document before it is written to a file: what it is meant to be (type, area, date
 * and the judgements it states, which extraction should find again) and its blocks.
 *
 * @param stem          the file name without extension, unique within a generated corpus
 * @param type          the document type extraction should recognise
 * @param area          the local authority's short name, as in the authority table
 * @param date          the letter, meeting or publication date (of a report with no date of its own, its
 *                      inspection's last day)
 * @param style         how headings are marked in plain text (council reports use Markdown, letters plain lines)
 * @param parts         the blocks, in order
 * @param facts         the judgements the document states
 * @param runningHeader a line printed at the top of every PDF page, or null
 */
public record SyntheticDocument(
        String stem,
        DocumentType type,
        String area,
        LocalDate date,
        TextStyle style,
        List<Part> parts,
        Facts facts,
        String runningHeader) {

    /** How plain text marks headings and bullets, as the real sources vary. */
    public enum TextStyle {
        /** Headings as lines of their own, bullets as "- " (the converted inspection letters). */
        PLAIN,
        /** Headings as "## **HEADING**", as in the converted council reports. */
        MARKDOWN
    }

    /**
     * An inspection's result as a document states it: a 2023 outcome or whether a Written Statement
     * of Action was required, with the sentence that says so.
     *
     * @param outcome  the 2023 outcome, or null
     * @param wsoa     whether a WSOA was required, or null when not stated
     * @param sentence the sentence stating it, as written
     */
    public record Stated(Outcome outcome, Boolean wsoa, String sentence) {}

    /**
     * What a document judges, for tests to check extraction against.
     *
     * @param variant             which layout or wording of its type the document takes ("minutes", "no header",
     *                            "table"), empty for the usual one
     * @param stated              the inspection's result the document states, or null
     * @param priorityActions     how many areas for priority action a full or monitoring report lists
     * @param areasForImprovement how many areas for improvement a full report lists
     * @param verdicts            per significant weakness of a revisit (sufficient progress) or per area for
     *                            priority action of a monitoring report (effective action): true when met
     * @param inspectionStart     the first day of the inspection as the document states it, or null when it states
     *                            none or only a month
     * @param inspectionEnd       the last day, likewise
     * @param previousStart       the first day of the previous inspection a 2023 report states, or null
     * @param previousEnd         its last day, or null
     */
    public record Facts(
            String variant,
            Stated stated,
            int priorityActions,
            int areasForImprovement,
            List<Boolean> verdicts,
            LocalDate inspectionStart,
            LocalDate inspectionEnd,
            LocalDate previousStart,
            LocalDate previousEnd) {
        public static final Facts NONE = of("");

        public Facts {
            verdicts = List.copyOf(verdicts);
        }

        /** A document of this variant that states no judgement. */
        public static Facts of(String variant) {
            return new Facts(variant, null, 0, 0, List.of(), null, null, null, null);
        }

        /** These facts, with the inspection's days as the document states them. */
        public Facts inspected(LocalDate start, LocalDate end) {
            return new Facts(
                    variant,
                    stated,
                    priorityActions,
                    areasForImprovement,
                    verdicts,
                    start,
                    end,
                    previousStart,
                    previousEnd);
        }

        /** These facts, with the result the document states. */
        public Facts stating(Stated result) {
            return new Facts(
                    variant,
                    result,
                    priorityActions,
                    areasForImprovement,
                    verdicts,
                    inspectionStart,
                    inspectionEnd,
                    previousStart,
                    previousEnd);
        }

        /** These facts, with the previous inspection's days as the document states them. */
        public Facts previously(LocalDate start, LocalDate end) {
            return new Facts(
                    variant,
                    stated,
                    priorityActions,
                    areasForImprovement,
                    verdicts,
                    inspectionStart,
                    inspectionEnd,
                    start,
                    end);
        }

        /** The 2023 outcome the document states, or null. */
        public Outcome outcome() {
            return stated == null ? null : stated.outcome();
        }
    }

    public SyntheticDocument {
        parts = List.copyOf(parts);
        facts = facts == null ? Facts.NONE : facts;
    }

    /** The text of the document's title block, or null if it has none. */
    public String title() {
        return parts.stream()
                .filter(p -> p.kind() == Part.Kind.TITLE)
                .map(Part::text)
                .findFirst()
                .orElse(null);
    }

    /** A document that states no judgement and has no running header. */
    public SyntheticDocument(
            String stem, DocumentType type, String area, LocalDate date, TextStyle style, List<Part> parts) {
        this(stem, type, area, date, style, parts, Facts.NONE, null);
    }
}
