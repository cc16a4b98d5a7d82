package org.sendsearch.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * Refuses, before any route runs, the requests a read-only server never needs: a body larger than
 * {@link #MAX_BODY_BYTES} (413) and any method but GET and HEAD (405, with {@code Allow}). Nothing
 * on this server writes: re-indexing is a command, not an HTTP call. Javalin's own body limit only
 * applies when a handler reads the body, which none does, so the size is checked here, from the
 * declared length. A refusal is thrown, so that no route runs, and answered by {@link ErrorResponses}:
 * JSON under {@code /api} and a page elsewhere, as for a 404.
 */
final class RequestGuard implements Handler {
    /** Generous for a GET; a body this size means a client is doing something this server does not offer. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    static final String ALLOWED_METHODS = "GET, HEAD";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    @Override
    public void handle(Context ctx) {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw new HttpProblem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Request too large",
                    "The request is too large: this server accepts at most " + (MAX_BODY_BYTES / 1024)
                            + " KB of request body, and none of its addresses needs one.");
        }
        String method = ctx.req().getMethod();
        if (!READ_METHODS.contains(method)) {
            ctx.header("Allow", ALLOWED_METHODS);
            throw new HttpProblem(
                    HttpStatus.METHOD_NOT_ALLOWED,
                    "Method not allowed",
                    "This server is read-only: it answers GET and HEAD requests only, not " + printable(method) + ".");
        }
    }

    /** The method as sent, cut short and without control characters: it is the client's text. */
    private static String printable(String method) {
        String clean = method.replaceAll("[^A-Za-z_-]", "?");
        return clean.length() > 20 ? clean.substring(0, 20) + "…" : clean;
    }
}
