package org.sendsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/**
 * The Elasticsearch factories, strung together as the index settings string them, give exactly
 * what {@link SendAnalyzers} gives: the application and the index analyse alike.
 */
class FactoriesTest {

    private static final String TEXT = "The area’s EHCP: Children waited for naïve CAMHS assessments, "
            + "and SEN and/or disabilities were not identified by His Majesty's Inspector.";

    /** An analyzer built only from factories, in the order of the send_english settings. */
    private static Analyzer fromFactories(List<TokenFilterFactory> filters) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new QuotesCharFilterFactory().create(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = tokenizer;
                for (TokenFilterFactory filter : filters) {
                    stream = filter.create(stream);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private static TokenFilterFactory lowercase() {
        return LowerCaseFilter::new;
    }

    private static List<TokenFilterFactory> indexFilters() {
        return List.of(
                new PossessiveFilterFactory(),
                lowercase(),
                new FoldingFilterFactory(),
                new StopFilterFactory(),
                new StemFilterFactory());
    }

    @Test
    void indexChainMatchesSendAnalyzers() {
        assertEquals(
                Tokens.positioned(SendAnalyzers.indexAnalyzer(), TEXT),
                Tokens.positioned(fromFactories(indexFilters()), TEXT));
    }

    @Test
    void searchChainMatchesSendAnalyzers() throws IOException {
        List<String> rules = SendSynonymsTest.projectRules();
        SynonymSettings settings = () -> rules;
        List<TokenFilterFactory> filters = new java.util.ArrayList<>(indexFilters());
        filters.add(new SynonymFilterFactory(settings));
        assertEquals(
                Tokens.positioned(SendAnalyzers.searchAnalyzer(rules), TEXT),
                Tokens.positioned(fromFactories(filters), TEXT));
    }

    @Test
    void synonymFilterIsSearchTimeOnly() {
        assertEquals(AnalysisMode.SEARCH_TIME, new SynonymFilterFactory(List::of).getAnalysisMode());
    }

    @Test
    void charFilterAndFoldingAlsoNormaliseWildcardTerms() throws IOException {
        assertEquals("area's", read(new QuotesCharFilterFactory().normalize(new StringReader("area’s"))));
        Tokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader("café"));
        assertEquals(List.of("cafe"), drain(new FoldingFilterFactory().normalize(tokenizer)));
    }

    private static String read(Reader reader) {
        StringBuilder text = new StringBuilder();
        try (reader) {
            for (int c = reader.read(); c != -1; c = reader.read()) {
                text.append((char) c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static List<String> drain(TokenStream stream) throws IOException {
        List<String> terms = new java.util.ArrayList<>();
        var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            terms.add(term.toString());
        }
        stream.end();
        stream.close();
        return terms;
    }
}
