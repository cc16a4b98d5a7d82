package org.sendsearch.web;

import io.javalin.http.Context;
import java.util.Set;
import org.sendsearch.insights.InsightsQuery;
import org.sendsearch.insights.PhraseUsageService;
import org.sendsearch.search.Vocabulary;

/**
 * {@code GET /api/phrases/usage?q="a phrase"&<search filters>}: how the quoted phrases of a
 * search have been used, and the same point in other words ({@link PhraseUsageService}). The
 * parameters are a search's, read as the insights read them ({@link InsightsQuery}: findings
 * scope, any polarity unless one is chosen); a {@code q} with no quoted phrase is a 400 naming
 * {@code q}. Errors are thrown and answered by {@link ErrorResponses}.
 */
final class PhraseUsageController {
    private final PhraseUsageService usage;
    private final Vocabulary vocabulary;

    PhraseUsageController(PhraseUsageService usage, Vocabulary vocabulary) {
        this.usage = usage;
        this.vocabulary = vocabulary;
    }

    void api(Context ctx) {
        InsightsQuery query = InsightsQuery.parse(ctx.queryParamMap(), vocabulary, Set.of(), "all");
        ctx.json(usage.usage(query.search()));
    }
}
