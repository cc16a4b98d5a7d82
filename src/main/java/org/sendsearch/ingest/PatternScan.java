package org.sendsearch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for patterns that can only start at a few characters (a digit, a capital
 * C or I...). {@code find} tries the whole pattern at every position of the text, which for the
 * extractor's patterns over whole documents was a fifth of extraction time; here a plain loop
 * skips the positions where the first character cannot match and the pattern is tried only at
 * the others, with transparent bounds so look-behinds still see the text before. Same matches,
 * in the same order, as a {@code find} loop, as long as every match starts with one of the
 * given characters.
 *
 * <p>The characters are held as a table, not a predicate: a predicate called at every character
 * of every document, with a different lambda at each call site, cost more than the patterns.
 * Immutable; one instance per pattern, shared.
 */
final class PatternScan {
    private final Pattern pattern;
    private final boolean[] asciiStarts = new boolean[128];
    private final String otherStarts;

    /** A scan for {@code pattern}, which can only start with one of {@code startChars}. */
    PatternScan(Pattern pattern, String startChars) {
        this.pattern = pattern;
        StringBuilder others = new StringBuilder();
        for (char c : startChars.toCharArray()) {
            if (c < asciiStarts.length) {
                asciiStarts[c] = true;
            } else {
                others.append(c);
            }
        }
        this.otherStarts = others.toString();
    }

    /** The non-overlapping matches of the pattern in {@code text}, left to right. */
    List<MatchResult> matches(String text) {
        List<MatchResult> results = new ArrayList<>();
        Matcher matcher = null;
        int length = text.length();
        int at = 0;
        while (at < length) {
            if (!canStart(text.charAt(at))) {
                at++;
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(at, length);
            if (matcher.lookingAt()) {
                results.add(matcher.toMatchResult());
                at = matcher.end() > at ? matcher.end() : at + 1;
            } else {
                at++;
            }
        }
        return results;
    }

    private boolean canStart(char c) {
        return c < asciiStarts.length ? asciiStarts[c] : !otherStarts.isEmpty() && otherStarts.indexOf(c) >= 0;
    }
}
