package org.sendsearch.web;

import java.net.http.HttpResponse;
import java.util.List;

/**
 * What an answer must never show a user: a stack trace, a Java class or package name, Elasticsearch's
 * raw error, or the server software and its version. Shared by the tests of error answers.
 */
final class NoInternals {
    static final List<String> MARKERS = List.of(
            "Exception",
            "\tat ",
            "co.elastic",
            "org.elasticsearch",
            "_exception",
            "caused_by",
            "root_cause",
            "java.",
            "org.eclipse",
            "io.javalin",
            "org.sendsearch",
            "Jetty",
            "Caused by");

    private NoInternals() {}

    /** The first marker in {@code body}, or null. */
    static String find(String body) {
        for (String marker : MARKERS) {
            if (body.contains(marker)) {
                return marker;
            }
        }
        return null;
    }

    /** Fails if the body shows internals or a header names the server software. */
    static void assertNone(String where, HttpResponse<String> response) {
        String marker = find(response.body());
        if (marker != null) {
            throw new AssertionError(where + ": the answer shows '" + marker + "': " + response.body());
        }
        response.headers().firstValue("Server").ifPresent(server -> {
            throw new AssertionError(where + ": the Server header names the software: " + server);
        });
    }
}
