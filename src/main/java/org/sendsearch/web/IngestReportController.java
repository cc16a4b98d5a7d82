package org.sendsearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import org.sendsearch.index.IngestReportStore;

/**
 * {@code GET /api/ingest/report}: the latest indexing run's report, as the indexer saved it; a 404
 * (answered by {@link ErrorResponses}) before the first run.
 */
public final class IngestReportController {
    private final IngestReportStore store;

    public IngestReportController(IngestReportStore store) {
        this.store = store;
    }

    public void report(Context ctx) throws IOException {
        String json = store.readJson()
                .orElseThrow(() -> HttpProblem.notFound(
                        "No ingest report yet",
                        "No ingest report yet: the corpus has not been indexed (run 'send-search index' or 'up')."));
        ctx.contentType("application/json").result(json);
    }
}
