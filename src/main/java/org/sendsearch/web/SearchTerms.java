package org.sendsearch.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.sendsearch.analysis.SendAnalyzers;
import org.sendsearch.model.IndexField;
import org.sendsearch.search.Highlight;
import org.sendsearch.search.UserQuery;

/**
 * The words of a search marked in a document's text, for a reader who arrives from a result
 * ({@code ?q=} on the document's address). It marks what was typed, read as the search box reads
 * it ({@link UserQuery}: phrases, prefixes, OR, exclusions left out): a plain word marks every word
 * of the text the index would match it with, found by passing both through the index's own
 * analysis chain ({@link SendAnalyzers#indexAnalyzer()}: possessives, case, folding, stop words,
 * the SEND stemmer), so "children" marks "child" and "child's", "assessments" marks "assessment"
 * but not "assessed" unless the stemmer makes them one; a stop word marks nothing, as it matches
 * nothing. A quoted phrase marks the phrase as written (as exact phrases are matched), a
 * {@code prefix*} every word starting with it. Synonyms (EHCP for EHC plan) are not marked.
 */
final class SearchTerms {
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]+)\"|(\\S+)");
    /** Words too short to be worth marking everywhere they start a word. */
    private static final int MIN_WORD = 2;
    /** The index chain; analyzers are thread-safe, and this one lives as long as the application. */
    private static final Analyzer INDEX = SendAnalyzers.indexAnalyzer();

    /** Phrases and prefixes, or null. */
    private final Pattern pattern;
    /** The index terms of the plain words. */
    private final Set<String> terms;

    private SearchTerms(Pattern pattern, Set<String> terms) {
        this.pattern = pattern;
        this.terms = Set.copyOf(terms);
    }

    /** The terms of {@code typed}; none for a blank or exclusion-only search. */
    static SearchTerms of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new SearchTerms(null, Set.of());
        }
        List<String> alternatives = new ArrayList<>();
        Set<String> terms = new HashSet<>();
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
                if (word.endsWith("*")) {
                    word = word.substring(0, word.length() - 1);
                    if (word.length() >= MIN_WORD) {
                        alternatives.add("\\b" + Pattern.quote(word) + "[\\p{L}\\p{N}'’]*");
                    }
                } else {
                    analyse(word, (term, start, end) -> terms.add(term));
                }
            }
        }
        // Longest first, so a phrase wins over a word inside it.
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        Pattern pattern = alternatives.isEmpty()
                ? null
                : Pattern.compile(
                        String.join("|", alternatives),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        return new SearchTerms(pattern, terms);
    }

    boolean isEmpty() {
        return pattern == null && terms.isEmpty();
    }

    /** {@code text} with the terms marked. */
    Highlight mark(String text) {
        if (isEmpty() || text.isEmpty()) {
            return Highlight.plain(text);
        }
        // Phrases and prefixes first; then each word whose index term was searched, outside them.
        List<int[]> spans = new ArrayList<>();
        if (pattern != null) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (matcher.end() > matcher.start()) {
                    spans.add(new int[] {matcher.start(), matcher.end()});
                }
            }
        }
        if (!terms.isEmpty()) {
            List<int[]> words = new ArrayList<>();
            analyse(text, (term, start, end) -> {
                if (terms.contains(term) && start < end && end <= text.length()) {
                    words.add(new int[] {start, end});
                }
            });
            for (int[] word : words) {
                boolean inside = spans.stream().anyMatch(span -> word[0] < span[1] && span[0] < word[1]);
                if (!inside) {
                    spans.add(word);
                }
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        List<Highlight.Segment> segments = new ArrayList<>();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue; // overlaps the span before it
            }
            if (span[0] > at) {
                segments.add(new Highlight.Segment(text.substring(at, span[0]), false));
            }
            segments.add(new Highlight.Segment(text.substring(span[0], span[1]), true));
            at = span[1];
        }
        if (at < text.length()) {
            segments.add(new Highlight.Segment(text.substring(at), false));
        }
        return new Highlight(segments);
    }

    /** What the index chain makes of one token: its term and where it stands in the text. */
    @FunctionalInterface
    private interface TermSink {
        void accept(String term, int start, int end);
    }

    private static void analyse(String text, TermSink sink) {
        try (TokenStream stream = INDEX.tokenStream(IndexField.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
