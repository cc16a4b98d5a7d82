package org.sendsearch.web;

import org.sendsearch.engine.Engine;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.insights.AreaService;
import org.sendsearch.insights.ExportService;
import org.sendsearch.insights.MatrixService;
import org.sendsearch.insights.PhraseService;
import org.sendsearch.insights.SimilarService;
import org.sendsearch.search.Backend;
import org.sendsearch.search.DocumentService;
import org.sendsearch.search.IndexGeneration;
import org.sendsearch.search.SearchService;

/**
 * Everything the web server answers from, built once by the composition root
 * ({@code cli/ServiceFactory}) and handed to {@link WebServer#start}, which builds none of it.
 * The server owns it from then on: stopping the server closes it, which stops the threads behind
 * it (the index-generation poller and the backend's deadline executor). The engine is not closed
 * here: whoever opened it closes it, after the server.
 *
 * @param engine     the Elasticsearch in use, for {@code /api/health}
 * @param backend    what the services share: client, aliases, vocabulary, deadline
 * @param generation the index generation the search cache follows
 * @param sources    the original files behind the documents
 * @param reports    where the indexer keeps its latest report
 */
public record Services(
        Engine engine,
        Backend backend,
        IndexGeneration generation,
        SearchService search,
        DocumentService documents,
        Research research,
        SourceFiles sources,
        IngestReportStore reports)
        implements AutoCloseable {

    /** The research features: recurring themes, characteristic wording, similar findings, areas, export. */
    public record Research(
            MatrixService matrix,
            PhraseService phrases,
            SimilarService similar,
            AreaService areas,
            ExportService export) {}

    /** Stops the poller, then the deadline's executor; the engine stays open. */
    @Override
    public void close() {
        generation.close();
        backend.close();
    }
}
