package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.SearchUnavailableException;
import org.sendsearch.web.page.Page;

/**
 * The mapping of {@link ErrorResponses} on its own, on a real Javalin server with no Elasticsearch:
 * each exception a handler or filter throws becomes its status, with the one JSON body
 * ({@link ApiError}) under {@code /api} and the plain error page (or the page's own) elsewhere,
 * the message escaped and nothing internal shown. The full server's error answers are
 * {@link ErrorPagesTest}'s, {@link NotFoundTest}'s and {@link UnavailableTest}'s.
 */
class ErrorResponsesTest {
    /** Markup in a message, to prove a page shows it as text. */
    private static final String MARKUP = "<b id=\"injected\">bold</b> & more";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Javalin app;

    @BeforeAll
    static void start() {
        app = Javalin.create(config -> config.showJavalinBanner = false);
        app.before(new RequestGuard());
        for (String prefix : List.of("/api", "")) {
            app.get(prefix + "/invalid", ctx -> {
                throw new InvalidSearchException("page must be a number, not " + MARKUP);
            });
            app.get(prefix + "/unavailable", ctx -> {
                throw new SearchUnavailableException(
                        "Search is not available right now.", new IOException("es internals"));
            });
            app.get(prefix + "/missing", ctx -> {
                throw HttpProblem.notFound("Thing not found", "There is no thing called " + MARKUP + ".");
            });
            app.get(prefix + "/broken", ctx -> {
                throw new IllegalStateException("secret internals");
            });
        }
        app.get("/own", ctx -> {
            ErrorResponses.showProblemsIn(ctx, message -> "<!doctype html><p id=first>" + message + "</p>");
            ErrorResponses.showProblemsIn(ctx, message -> Page.message("Own view", "own: " + message));
            throw new InvalidSearchException("sort must be 'date'.");
        });
        app.get("/api/streamed", ctx -> {
            ctx.contentType("text/csv");
            OutputStream out = ctx.outputStream();
            out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
            out.write("1,2\n".repeat(50_000).getBytes(StandardCharsets.UTF_8)); // More than any buffer holds:
            out.flush(); // the response is committed, its status and first rows have gone.
            throw new SearchUnavailableException("Search stopped answering.", null);
        });
        ErrorResponses.register(app);
        app.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/invalid     | 400 | page must be a number, not <b id=\"injected\">bold</b> & more",
                "/api/unavailable | 503 | Search is not available right now.",
                "/api/missing     | 404 | There is no thing called <b id=\"injected\">bold</b> & more.",
                "/api/broken      | 500 | Something went wrong on the server; it has been logged.",
                "/api/no-such-thing | 404 | No such API endpoint: /api/no-such-thing"
            })
    void apiErrorsAreTheOneJsonBody(String path, int status, String message) throws Exception {
        HttpResponse<String> response = get(path, "GET");
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(2, body.size(), response.body());
        assertEquals(status, body.path("status").intValue());
        assertEquals(message, body.path("message").textValue());
        assertFalse(response.body().contains("internals") || response.body().contains("Exception"), response.body());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/invalid     | 400 | There is a problem with this address | page must be a number, not <b id=\"injected\">bold</b> & more",
                "/unavailable | 503 | Search is unavailable                | Search is not available right now.",
                "/missing     | 404 | Thing not found                      | There is no thing called <b id=\"injected\">bold</b> & more.",
                "/no-such-page | 404 | Page not found                      | There is no page at this address. Check it, or search instead."
            })
    void pageErrorsAreThePlainErrorPage(String path, int status, String title, String message) throws Exception {
        HttpResponse<String> response = get(path, "GET");
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(response.body());
        assertEquals("Error: " + title + " – " + Page.SITE_NAME, page.title());
        assertEquals(title, page.selectFirst("main h1").text());
        assertEquals(message, page.selectFirst("main p.body").text());
        assertNull(page.getElementById("injected"), "the message is text, not markup");
    }

    @Test
    void anUnexpectedErrorOnAPageIsStillTheJson500() throws Exception {
        HttpResponse<String> response = get("/broken", "GET");
        assertEquals(500, response.statusCode());
        assertEquals(
                "Something went wrong on the server; it has been logged.",
                JSON.readTree(response.body()).path("message").textValue());
        assertFalse(response.body().contains("secret"));
    }

    @Test
    void aPageThatShowsItsOwnProblemsShowsThemWithTheLatestView() throws Exception {
        HttpResponse<String> response = get("/own", "GET");
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals("Own view", page.selectFirst("main h1").text());
        assertEquals(
                "own: sort must be 'date'.", page.selectFirst("main p.body").text());
    }

    @Test
    void aRefusedMethodIs405WithAllowInBothForms() throws Exception {
        HttpResponse<String> api = get("/api/invalid", "DELETE");
        assertEquals(405, api.statusCode());
        assertEquals(
                RequestGuard.ALLOWED_METHODS, api.headers().firstValue("Allow").orElse(""));
        JsonNode body = JSON.readTree(api.body());
        assertEquals(405, body.path("status").intValue());
        assertEquals(
                "This server is read-only: it answers GET and HEAD requests only, not DELETE.",
                body.path("message").textValue());
        HttpResponse<String> page = get("/invalid", "DELETE");
        assertEquals(405, page.statusCode());
        assertEquals(
                RequestGuard.ALLOWED_METHODS, page.headers().firstValue("Allow").orElse(""));
        assertEquals(
                "Method not allowed",
                Jsoup.parse(page.body()).selectFirst("main h1").text());
    }

    @Test
    void anErrorAfterTheAnswerStartedOnlyEndsIt() throws Exception {
        HttpResponse<String> response = get("/api/streamed", "GET");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("a,b\n"), response.body());
        assertFalse(response.body().contains("message"), response.body());
    }

    private static HttpResponse<String> get(String path, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
