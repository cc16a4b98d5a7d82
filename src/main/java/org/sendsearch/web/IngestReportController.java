package org.sendsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sendsearch.index.IngestReportStore;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** {@code GET /api/ingest/report}: the latest indexing run's report, as the indexer saved it. */
public final class IngestReportController {
    private final IngestReportStore store;

    public IngestReportController(IngestReportStore store) {
        this.store = store;
    }

    public void report(Context ctx) throws IOException {
        Optional<String> json = store.readJson();
        if (json.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).json(Map.of("status", 404,
                    "message", "No ingest report yet: the corpus has not been indexed (run 'send-search index' or 'up')."));
            return;
        }
        ctx.contentType("application/json").result(json.get());
    }
}
