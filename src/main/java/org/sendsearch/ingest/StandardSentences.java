package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sendsearch.config.ConfigDirectory;

/**
 * The standard wording of letters and reports that is not a finding, read from
 * {@code index-config/standard-sentences.tsv}: the sign-off that ends a letter's body, the
 * headings and labels of the end matter (author block, appendices, notes to editors), and the
 * standard sentences every letter repeats ("Dear ...", "This letter outlines ...").
 *
 * <p>The table is in {@code index-config/}, not in the code's resources, because another
 * inspectorate's letters or another council's template repeat other sentences, and it changes
 * which passages are indexed, so it is part of the index configuration's version.
 *
 * <p>Each rule is a line of two tab-separated columns, the rule and its wording, matched
 * regardless of case at the start of a block:
 * <ul>
 * <li>{@code sign-off PATTERN}: a sign-off ("Yours sincerely"); the body ends before it;</li>
 * <li>{@code end-of-body PATTERN}: the start of the end matter ("Report author"); the body ends
 *     there when the block is a heading, a label or a short line (the splitter decides);</li>
 * <li>{@code standard PATTERN}: a standard sentence, left out of the findings;</li>
 * <li>{@code standard-near-start WORDS}: a standard sentence whose plain words (not a pattern)
 *     start within its first 40 characters ("The local area is required to produce and submit ...").
 *     Kept apart from {@code standard} because trying a pattern at each of 40 places costs much
 *     more than looking for the words first.</li>
 * </ul>
 * PATTERN is a Java regular expression; write a space at the end of one as {@code [ ]}, which
 * survives editors that trim lines. Immutable; shared by every extraction.
 */
final class StandardSentences {
    /** The table's file name in {@code index-config/}. */
    static final String FILE = "standard-sentences.tsv";

    /** How far into a block the words of a {@code standard-near-start} rule may start. */
    private static final int NEAR_START = 40;

    /** A {@code standard-near-start} rule: its words, and the pattern that checks them as the rules were written. */
    private record NearStart(String words, Pattern pattern) {}

    private final Pattern signOff;
    private final Pattern endOfBody;
    private final Pattern standard;
    private final List<NearStart> nearStart;

    private StandardSentences(Pattern signOff, Pattern endOfBody, Pattern standard, List<NearStart> nearStart) {
        this.signOff = signOff;
        this.endOfBody = endOfBody;
        this.standard = standard;
        this.nearStart = List.copyOf(nearStart);
    }

    /** Reads and checks the table; a bad rule is a {@code ConfigException} naming the file and line. */
    static StandardSentences load(ConfigDirectory directory) {
        RuleTable table = RuleTable.read(directory, FILE, 2);
        List<String> signOff = new ArrayList<>();
        List<String> endOfBody = new ArrayList<>();
        List<String> standard = new ArrayList<>();
        List<NearStart> nearStart = new ArrayList<>();
        for (RuleTable.Row row : table.rows()) {
            String wording = row.cell(1);
            switch (row.cell(0)) {
                case "sign-off" -> signOff.add(checked(table, row));
                case "end-of-body" -> endOfBody.add(checked(table, row));
                case "standard" -> standard.add(checked(table, row));
                case "standard-near-start" ->
                    nearStart.add(new NearStart(
                            wording, Pattern.compile("(?i).{0," + NEAR_START + "}" + Pattern.quote(wording))));
                default ->
                    throw table.error(
                            row,
                            "unknown rule '" + row.cell(0)
                                    + "' (expected sign-off, end-of-body, standard or standard-near-start)");
            }
        }
        return new StandardSentences(atStart(signOff), atStart(endOfBody), atStart(standard), nearStart);
    }

    private static String checked(RuleTable table, RuleTable.Row row) {
        table.compile(row, row.cell(1), Pattern.CASE_INSENSITIVE);
        return row.cell(1);
    }

    private static Pattern atStart(List<String> alternatives) {
        return alternatives.isEmpty()
                ? Pattern.compile("(?!)")
                : Pattern.compile("(?i)^(?:" + String.join("|", alternatives) + ")");
    }

    /** Whether the block opens with a sign-off. */
    boolean isSignOff(String text) {
        return signOff.matcher(text).lookingAt();
    }

    /** Whether the block opens with the wording of the end matter. */
    boolean opensEndMatter(String text) {
        return endOfBody.matcher(text).lookingAt();
    }

    /** Whether the block is one of the standard sentences. */
    boolean isStandard(String text) {
        if (standard.matcher(text).lookingAt()) {
            return true;
        }
        for (NearStart rule : nearStart) {
            if (startsWithin(text, rule.words, NEAR_START)
                    && rule.pattern.matcher(text).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code words} (any case) start within the first {@code limit} characters. */
    private static boolean startsWithin(String text, String words, int limit) {
        int last = Math.min(text.length() - words.length(), limit);
        for (int at = 0; at <= last; at++) {
            if (text.regionMatches(true, at, words, 0, words.length())) {
                return true;
            }
        }
        return false;
    }
}
