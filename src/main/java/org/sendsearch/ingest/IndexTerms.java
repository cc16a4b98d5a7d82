package org.sendsearch.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.sendsearch.analysis.Apostrophes;
import org.sendsearch.analysis.SendAnalyzers;

/**
 * The terms of the index chain ({@link SendAnalyzers#indexAnalyzer()}), with each distinct word
 * analysed once rather than every time it occurs.
 *
 * <p>Why: tagging themes ran every word of every passage through the whole chain, and the
 * filters after the tokenizer (possessive, lower case, folding, stop words, three stemmers)
 * were a sixth of extraction time, spent mostly on the same few thousand words. Each of those
 * filters works on one token at a time, so a word's term depends only on the word: the text is
 * tokenized as the index tokenizes it (apostrophe look-alikes normalised, Unicode word
 * boundaries), and each token's term is looked up in a table filled by passing the token alone
 * through the index chain's filters ({@link SendAnalyzers#indexFilters}). The terms are the same
 * as the analyzer's, in the same order.
 *
 * <p>Thread-safe: each thread has its own tokenizer, filters and table. The table is emptied
 * when it reaches {@value #MAX_WORDS} words (a few megabytes), so memory stays bounded on any
 * input. Meant for the extractor's few threads, each analysing document after document; code
 * analysing a query now and then on many threads is better served by
 * {@link TermAnalysis#indexChain()}.
 */
final class IndexTerms implements TermAnalysis {
    static final int MAX_WORDS = 50_000;

    private final ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);

    @Override
    public List<String> terms(String text) {
        return workers.get().terms(text);
    }

    /** One thread's tokenizer, filter chain and table of terms by word. */
    private static final class Worker {
        /** What a word that leaves no term (a stop word) maps to. */
        private static final String[] NO_TERMS = new String[0];

        private final StandardTokenizer tokenizer = new StandardTokenizer();
        private final CharTermAttribute word = tokenizer.addAttribute(CharTermAttribute.class);
        private final OneWord oneWord = new OneWord();
        private final TokenStream filters = SendAnalyzers.indexFilters(oneWord);
        private final CharTermAttribute filtered = filters.addAttribute(CharTermAttribute.class);
        private final CharArrayMap<String[]> termsByWord = new CharArrayMap<>(1024, false);

        List<String> terms(String text) {
            List<String> terms = new ArrayList<>();
            try {
                tokenizer.setReader(Apostrophes.normalise(new StringReader(text)));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    String[] wordTerms = termsByWord.get(word.buffer(), 0, word.length());
                    if (wordTerms == null) {
                        wordTerms = analyse(word.buffer(), word.length());
                    }
                    for (String term : wordTerms) {
                        terms.add(term);
                    }
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                closeQuietly(tokenizer);
            }
            return terms;
        }

        /** Passes one word through the index chain's filters and remembers what comes out. */
        private String[] analyse(char[] buffer, int length) throws IOException {
            oneWord.set(buffer, length);
            List<String> out = new ArrayList<>(1);
            filters.reset();
            while (filters.incrementToken()) {
                out.add(filtered.toString());
            }
            filters.end();
            filters.close();
            String[] wordTerms = out.isEmpty() ? NO_TERMS : out.toArray(String[]::new);
            if (termsByWord.size() >= MAX_WORDS) {
                termsByWord.clear();
            }
            termsByWord.put(new String(buffer, 0, length), wordTerms);
            return wordTerms;
        }

        private static void closeQuietly(StandardTokenizer tokenizer) {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A token stream of one given word, as the tokenizer would hand it to the first filter. */
    private static final class OneWord extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] buffer;
        private int length;
        private boolean given;

        void set(char[] buffer, int length) {
            this.buffer = buffer;
            this.length = length;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            given = false;
        }

        @Override
        public boolean incrementToken() {
            if (given) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(buffer, 0, length);
            given = true;
            return true;
        }
    }
}
