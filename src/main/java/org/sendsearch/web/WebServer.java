package org.sendsearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.engine.Engine;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.search.DocumentService;
import org.sendsearch.search.IndexGeneration;
import org.sendsearch.search.ResultCache;
import org.sendsearch.search.SearchService;

/**
 * The HTTP face of send-search: the pages in {@code web/} (packaged on the classpath) and the JSON
 * API under {@code /api}. Every response carries the security headers; errors never show internals
 * ({@link ErrorResponses}); the server is read-only ({@link RequestGuard}).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LogManager.getLogger(WebServer.class);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * How often the server asks whether the index changed: a cached result is at most this much
     * older than the index (on top of Elasticsearch's own refresh interval, also a second).
     */
    private static final java.time.Duration GENERATION_POLL = java.time.Duration.ofSeconds(1);
    /** Searches answered again from memory while the index is unchanged (one page of hits each). */
    private static final int CACHED_RESULTS = 200;

    private final Javalin app;
    private final IndexGeneration generation;

    private WebServer(Javalin app, IndexGeneration generation) {
        this.app = app;
        this.generation = generation;
    }

    public static WebServer start(WebOptions options, Engine engine) {
        return start(options, engine, IngestReportStore.inDataDirectory(java.nio.file.Path.of("data")));
    }

    /** Starts serving; {@code reports} is where the indexer keeps its latest report. */
    public static WebServer start(WebOptions options, Engine engine, IngestReportStore reports) {
        return start(options, engine, reports, SearchSettings.defaults());
    }

    /** Starts serving with the given search settings (aliases, vocabulary labels, corpus folder). */
    public static WebServer start(WebOptions options, Engine engine, IngestReportStore reports, SearchSettings search) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        HealthController health = new HealthController(engine);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.maxRequestSize = RequestGuard.MAX_BODY_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("X-Frame-Options", "DENY");
        });
        app.before(new RequestGuard()); // After the headers, so that its refusals carry them too.
        app.get("/api/health", health::health);
        app.get("/api/ingest/report", new IngestReportController(reports)::report);
        IndexGeneration generation = IndexGeneration.watch(engine.client(), search.indices(), GENERATION_POLL);
        SearchService searchService = new SearchService(engine.client(), search.indices(), search.vocabulary(),
                search.timeLimit(), new ResultCache(generation, CACHED_RESULTS));
        DocumentService documentService = new DocumentService(engine.client(), search.indices(), search.vocabulary(),
                search.timeLimit());
        SearchController searchController = new SearchController(searchService, json.writer());
        DocumentController documentController = new DocumentController(documentService, search.sources());
        app.get("/api/search", searchController::api);
        app.get("/api/documents/{id}", documentController::api);
        app.get("/", searchController::page);
        app.get("/search", searchController::page);
        app.get("/documents/{id}", documentController::page);
        app.get("/documents/{id}/source", documentController::source);
        ResearchRoutes.register(app, engine, search);
        ErrorResponses.register(app);
        app.start(options.host(), options.port());
        log.info("Serving on http://{}:{}", options.host(), app.port());
        return new WebServer(app, generation);
    }

    /** The port actually bound (useful when 0 asked for any free port). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        generation.close();
    }
}
