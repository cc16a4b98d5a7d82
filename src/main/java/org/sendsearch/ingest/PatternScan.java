package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for patterns that can only start at a few characters (a digit, a capital
 * C or I...). {@code find} tries the whole pattern at every position of the text, which for the
 * extractor's patterns over whole documents was a fifth of extraction time; here the pattern is
 * tried only where one of the characters it can start with occurs, with transparent bounds so
 * look-behinds and line anchors still see the text before. Same matches, in the same order, as a
 * {@code find} loop, as long as every match starts with one of the given characters.
 *
 * <p>The places to try are found with {@link String#indexOf(int, int)}, one search per start
 * character, each resumed past the last place tried: the JDK scans for a character many bytes at
 * a time, where a loop testing every character (let alone calling a predicate for it) cost more
 * than the patterns. Immutable; one instance per pattern, shared.
 */
final class PatternScan {
    private final Pattern pattern;
    private final char[] startChars;

    /** A scan for {@code pattern}, which can only start with one of {@code startChars}. */
    PatternScan(Pattern pattern, String startChars) {
        this.pattern = pattern;
        this.startChars = startChars.toCharArray();
    }

    /** The non-overlapping matches of the pattern in {@code text}, left to right. */
    List<MatchResult> matches(String text) {
        List<MatchResult> results = new ArrayList<>();
        scan(text, results);
        return results;
    }

    /** Whether the pattern occurs in {@code text}: {@code pattern.matcher(text).find()}. */
    boolean foundIn(String text) {
        return scan(text, null);
    }

    /** Tries the pattern at each possible start; collects the matches, or stops at the first when there is no list. */
    private boolean scan(String text, List<MatchResult> results) {
        int[] next = new int[startChars.length];
        for (int k = 0; k < startChars.length; k++) {
            next[k] = text.indexOf(startChars[k]);
        }
        Matcher matcher = null;
        boolean found = false;
        for (int at = earliest(next); at >= 0; at = earliest(next)) {
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(at, text.length());
            int resume = at + 1;
            if (matcher.lookingAt()) {
                found = true;
                if (results == null) {
                    return true;
                }
                results.add(matcher.toMatchResult());
                resume = Math.max(matcher.end(), at + 1);
            }
            for (int k = 0; k < next.length; k++) {
                if (next[k] >= 0 && next[k] < resume) {
                    next[k] = text.indexOf(startChars[k], resume);
                }
            }
        }
        return found;
    }

    /** The smallest of the positions, or -1 when every search has run out. */
    private static int earliest(int[] positions) {
        int earliest = -1;
        for (int position : positions) {
            if (position >= 0 && (earliest < 0 || position < earliest)) {
                earliest = position;
            }
        }
        return earliest;
    }
}
