package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendsearch.model.RevisitProgress;

/**
 * Reads a 2016-framework revisit letter's verdict on each significant weakness, and a monitoring
 * inspection's on each area for priority action ("... is taking effective action ..."). The letter takes the
 * weaknesses one by one: it recalls what the initial inspection found ("At the initial inspection,
 * inspectors found ...", or a heading naming the weakness), reports the progress, and ends with
 * its verdict ("The area has made sufficient progress in addressing this area of weakness." / "...
 * has not made sufficient progress ..."). Each verdict closes the weakness opened before it.
 */
final class RevisitVerdicts {

    private RevisitVerdicts() {}

    private static final Pattern RECALLED = Pattern.compile(
            "(?i)\\b(?:at|during) the (?:initial|original|first|previous|full|last) (?:area SEND )?inspection,?\\s+(?:inspectors\\s+)?"
                    + "(?:found|identified|reported|judged)(?:\\s+that)?\\s+(.+)");
    /** The thing judged: this (significant) weakness, this area (for priority action), each of them. */
    private static final String JUDGED = "(?:in|on|with|towards)\\s+(?:addressing|improving|tackling|resolving)?\\s*"
            + "(?:this|the|each|that)\\s+(?:area|significant weakness|weakness|priority)";
    /** Not sufficient: a negation, "insufficient", or "ineffective". Any of these groups set means not. */
    private static final Pattern VERDICT = Pattern.compile("(?i)"
            + "\\b(?:has|have|had)\\s+(not\\s+(?:yet\\s+)?)?made\\s+(?:sufficient|enough|(insufficient))\\s+progress\\s+"
            + JUDGED
            + "|\\b(?:sufficient|enough)\\s+progress\\s+(?:has|have|had)\\s+(not\\s+(?:yet\\s+)?)?been\\s+made\\s+"
            + JUDGED
            + "|\\b(?:is|are|has|have)\\s+(not\\s+)?(?:yet\\s+)?(?:been\\s+)?tak(?:ing|en)\\s+(?:sufficiently\\s+)?(in)?effective\\s+action"
            + "(?!\\s+(?:in|on)\\s+(?:\\d+|one|two|three|four|five|six|all|none|some|most)\\s+of\\b)");

    /** The verdicts, in the order the letter gives them, each paired with the weakness before it. */
    static List<RevisitProgress> read(List<PassageSplitter.Draft> drafts) {
        List<RevisitProgress> verdicts = new ArrayList<>();
        String weakness = null;
        for (PassageSplitter.Draft draft : drafts) {
            String text = draft.block().text();
            Matcher recalled = RECALLED.matcher(text);
            if (recalled.find()) {
                weakness = trimmed(recalled.group(1));
            }
            Matcher verdict = VERDICT.matcher(text);
            if (verdict.find()) {
                boolean sufficient = true;
                for (int group = 1; group <= verdict.groupCount(); group++) {
                    sufficient &= verdict.group(group) == null;
                }
                String sentence = Sentence.around(text, verdict.start(), verdict.end())
                        .in(text)
                        .strip();
                verdicts.add(new RevisitProgress(weakness == null ? draft.heading() : weakness, sufficient, sentence));
                weakness = null;
            }
        }
        return List.copyOf(verdicts);
    }

    /** The recalled weakness: the rest of its sentence, without the full stop. */
    private static String trimmed(String after) {
        String weakness = after;
        int stop = weakness.indexOf(". ");
        weakness = stop > 0 ? weakness.substring(0, stop) : weakness;
        while (!weakness.isEmpty() && ".;:".indexOf(weakness.charAt(weakness.length() - 1)) >= 0) {
            weakness = weakness.substring(0, weakness.length() - 1);
        }
        return weakness.strip();
    }
}
