package org.sendsearch.cli;

import java.time.Duration;
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
import org.sendsearch.search.ResultCache;
import org.sendsearch.search.SearchService;
import org.sendsearch.web.SearchSettings;
import org.sendsearch.web.Services;

/**
 * The composition root of the web server: the one place where its services are built, each once,
 * over one {@link Backend}, from settings the caller states (no folder is assumed). The
 * {@link Services} it returns are closed by the server they are handed to.
 */
public final class ServiceFactory {
    /**
     * How often the server asks whether the index changed: a cached result is at most this much
     * older than the index (on top of Elasticsearch's own refresh interval, also a second).
     */
    private static final Duration GENERATION_POLL = Duration.ofSeconds(1);
    /** Searches answered again from memory while the index is unchanged (one page of hits each). */
    private static final int CACHED_RESULTS = 200;
    /** Matrices answered again from memory (about a megabyte each at 150 areas by 25 themes). */
    private static final int CACHED_MATRICES = 16;

    private ServiceFactory() {}

    /** The services over {@code engine}'s client, reading what {@code settings} name. */
    public static Services open(Engine engine, SearchSettings settings, IngestReportStore reports) {
        Backend backend =
                Backend.open(engine.client(), settings.indices(), settings.vocabulary(), settings.timeLimit());
        IndexGeneration generation = IndexGeneration.watch(engine.client(), settings.indices(), GENERATION_POLL);
        SearchService search = new SearchService(backend, new ResultCache<>(generation, CACHED_RESULTS));
        // Counts and exports select findings with the search's own query, so they agree with the searches they link to.
        var research = new Services.Research(
                new MatrixService(backend, search::selection, new ResultCache<>(generation, CACHED_MATRICES)),
                new PhraseService(backend, search::selection),
                new SimilarService(backend),
                new AreaService(backend),
                new ExportService(backend, search::selection));
        return new Services(
                engine,
                backend,
                generation,
                search,
                new DocumentService(backend),
                research,
                settings.sources(),
                reports);
    }
}
