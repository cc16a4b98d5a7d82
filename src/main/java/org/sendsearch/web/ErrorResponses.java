package org.sendsearch.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.SearchUnavailableException;
import org.sendsearch.web.page.Page;

/**
 * The one place where errors become responses: controllers and filters throw, and the handlers
 * registered here answer. {@link InvalidSearchException} is a 400, {@link SearchUnavailableException}
 * a 503, an {@link HttpProblem} its own status, an address nothing answers a 404, anything else a
 * logged 500. The form follows the caller: under {@code /api} the JSON {@link ApiError}; elsewhere
 * an HTML page, the plain {@link Page#message} one unless the page being rendered registered its own
 * ({@link #showProblemsIn}, as the search page shows its problems above its form). Messages are shown
 * as given, escaped by the page; none carries internals.
 */
final class ErrorResponses {
    private static final Logger log = LogManager.getLogger(ErrorResponses.class);

    static final String BAD_ADDRESS_TITLE = "There is a problem with this address";
    static final String UNAVAILABLE_TITLE = "Search is unavailable";
    /** The request attribute holding a page's own {@link ErrorPage}. */
    private static final String ERROR_PAGE = "send-search.error-page";

    /** A page that shows an error message within itself rather than on the plain error page. */
    @FunctionalInterface
    interface ErrorPage {
        String render(String message);
    }

    private ErrorResponses() {}

    /** Registers the exception and error handlers on {@code app}; call before it starts. */
    static void register(Javalin app) {
        app.exception(
                InvalidSearchException.class,
                (e, ctx) -> answer(ctx, HttpStatus.BAD_REQUEST, BAD_ADDRESS_TITLE, e.getMessage()));
        app.exception(
                SearchUnavailableException.class,
                (e, ctx) -> answer(ctx, HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE_TITLE, e.getMessage()));
        app.exception(HttpProblem.class, (e, ctx) -> answer(ctx, e.status(), e.title(), e.getMessage()));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            // An endpoint that answered 404 itself (e.g. no ingest report yet) keeps its own message.
            // Javalin's own "Endpoint ... not found" is plain text: replace that, keep JSON bodies.
            String contentType = ctx.res().getContentType();
            boolean ownJson = ctx.resultInputStream() != null && contentType != null && contentType.contains("json");
            if (isApi(ctx) && !ownJson) {
                ctx.json(new ApiError(404, "No such API endpoint: " + ctx.path()));
            } else if (!isApi(ctx) && ctx.attribute(Page.OWN_404) == null) {
                ctx.html(Page.message(
                        "Page not found", "There is no page at this address. Check it, or search instead."));
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            log.error("Unexpected error serving {}", ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .json(new ApiError(500, "Something went wrong on the server; it has been logged."));
        });
    }

    /**
     * Until the handler returns, an error on this request is shown by {@code page} (given the
     * message) instead of the plain error page; calling it again replaces the previous one.
     */
    static void showProblemsIn(Context ctx, ErrorPage page) {
        ctx.attribute(ERROR_PAGE, page);
    }

    private static void answer(Context ctx, HttpStatus status, String title, String message) {
        if (ctx.res().isCommitted()) {
            // A streamed answer (an export) has sent its status and part of its body: it can only end early.
            log.warn("{} ended early: {}", ctx.path(), message);
            return;
        }
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.json(new ApiError(status.getCode(), message));
            return;
        }
        ctx.attribute(Page.OWN_404, true);
        ErrorPage own = ctx.attribute(ERROR_PAGE);
        ctx.html(own == null ? Page.message(title, message) : own.render(message));
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
