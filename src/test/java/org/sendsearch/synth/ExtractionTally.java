package org.sendsearch.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Outcome;
import org.sendsearch.model.Polarity;

/**
 * How many generated files extraction got right, per field and per type and format ("inspection-report/pdf
 * outcome 40 of 41"), with the misses named, so a test can assert on them and report the figures.
 */
final class ExtractionTally {
    /** The phrase each 2023 outcome sentence holds, to tell which one the extracted sentence states. */
    private static final Map<Outcome, Pattern> OUTCOME_PHRASES = Map.of(
            Outcome.POSITIVE, Pattern.compile("(?i)typically lead to positive"),
            Outcome.INCONSISTENT, Pattern.compile("(?i)lead to inconsistent experiences"),
            Outcome.SYSTEMIC_FAILINGS, Pattern.compile("(?i)widespread and/or systemic failings"));

    /** Right and total counts of one field for one type and format. */
    private static final class Count {
        int right;
        int total;
    }

    private final Map<String, Count> counts = new TreeMap<>();
    private final List<Miss> misses = new ArrayList<>();

    /** One field extraction got wrong in one file. */
    record Miss(CorpusGenerator.GeneratedFile file, String field, String text) {}

    /** Checks one file's extraction against what it was generated to be. */
    void check(CorpusGenerator.GeneratedFile file, ExtractedDocument document) {
        String variant = file.facts().variant();
        String key = file.type().id() + (variant.isEmpty() ? "" : " [" + variant + "]") + "/"
                + file.format().extension();
        count(file, key, "type", document.type() == file.type(), document.type(), file.type());
        count(file, key, "area", file.area().equals(document.area()), document.area(), file.area());
        count(file, key, "date", file.date().equals(document.date()), document.date(), file.date());
        SyntheticDocument.Facts facts = file.facts();
        int passages = document.passages().size();
        count(file, key, "passages", passages >= 3, passages, "3 or more");
        if (file.title() != null) {
            String title = document.title() == null ? "" : document.title().replaceAll("\\s+", " ");
            count(file, key, "title", title.equals(file.title()), document.title(), file.title());
        }
        if (facts.inspectionEnd() != null) {
            count(
                    file,
                    key,
                    "inspection-end",
                    facts.inspectionEnd().equals(document.inspectionEnd()),
                    document.inspectionEnd(),
                    facts.inspectionEnd());
        }
        if (facts.inspectionStart() != null) {
            count(
                    file,
                    key,
                    "inspection-start",
                    facts.inspectionStart().equals(document.inspectionStart()),
                    document.inspectionStart(),
                    facts.inspectionStart());
        }
        count(
                file,
                key,
                "research-date",
                file.date().equals(document.researchDate()),
                document.researchDate(),
                file.date());
        if (file.type().framework().isPresent()) {
            count(
                    file,
                    key,
                    "framework",
                    file.type().framework().get() == document.framework(),
                    document.framework(),
                    file.type().framework().get());
        }
        if (facts.previousEnd() != null) {
            boolean right = facts.previousEnd().equals(document.previousInspectionEnd())
                    && facts.previousStart().equals(document.previousInspectionStart());
            count(
                    file,
                    key,
                    "previous-inspection",
                    right,
                    document.previousInspectionStart() + ".." + document.previousInspectionEnd(),
                    facts.previousStart() + ".." + facts.previousEnd());
        }
        if (!facts.verdicts().isEmpty()) {
            List<Boolean> got = document.revisitProgress().stream()
                    .map(org.sendsearch.model.RevisitProgress::sufficient)
                    .toList();
            count(file, key, "verdicts", got.equals(facts.verdicts()), got, facts.verdicts());
        }
        if (facts.outcome() != null) {
            count(
                    file,
                    key,
                    "outcome-value",
                    facts.outcome() == document.outcomeValue(),
                    document.outcomeValue(),
                    facts.outcome());
            String sentence = document.outcome() == null ? "" : document.outcome();
            count(
                    file,
                    key,
                    "outcome",
                    statesOutcome(sentence, facts.stated()),
                    sentence,
                    facts.outcome().id());
        }
        if (facts.stated() != null && facts.stated().wsoa() != null) {
            count(
                    file,
                    key,
                    "wsoa",
                    facts.stated().wsoa().equals(document.wsoaRequired()),
                    document.wsoaRequired(),
                    facts.stated().wsoa());
        }
        if (file.type() == DocumentType.INSPECTION_REPORT) {
            long improvement = document.passages().stream()
                    .filter(p -> p.polarity() == Polarity.AREA_FOR_IMPROVEMENT)
                    .count();
            count(
                    file,
                    key,
                    "areas-for-improvement",
                    improvement == facts.areasForImprovement(),
                    improvement,
                    facts.areasForImprovement());
            long priority = document.passages().stream()
                    .filter(p -> p.polarity() == Polarity.PRIORITY_ACTION)
                    .count();
            count(
                    file,
                    key,
                    "priority-actions",
                    priority == facts.priorityActions(),
                    priority,
                    facts.priorityActions());
            String listed = document.priorityActions().size() + " and "
                    + document.areasForImprovement().size();
            count(
                    file,
                    key,
                    "action-lists",
                    listed.equals(facts.priorityActions() + " and " + facts.areasForImprovement()),
                    listed,
                    facts.priorityActions() + " and " + facts.areasForImprovement());
        }
    }

    /**
     * Whether the extracted outcome sentence is the one the document was written with: a report's own
     * wording holds its outcome's phrase; a paraphrase is the sentence written (or the part of it
     * extraction kept).
     */
    private static boolean statesOutcome(String extracted, SyntheticDocument.Stated stated) {
        if (OUTCOME_PHRASES.get(stated.outcome()).matcher(extracted).find()) {
            return true;
        }
        String got = plain(extracted);
        String written = plain(stated.sentence());
        return got.length() > 20 && (written.contains(got) || got.contains(written));
    }

    private static String plain(String text) {
        return text.replaceAll("[\"“”]", "").replaceAll("\\s+", " ").strip();
    }

    private void count(
            CorpusGenerator.GeneratedFile file, String key, String field, boolean right, Object got, Object expected) {
        Count count = counts.computeIfAbsent(field + " " + key, k -> new Count());
        count.total++;
        if (right) {
            count.right++;
        } else {
            misses.add(new Miss(
                    file, field, file.path().getFileName() + ": " + field + " " + got + ", expected " + expected));
        }
    }

    /** The misses of the fields named, one line each, leaving out the files {@code known} accepts. */
    List<String> misses(List<String> fields, java.util.function.Predicate<Miss> known) {
        return misses.stream()
                .filter(m -> fields.contains(m.field()) && !known.test(m))
                .map(Miss::text)
                .toList();
    }

    /** One line per field, type and format: "date inspection-report/pdf 40 of 41". */
    String figures() {
        StringBuilder out = new StringBuilder();
        counts.forEach((key, count) -> out.append(key)
                .append(' ')
                .append(count.right)
                .append(" of ")
                .append(count.total)
                .append('\n'));
        return out.toString();
    }
}
