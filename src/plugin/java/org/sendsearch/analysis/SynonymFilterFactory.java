package org.sendsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Elasticsearch token filter {@code sendsearch_synonyms}: SEND vocabulary synonyms (EHCP, ASD,
 * CAMHS, ...) applied to queries only.
 *
 * <p>It must come last in a search analyzer whose other filters are exactly those of
 * {@code send_english} ({@code sendsearch_possessive, lowercase, sendsearch_folding,
 * sendsearch_stop, sendsearch_stem}, after {@code sendsearch_quotes} and the standard
 * tokenizer). Unlike Elasticsearch's own synonym filter, a stable-API filter cannot see the
 * analyzer it sits in, so the rules are parsed with {@link SendAnalyzers#indexAnalyzer()}, the
 * Lucene twin of that chain. A different chain in front of this filter would let rules and query
 * words disagree and synonyms silently not match.
 *
 * <p>The rules are parsed once, when the index's analyzers are built; a bad rule fails the index
 * creation with the parser's message.
 */
@NamedComponent("sendsearch_synonyms")
public class SynonymFilterFactory implements TokenFilterFactory {

    private final SynonymMap synonyms;

    @Inject
    public SynonymFilterFactory(SynonymSettings settings) {
        this.synonyms = SendSynonyms.parse(settings.synonyms());
    }

    @Override
    public TokenStream create(TokenStream input) {
        return SendSynonyms.expand(input, synonyms);
    }

    /** Query-time only: an index cannot store the token graph that multi-word synonyms make. */
    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
