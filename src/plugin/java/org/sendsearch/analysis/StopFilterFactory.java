package org.sendsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Elasticsearch token filter {@code sendsearch_stop}: English stop words (keeping "no" and
 * "not"), removed without leaving position gaps. Used instead of the built-in {@code stop}
 * filter, which does work here but leaves gaps that stop multi-word synonyms from phrase-matching
 * the indexed text; {@link SendStopWords} explains.
 */
@NamedComponent("sendsearch_stop")
public class StopFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return SendStopWords.remove(input);
    }
}
