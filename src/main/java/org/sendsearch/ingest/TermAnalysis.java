package org.sendsearch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.sendsearch.analysis.SendAnalyzers;

/**
 * Text to index terms (lower-cased, folded, stop words out, stemmed), so that theme signals and
 * passages are compared as the index compares them: "waits", "waiting" and "waited" are one term.
 * A small interface so tests and callers can supply another chain.
 */
@FunctionalInterface
public interface TermAnalysis {

    /** The terms of the text, in order. */
    List<String> terms(String text);

    /** The index-time chain of the send-search analysis plugin ({@link SendAnalyzers#indexAnalyzer()}). */
    static TermAnalysis indexChain() {
        return of(SendAnalyzers.indexAnalyzer());
    }

    /** Terms from any Lucene analyzer (thread-safe, as analyzers are). */
    static TermAnalysis of(Analyzer analyzer) {
        return text -> {
            List<String> terms = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream("text", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    terms.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return terms;
        };
    }
}
