package org.sendsearch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.insights.PhraseUsageService;
import org.sendsearch.web.page.Feedback;

/**
 * The HTTP face of send-search: the pages in {@code web/} (packaged on the classpath) and the JSON
 * API under {@code /api}. Every response carries the security headers; errors never show internals
 * ({@link ErrorResponses}); the server is read-only ({@link RequestGuard}). It builds no service:
 * it is handed them ({@link Services}).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LogManager.getLogger(WebServer.class);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final Services services;

    private WebServer(Javalin app, Services services) {
        this.app = app;
        this.services = services;
    }

    /**
     * Starts serving {@code services}, which the server owns from then on: {@link #close()} closes
     * them, and so does a start that fails (for example on a port in use).
     */
    public static WebServer start(WebOptions options, Services services) {
        try {
            return new WebServer(serve(options, services), services);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private static Javalin serve(WebOptions options, Services services) {
        ObjectMapper json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
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
        Feedback.check();
        HealthController health = new HealthController(
                services.engine(), services.backend().indices().passages());
        app.get("/api/health", health::health);
        app.get("/status", health::page);
        app.get("/api/ingest/report", new IngestReportController(services.reports())::report);
        PhraseUsageService usage = new PhraseUsageService(services.backend(), services.search()::selection);
        SearchController searchController = new SearchController(services.search(), usage, json.writer());
        DocumentController documentController = new DocumentController(services.documents(), services.sources());
        app.get("/api/search", searchController::api);
        app.get("/api/documents/{id}", documentController::api);
        LandingPage landing = new LandingPage(services.search());
        app.get("/", ctx -> {
            if (ctx.queryParamMap().isEmpty()) {
                ctx.html(landing.render());
            } else {
                searchController.page(ctx);
            }
        });
        app.get("/search", searchController::page);
        InfoPages info = new InfoPages();
        app.get("/help", ctx -> ctx.html(info.helpPage()));
        app.get("/accessibility", ctx -> ctx.html(info.accessibilityPage()));
        app.get("/findings/{id}/cite", documentController::cite);
        app.get("/findings/{id}/cite.ris", documentController::citeRis);
        app.get("/findings/{id}/cite.bib", documentController::citeBibtex);
        app.get("/documents/{id}", documentController::page);
        app.get("/documents/{id}/source", documentController::source);
        ResearchRoutes.register(app, services.research(), services.search(), services.backend(), usage);
        ErrorResponses.register(app);
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            app.stop();
            throw e;
        }
        log.info("Serving on http://{}:{}", options.host(), app.port());
        return app;
    }

    /** The port actually bound (useful when 0 asked for any free port). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        services.close();
    }
}
