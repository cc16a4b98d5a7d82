package org.sendsearch.web;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.javalin.Javalin;
import org.sendsearch.engine.Engine;
import org.sendsearch.insights.AreaService;
import org.sendsearch.insights.ExportService;
import org.sendsearch.insights.MatrixService;
import org.sendsearch.insights.PhraseService;
import org.sendsearch.insights.SimilarService;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.SearchQuery;

import java.util.function.Function;

/**
 * The research features on the web server: recurring themes, characteristic wording,
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
        Function<SearchQuery, Query> selection = QueryBuilder.forApi(indices, vocabulary)::selection;
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

    /** A page of the research features: the shared frame plus their own stylesheet. */
    static Page page(String title) {
        Page page = Page.titled(title);
        page.main().ownerDocument().head().appendElement("link").attr("rel", "stylesheet").attr("href", "/insights.css");
        return page;
    }
}
