package org.sendsearch.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * SEND vocabulary synonyms: parsing Solr-format rules and applying them to a query.
 *
 * <p>Rules are parsed with {@link SendAnalyzers#indexAnalyzer()}, the same chain that analyses the
 * text before the synonym filter, so a rule's words meet the query's words in the same form:
 * "EHC plans" in a query and "EHC plan" in a rule both become {@code ehc plan}; "His or Her
 * Majesty's Inspector" becomes {@code his her majesty inspector} on both sides. A synonym filter can
 * only match what it is given, so this sameness is the whole point of the class.
 *
 * <p>Meant for search time only: expanding synonyms in the query keeps the index free of them,
 * so rules can change without reindexing, and multi-word expansions produce a correct token graph
 * (an index cannot store a graph).
 */
public final class SendSynonyms {

    private SendSynonyms() {}

    /**
     * Parses rules in Solr's format, one rule per element ("a, b, c" makes each find the others;
     * "a => b" rewrites). Blank elements and {@code #} comments are allowed, so the lines of
     * {@code index-config/synonyms.txt} can be passed as they are.
     *
     * @throws IllegalArgumentException naming the problem, when a rule cannot be parsed
     */
    public static SynonymMap parse(List<String> rules) {
        try (Analyzer ruleAnalyzer = SendAnalyzers.indexAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            parser.parse(new StringReader(String.join("\n", rules)));
            return parser.build();
        } catch (ParseException e) {
            // The parser's own message names the line; the cause says what was wrong with it.
            String reason = e.getCause() == null ? "" : ": " + e.getCause().getMessage();
            throw new IllegalArgumentException("invalid synonym rules: " + e.getMessage() + reason, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonym rules", e);
        }
    }

    /**
     * Applies parsed synonyms to a stream analysed like the rules were; returns the stream as it
     * is when there are no rules.
     */
    public static TokenStream expand(TokenStream analysed, SynonymMap synonyms) {
        if (synonyms.fst == null) {
            return analysed;
        }
        return new SynonymGraphFilter(analysed, synonyms, false);
    }
}
