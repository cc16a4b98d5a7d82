package org.sendsearch.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Elasticsearch token filter {@code sendsearch_folding}: folds accented and other non-ASCII
 * letters to their ASCII equivalents ("naïve café" → "naive cafe"), as the distribution's missing
 * {@code asciifolding} would. Parents type "cafe" and "naive" whatever the document printed.
 */
@NamedComponent("sendsearch_folding")
public class FoldingFilterFactory implements TokenFilterFactory {
    @Override
    public TokenStream create(TokenStream input) {
        return new ASCIIFoldingFilter(input);
    }

    /** Wildcard and prefix queries must fold too, or "café*" would miss the indexed "cafe". */
    @Override
    public TokenStream normalize(TokenStream input) {
        return new ASCIIFoldingFilter(input);
    }
}
