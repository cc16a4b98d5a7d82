package org.sendsearch.web;

import io.javalin.Javalin;
import org.sendsearch.insights.OutcomeService;
import org.sendsearch.insights.PhraseUsageService;
import org.sendsearch.search.Backend;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;

/**
 * The research features on the web server: recurring themes, characteristic wording, precedent wording,
 * similar findings, area pages, export, the Atom feed of a search and finding permalinks: their routes, over the services the server is handed.
 * Kept apart from {@link WebServer} so that wiring them in is one line there.
 */
final class ResearchRoutes {
    private ResearchRoutes() {}

    static void register(
            Javalin app, Services.Research research, SearchService search, Backend backend, PhraseUsageService usage) {
        Vocabulary vocabulary = backend.vocabulary();
        AtomFeed feed = new AtomFeed(search);
        OutcomeService outcomes = new OutcomeService(backend);
        InsightsController insights = new InsightsController(research.matrix(), research.phrases(), vocabulary);
        SimilarController similar = new SimilarController(research.similar(), vocabulary);
        AreaController areas = new AreaController(research.areas(), vocabulary);
        ExportController export = new ExportController(research.export(), vocabulary);

        app.get("/api/insights/matrix", insights::matrixApi);
        app.get("/api/insights/matrix.csv", insights::matrixCsv);
        app.get("/api/insights/phrases", insights::phrasesApi);
        app.get("/api/phrases/usage", new PhraseUsageController(usage, vocabulary)::api);
        app.get("/insights", insights::page);
        app.get("/insights/outcomes", ctx -> ctx.html(OutcomesPage.render(outcomes.stats())));
        app.get("/api/insights/outcomes", ctx -> ctx.json(outcomes.stats()));
        app.get("/api/passages/{id}/similar", similar::api);
        app.get("/findings/{id}/similar", similar::page);
        app.get("/api/areas", areas::listApi);
        app.get("/api/areas/compare", areas::compareApi);
        app.get("/api/areas/{area}", areas::api);
        app.get("/areas", areas::listPage);
        app.get("/areas/compare", areas::comparePage);
        app.get("/areas/{area}", areas::page);
        app.get("/api/export", export::api);
        app.get("/search.atom", feed::feed);
        app.get("/findings/{id}", feed::permalink);
    }
}
