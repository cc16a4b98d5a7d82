package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendsearch.util.WordList;

/**
 * The fourth step of cleaning: undoing page breaks. Converters leave runs of blank lines where a
 * page ended, often in the middle of a sentence or bullet; a block after a break is joined to the
 * one before when the sentence plainly runs on ({@link #continues}), so a bullet split by a page
 * break is one finding.
 */
final class BreakJoiner {
    /** Words a sentence cannot end on: a block ending with one runs on into the next. */
    private static final Set<String> DANGLING = Set.copyOf(WordList.resource(BreakJoiner.class, "dangling-words.txt"));

    /** Openings of a sentence that continues the previous one's thought, so cannot start a new finding. */
    private static final Pattern CONNECTIVE =
            Pattern.compile("^(?:" + WordList.alternation(BreakJoiner.class, "connectives.txt") + ")\\b");

    private BreakJoiner() {}

    /** The blocks with every block that runs on from the one before joined to it. */
    static List<Unit> merge(List<Unit> units) {
        List<Unit> merged = new ArrayList<>(units.size());
        for (Unit unit : units) {
            Unit previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && continues(previous, unit)) {
                previous.join(unit.text());
                previous.lastLineLength = unit.lastLineLength;
            } else {
                merged.add(unit);
            }
        }
        return merged;
    }

    /**
     * Whether {@code next}, after a blank line or page break, is the rest of {@code previous}. The
     * rules, from strongest evidence down:
     * <ol>
     * <li>never into or out of a heading, a table-like block or a numbered item;</li>
     * <li>a bullet that starts with a capital is a new item;</li>
     * <li>a block ending on a word no sentence ends on ("the", "of", "their") runs on;</li>
     * <li>in a list of phrases (items starting lower case, no full stops) a lower-case start is the
     *     next item, not a continuation;</li>
     * <li>after a page break: a lower-case start, an unfinished sentence, or a connective opening
     *     ("Consequently, ...") after a list item runs on;</li>
     * <li>after a blank line: a lower-case start after an unfinished sentence runs on, and so does a
     *     capitalised name cut in two ("... An Equality Impact" / "Assessment is ...").</li>
     * </ol>
     */
    private static boolean continues(Unit previous, Unit next) {
        if (next.gapBefore == 0
                || previous.heading
                || next.heading
                || previous.multiline
                || next.multiline
                || next.markdownLevel > 0
                || !next.label.isEmpty() && !next.label.equals("-")) {
            return false;
        }
        String p = previous.text();
        String n = next.text();
        boolean lowerStart = Words.startsLowercase(n);
        if (next.bullet && !lowerStart) {
            return false;
        }
        if (DateGrammar.isDateLine(n) || DateGrammar.isDateLine(p)) {
            return false;
        }
        boolean finished = Sentence.ends(p);
        if (!finished && DANGLING.contains(lastWord(p).toLowerCase(Locale.ROOT)) || p.endsWith(",")) {
            return true;
        }
        boolean phraseList = !previous.label.isEmpty() && Words.startsLowercase(p);
        if (phraseList) {
            return false;
        }
        boolean sentenceLike = lowercaseWords(p) >= 3;
        if (!sentenceLike) {
            return false;
        }
        if (next.gapBefore >= 2) {
            return lowerStart
                    || !finished
                    || (!previous.label.isEmpty()
                            && !next.bullet
                            && CONNECTIVE.matcher(n).lookingAt());
        }
        if (finished) {
            return false;
        }
        if (lowerStart) {
            return true;
        }
        int lastStop = p.lastIndexOf(". ");
        if (lastStop > 0 && !next.bullet) {
            String[] tail = p.substring(lastStop + 2).split(" ");
            String[] head = n.split(" ", 3);
            return tail.length >= 2
                    && Character.isUpperCase(tail[tail.length - 1].charAt(0))
                    && head.length >= 2
                    && Character.isUpperCase(head[0].charAt(0))
                    && Words.startsLowercase(head[1]);
        }
        return false;
    }

    private static String lastWord(String s) {
        int end = s.length();
        int start = s.lastIndexOf(' ', end - 1) + 1;
        return s.substring(start, end);
    }

    private static int lowercaseWords(String s) {
        int count = 0;
        for (String word : s.split(" ")) {
            if (!word.isEmpty() && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                count++;
            }
        }
        return count;
    }
}
