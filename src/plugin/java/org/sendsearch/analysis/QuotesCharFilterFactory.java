package org.sendsearch.analysis;

import java.io.Reader;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.CharFilterFactory;

/**
 * Elasticsearch char filter {@code sendsearch_quotes}: typographic apostrophes to {@code '}, so
 * "the area’s plan" and "the area's plan" analyse alike. See {@link Apostrophes}.
 */
@NamedComponent("sendsearch_quotes")
public class QuotesCharFilterFactory implements CharFilterFactory {
    @Override
    public Reader create(Reader reader) {
        return Apostrophes.normalise(reader);
    }

    /** Also for wildcard and prefix queries, which go through normalisation, not analysis. */
    @Override
    public Reader normalize(Reader reader) {
        return Apostrophes.normalise(reader);
    }
}
