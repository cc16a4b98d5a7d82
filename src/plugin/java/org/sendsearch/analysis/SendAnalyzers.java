package org.sendsearch.analysis;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The project's English analysis as plain Lucene {@link Analyzer}s, for code that runs outside
 * Elasticsearch (the theme tagger, tests).
 *
 * <p>Why it exists: the index analyses text with the components of the send-search analysis
 * plugin, configured in the index settings as {@code send_english} and
 * {@code send_english_search}. Anything the application does with words (tagging a passage with
 * a theme, say) must see the same terms the index holds, or a theme keyword would silently fail
 * to match. So the chain is written once, in this package, out of the same classes the
 * Elasticsearch factories wrap ({@link Apostrophes}, {@link SendStopWords}, {@link SendStemming},
 * {@link SendSynonyms}); this class only strings them together in the order the index settings
 * use. If you change the order here, change it in the index settings too.
 *
 * <p>The chain: apostrophe look-alikes → ASCII apostrophe; standard (Unicode word) tokenizer;
 * possessive "'s" removed; lower case; ASCII folding ("naïve café" → "naive cafe"); English stop
 * words removed without position gaps; stemming. The search chain adds SEND synonyms at the end.
 *
 * <p>No Elasticsearch classes are used here, so the application can call it without the plugin API.
 */
public final class SendAnalyzers {

    private SendAnalyzers() {}

    /**
     * The index-time chain, equal to the index's {@code send_english} analyzer. Analyzers are
     * thread-safe; callers may keep one and should close it when done.
     */
    public static Analyzer indexAnalyzer() {
        return new SendAnalyzer(null);
    }

    /**
     * The search-time chain, equal to {@code send_english_search}: the index chain followed by
     * synonyms from the given Solr-format rules (for example the lines of
     * {@code index-config/synonyms.txt}).
     */
    public static Analyzer searchAnalyzer(List<String> synonymRules) {
        return new SendAnalyzer(SendSynonyms.parse(synonymRules));
    }

    /**
     * Applies the index chain's token filters, in order, to a tokenizer's output. Public so that
     * the application can analyse one word at a time through the very filters the index uses
     * (the theme tagger remembers each word's term instead of analysing it again); every filter
     * here works on one token at a time, so a word's term does not depend on its neighbours.
     */
    public static TokenStream indexFilters(TokenStream tokens) {
        TokenStream stream = new EnglishPossessiveFilter(tokens);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = SendStopWords.remove(stream);
        return SendStemming.stem(stream);
    }

    /** One analyzer class for both chains: synonyms are null for the index chain. */
    private static final class SendAnalyzer extends Analyzer {
        private final SynonymMap synonyms;

        SendAnalyzer(SynonymMap synonyms) {
            this.synonyms = synonyms;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return Apostrophes.normalise(reader);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return Apostrophes.normalise(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = indexFilters(tokenizer);
            if (synonyms != null) {
                stream = SendSynonyms.expand(stream, synonyms);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
