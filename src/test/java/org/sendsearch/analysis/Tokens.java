package org.sendsearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/** Test helper: what an analyzer makes of a text, as terms or as "term@position[/length]". */
final class Tokens {

    private Tokens() {}

    /** The terms, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        for (String token : positioned(analyzer, text)) {
            terms.add(token.substring(0, token.indexOf('@')));
        }
        return terms;
    }

    /** The distinct terms. */
    static Set<String> termSet(Analyzer analyzer, String text) {
        return new TreeSet<>(terms(analyzer, text));
    }

    /**
     * Each token as {@code term@position}, positions counted from 0, with {@code /length} added
     * when a token spans more than one position (a multi-word synonym's single-word side).
     */
    static List<String> positioned(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term + "@" + position
                        + (length.getPositionLength() > 1 ? "/" + length.getPositionLength() : ""));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
