package org.sendsearch.web;

import io.javalin.http.HttpStatus;

/**
 * An answer other than success that a controller or filter of this package chooses itself (an
 * unknown document is a 404, a body too large a 413): thrown, and turned into the response by
 * {@link ErrorResponses} like every other error. The message is shown as given (escaped on a
 * page), so it must be plain and safe; the title heads the HTML page and is not part of the JSON.
 */
final class HttpProblem extends RuntimeException {
    private final HttpStatus status;
    private final String title;

    HttpProblem(HttpStatus status, String title, String message) {
        super(message, null, false, false); // An answer, not a fault: no stack trace to fill or log.
        this.status = status;
        this.title = title;
    }

    /** A 404 for something the address names that does not exist; {@code title} heads the page. */
    static HttpProblem notFound(String title, String message) {
        return new HttpProblem(HttpStatus.NOT_FOUND, title, message);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }
}
