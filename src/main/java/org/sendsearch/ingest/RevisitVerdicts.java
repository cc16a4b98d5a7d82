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
    private static final Pattern VERDICT = Pattern.compile(
            "(?i)\\b(?:has|have|had)\\s+(not\\s+(?:yet\\s+)?)?made\\s+(?:sufficient|enough|(insufficient))\\s+progress\\s+"
                    + "(?:in|on|with|towards)\\s+(?:addressing|improving|tackling|resolving)?\\s*"
                    + "(?:this|the|each|that)\\s+(?:area|significant weakness|weakness|priority)"
                    + "|\\b(?:is|are|has|have)\\s+(not\\s+)?(?:yet\\s+)?(?:been\\s+)?tak(?:ing|en)\\s+(in)?effective\\s+action");

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
                boolean sufficient = verdict.group(1) == null
                        && verdict.group(2) == null
                        && verdict.group(3) == null
                        && verdict.group(4) == null;
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
