package org.sendsearch.web;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.sendsearch.engine.Engine;
import org.sendsearch.insights.AreaService;
import org.sendsearch.insights.ExportService;
import org.sendsearch.insights.MatrixService;
import org.sendsearch.insights.PhraseService;
import org.sendsearch.insights.SimilarService;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.SearchRequest;
import org.sendsearch.search.SearchUnavailableException;

import java.util.Map;
import java.util.function.Function;

/**
 * The research features (issue 6) on the web server: recurring themes, characteristic wording,
 * similar findings, area pages and export. Kept apart from {@link WebServer} so that wiring them
 * in is one line there.
 */
public final class ResearchRoutes {
    private ResearchRoutes() {
    }

    public static void register(Javalin app, Engine engine, SearchSettings settings) {
        var client = engine.client();
        var indices = settings.indices();
        var vocabulary = settings.vocabulary();
        var limit = settings.timeLimit();
        // Counts and exports select findings with the search's own query, so they agree with the searches they link to.
        Function<SearchRequest, Query> selection = QueryBuilder.forApi(indices, vocabulary)::selection;
        InsightsController insights = new InsightsController(new MatrixService(client, indices, vocabulary, limit, selection),
                new PhraseService(client, indices, limit, selection), vocabulary);
        SimilarController similar = new SimilarController(new SimilarService(client, indices, vocabulary, limit), vocabulary);
        AreaController areas = new AreaController(new AreaService(client, indices, vocabulary, limit), vocabulary);
        ExportController export = new ExportController(new ExportService(client, indices, vocabulary, limit, selection), vocabulary);

        app.get("/api/insights/matrix", insights::matrixApi);
        app.get("/api/insights/phrases", insights::phrasesApi);
        app.get("/insights", insights::page);
        app.get("/api/passages/{id}/similar", similar::api);
        app.get("/findings/{id}/similar", similar::page);
        app.get("/api/areas", areas::listApi);
        app.get("/api/areas/compare", areas::compareApi);
        app.get("/api/areas/{area}", areas::api);
        app.get("/areas", areas::listPage);
        app.get("/areas/compare", areas::comparePage);
        app.get("/areas/{area}", areas::page);
        app.get("/api/export", export::api);
    }

    /** Runs an API call: its answer as JSON, or the 400/503 message the search API gives. */
    static void json(Context ctx, java.util.function.Supplier<Object> call) {
        try {
            ctx.json(call.get());
        } catch (InvalidSearchException e) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("status", 400, "message", e.getMessage()));
        } catch (SearchUnavailableException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("status", 503, "message", e.getMessage()));
        }
    }

    /** Runs a page: its HTML, or an error page with the message. */
    static void html(Context ctx, java.util.function.Supplier<String> call) {
        try {
            ctx.html(call.get());
        } catch (InvalidSearchException e) {
            ctx.status(HttpStatus.BAD_REQUEST).html(Page.message("There is a problem with this address", e.getMessage()));
        } catch (SearchUnavailableException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).html(Page.message("Search is unavailable", e.getMessage()));
        }
    }

    static void notFoundPage(Context ctx, String title, String message) {
        ctx.attribute(Page.OWN_404, true);
        ctx.status(HttpStatus.NOT_FOUND).html(Page.message(title, message));
    }

    /** A page of the research features: the shared frame plus their own stylesheet. */
    static Page page(String title) {
        Page page = Page.titled(title);
        page.main().ownerDocument().head().appendElement("link").attr("rel", "stylesheet").attr("href", "/insights.css");
        return page;
    }
}
