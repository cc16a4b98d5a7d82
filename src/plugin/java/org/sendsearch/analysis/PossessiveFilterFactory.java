package org.sendsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Drops the English possessive "'s" ("the area's plan" → "area"), which the distribution's
 * missing analysis-common module would otherwise have supplied.
 */
@NamedComponent("sendsearch_possessive")
public class PossessiveFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new EnglishPossessiveFilter(input);
    }
}
