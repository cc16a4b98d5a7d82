package org.sendsearch.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendsearch.search.Highlight;
import org.sendsearch.search.UserQuery;

/**
 * The words of a search marked in a document's text, for a reader who arrives from a result
 * ({@code ?q=} on the document's address). It marks what was typed, read as the search box reads
 * it ({@link UserQuery}: phrases, prefixes, OR, exclusions left out), and the other endings of each
 * word (wait marks waits, waiting), case and spacing aside. It is a reading aid, not the engine's
 * analysis: synonyms (EHCP for EHC plan) are not marked.
 */
final class SearchTerms {
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]+)\"|(\\S+)");
    /** Words too short to be worth marking everywhere they start a word. */
    private static final int MIN_WORD = 2;

    private final Pattern pattern;

    private SearchTerms(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The terms of {@code typed}; none for a blank or exclusion-only search. */
    static SearchTerms of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new SearchTerms(null);
        }
        List<String> alternatives = new ArrayList<>();
        Matcher tokens = TOKEN.matcher(UserQuery.parse(typed).positive());
        while (tokens.find()) {
            if (tokens.group(1) != null) {
                String[] words = tokens.group(1).strip().split("\\s+");
                List<String> quoted = new ArrayList<>();
                for (String word : words) {
                    quoted.add(Pattern.quote(word));
                }
                alternatives.add("\\b" + String.join("\\s+", quoted) + "\\b");
            } else {
                String word = tokens.group(2);
                if (word.equals("|")) {
                    continue;
                }
                word = word.endsWith("*") ? word.substring(0, word.length() - 1) : word;
                if (word.length() >= MIN_WORD) {
                    alternatives.add("\\b" + Pattern.quote(word) + "[\\p{L}\\p{N}'’]*");
                }
            }
        }
        if (alternatives.isEmpty()) {
            return new SearchTerms(null);
        }
        // Longest first, so a phrase wins over a word inside it.
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        return new SearchTerms(Pattern.compile(
                String.join("|", alternatives),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
    }

    boolean isEmpty() {
        return pattern == null;
    }

    /** {@code text} with the terms marked. */
    Highlight mark(String text) {
        if (pattern == null || text.isEmpty()) {
            return Highlight.plain(text);
        }
        List<Highlight.Segment> segments = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                continue;
            }
            if (matcher.start() > at) {
                segments.add(new Highlight.Segment(text.substring(at, matcher.start()), false));
            }
            segments.add(new Highlight.Segment(matcher.group(), true));
            at = matcher.end();
        }
        if (at < text.length()) {
            segments.add(new Highlight.Segment(text.substring(at), false));
        }
        return new Highlight(segments);
    }
}
