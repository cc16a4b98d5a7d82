package org.sendsearch.analysis;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * English stop words, removed without leaving position gaps.
 *
 * <p>The list is Lucene's English list (the one Elasticsearch calls {@code _english_}) without
 * "no" and "not": in inspection findings the negation is the finding ("not in education,
 * employment or training", "no EHC plan", "did not meet"), and the synonym rule for NEET would
 * otherwise equate "not in education" with "in education".
 *
 * <p>Why no gaps: Elasticsearch's own {@code stop} filter leaves a hole where each stop word was,
 * so "education, health and care plan" is indexed as education(1) health(2) care(4) plan(5).
 * A synonym filter emits its multi-word expansions without holes, so the query "EHCP", expanded
 * to the phrase "education health care plan" at positions 1-4, would never phrase-match that
 * text. Closing the gaps at index time and at search time keeps the two sides aligned, and it lets
 * synonym rules that contain stop words ("SEN and/or disabilities", "His or Her Majesty's
 * Inspector") be parsed by the very chain that analyses documents. The price: a phrase query no
 * longer tells "health and care" from "health care", which for this corpus is a gain.
 */
public final class SendStopWords {

    /** Lucene's English stop words minus "no" and "not". */
    public static final CharArraySet STOP_WORDS = buildStopWords();

    private SendStopWords() {}

    /** Removes stop words from a lower-cased stream and closes the gaps they leave. */
    public static TokenStream remove(TokenStream lowerCased) {
        return new ClosePositionGapsFilter(new StopFilter(lowerCased, STOP_WORDS));
    }

    private static CharArraySet buildStopWords() {
        Set<String> words = new HashSet<>();
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            words.add(new String((char[]) word));
        }
        words.remove("no");
        words.remove("not");
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }
}
