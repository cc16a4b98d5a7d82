package org.sendsearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.insights.PhraseUsage;
import org.sendsearch.insights.PhraseUsageService;
import org.sendsearch.search.Facet;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchResult;
import org.sendsearch.search.SearchService;

/**
 * {@code GET /api/search} (JSON) and {@code GET /} / {@code GET /search} (the page). The API is
 * strict: a parameter it does not understand is a 400 saying which. The page is forgiving where a
 * form can produce leftovers (a findings-only filter carried into a document search), and shows
 * problems on the page. Errors are thrown and answered by {@link ErrorResponses}.
 */
final class SearchController {
    private static final Logger log = LogManager.getLogger(SearchController.class);

    private final SearchService service;
    private final PhraseUsageService usage;
    private final SearchPage page;
    private final ObjectWriter json;

    /**
     * @param usage how a quoted phrase has been used, for the page's panel
     * @param json  the writer of the server's JSON mapper, for the answer (see {@link #api})
     */
    SearchController(SearchService service, PhraseUsageService usage, ObjectWriter json) {
        this.service = service;
        this.usage = usage;
        this.page = new SearchPage(service.vocabulary());
        this.json = json;
    }

    /**
     * The answer is written as UTF-8 bytes by the same mapper {@code ctx.json} uses, but not
     * through {@code ctx.json}, which makes a String of it first and then encodes that: a search
     * answer is tens of kilobytes, and this is the API's busiest path.
     */
    void api(Context ctx) throws JsonProcessingException {
        SearchQuery request = SearchQuery.parse(ctx.queryParamMap(), service.vocabulary());
        SearchResult result = service.search(request);
        ctx.contentType(ContentType.APPLICATION_JSON).result(json.writeValueAsBytes(result));
    }

    /** A problem (400, 503) is shown on the search page itself, above the form as the request filled it. */
    void page(Context ctx) {
        ErrorResponses.showProblemsIn(ctx, message -> page.render(SearchQuery.browse(), null, message));
        Map<String, List<String>> params = forgiving(ctx.queryParamMap());
        SearchQuery request;
        try {
            request = SearchQuery.parse(params, service.vocabulary());
        } catch (InvalidSearchException e) {
            // Shown with the form filled as it was sent (3.3.1, 3.3.3), and the filters of what could be kept.
            KeptSearch kept = KeptSearch.of(params, service.vocabulary(), e);
            ErrorResponses.showProblemsIn(ctx, message -> page.render(kept, null));
            SearchResult result = service.search(kept.query());
            ctx.status(HttpStatus.BAD_REQUEST).html(page.render(kept, result));
            return;
        }
        ErrorResponses.showProblemsIn(ctx, message -> page.render(request, null, message));
        // Asked for before the search and read after it: the two run at once (only for a quoted phrase).
        CompletableFuture<PhraseUsage> phrase = usage.besides(request);
        SearchResult result = service.search(request);
        ctx.html(page.render(request, result, null, panel(phrase)));
    }

    /**
     * The usage for the panel; null when there is none, or when it could not be had (the search
     * itself answered, so the page is shown without the panel rather than as an error).
     */
    private static PhraseUsage panel(CompletableFuture<PhraseUsage> pending) {
        try {
            return pending.join();
        } catch (CompletionException | CancellationException e) {
            log.warn("Phrase usage left off the search page: {}", String.valueOf(e.getCause()));
            return null;
        }
    }

    /** Drops the findings-only filters when the form switched to documents. */
    private static Map<String, List<String>> forgiving(Map<String, List<String>> params) {
        Map<String, List<String>> kept = new LinkedHashMap<>(params);
        List<String> scope = params.getOrDefault("scope", List.of());
        if (scope.size() == 1 && Scope.DOCUMENTS.id().equals(scope.get(0))) {
            for (Facet facet : Facet.values()) {
                if (!facet.appliesTo(Scope.DOCUMENTS)) {
                    kept.remove(facet.param());
                }
            }
        }
        return kept;
    }
}
