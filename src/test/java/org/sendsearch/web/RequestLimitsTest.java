package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendsearch.search.SearchQuery;

/**
 * The caps that keep one request from costing the server much, each an orderly answer without
 * internals: request bodies (413), methods other than GET and HEAD (405: the server is read-only),
 * page depth (400 at {@link SearchQuery#MAX_RESULT_WINDOW}, on the API and the page alike, and
 * the last allowed page still answers), and over-long addresses and headers (Jetty's 414 and 431).
 * The fuzz test ({@link ApiFuzzTest}) sends odd values; this proves each limit on purpose.
 */
@ExtendWith(TestSite.Extension.class)
class RequestLimitsTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String OVER_THE_LIMIT = "x".repeat((int) RequestGuard.MAX_BODY_BYTES + 1);

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(TestSite site, String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(site.base() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT"})
    void aBodyOverTheLimitIs413WithAPlainMessage(String method, TestSite site) {
        HttpResponse<String> api = send(request(site, method, "/api/search?q=autism", OVER_THE_LIMIT));
        assertEquals(413, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(
                "The request is too large: this server accepts at most 64 KB of request body, and none of its "
                        + "addresses needs one.",
                TestSite.parse(api.body()).path("message").asText());
        NoInternals.assertNone(method + " with a large body", api);

        HttpResponse<String> page = send(request(site, method, "/search?q=autism", OVER_THE_LIMIT));
        assertEquals(413, page.statusCode());
        assertEquals(
                "Request too large", Jsoup.parse(page.body()).selectFirst("h1").text());
        assertEquals(
                WebServer.CONTENT_SECURITY_POLICY,
                page.headers().firstValue("Content-Security-Policy").orElse(""));
        NoInternals.assertNone(method + " of a page with a large body", page);
    }

    @Test
    void aBodyWithinTheLimitOnAGetIsIgnored(TestSite site) {
        HttpResponse<String> response = send(request(site, "GET", "/api/search?q=autism", "x".repeat(1000)));
        assertEquals(200, response.statusCode(), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
    void theApiIsReadOnly(String method, TestSite site) {
        for (String path : List.of(
                "/api/search",
                "/api/documents/some-document",
                "/api/export?format=csv",
                "/api/health",
                "/api/ingest/report",
                "/api/areas/Knowsley",
                "/api/no-such-thing")) {
            HttpResponse<String> response =
                    send(request(site, method, path, "TRACE".equals(method) ? null : "{\"q\":\"x\"}"));
            assertEquals(405, response.statusCode(), method + " " + path + ": " + response.body());
            assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""), method + " " + path);
            assertEquals(
                    "This server is read-only: it answers GET and HEAD requests only, not " + method + ".",
                    TestSite.parse(response.body()).path("message").asText());
            NoInternals.assertNone(method + " " + path, response);
        }
        HttpResponse<String> page = send(request(site, method, "/search?q=autism", null));
        assertEquals(405, page.statusCode());
        assertEquals(
                "Method not allowed", Jsoup.parse(page.body()).selectFirst("h1").text());
    }

    @Test
    void headIsAnswered(TestSite site) {
        HttpResponse<String> response = send(request(site, "HEAD", "/api/search?q=autism", null));
        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void theLastPageWithinTheResultWindowAnswersAndTheNextIsA400(TestSite site) {
        int lastPage = SearchQuery.MAX_RESULT_WINDOW / SearchQuery.DEFAULT_SIZE;
        HttpResponse<String> last = site.get("/api/search?page=" + lastPage);
        assertEquals(200, last.statusCode(), "from + size = 10,000 is within Elasticsearch's window: " + last.body());
        assertEquals(0, TestSite.parse(last.body()).path("hits").size(), "the corpus has fewer findings than that");
        assertEquals(
                200, site.get("/api/search?scope=documents&size=100&page=100").statusCode());

        for (String query : List.of(
                "page=" + (lastPage + 1),
                "scope=documents&size=100&page=101",
                "size=7&page=1429",
                "page=2147483647&size=100")) {
            HttpResponse<String> api = site.get("/api/search?" + query);
            assertEquals(400, api.statusCode(), query + ": " + api.body());
            assertTrue(
                    TestSite.parse(api.body())
                            .path("message")
                            .asText()
                            .contains("is beyond the first 10000 results; " + "narrow the search with filters instead"),
                    api.body());
            NoInternals.assertNone(query, api);

            HttpResponse<String> page = site.get("/search?" + query);
            assertEquals(400, page.statusCode(), query);
            Document html = Jsoup.parse(page.body());
            assertTrue(
                    html.selectFirst(".error-summary").text().contains("is beyond the first 10000 results"),
                    page.body());
            NoInternals.assertNone("/search?" + query, page);
        }
    }

    @Test
    void anOverLongAddressIs414AndAnOverLongHeaderIs431WithoutInternals(TestSite site) {
        HttpResponse<String> address =
                send(HttpRequest.newBuilder(URI.create(site.base() + "/api/search?q=" + "a".repeat(20_000))));
        assertEquals(414, address.statusCode());
        NoInternals.assertNone("a 20,000-character address", address);

        HttpResponse<String> header = send(HttpRequest.newBuilder(URI.create(site.base() + "/api/search?q=autism"))
                .header("X-Padding", "a".repeat(20_000)));
        assertEquals(431, header.statusCode());
        NoInternals.assertNone("a 20,000-character header", header);

        HttpResponse<String> many = send(manyHeaders(site, 400));
        assertEquals(431, many.statusCode());
        NoInternals.assertNone("400 headers", many);
    }

    private static HttpRequest.Builder manyHeaders(TestSite site, int count) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.base() + "/api/search?q=autism"));
        for (int i = 0; i < count; i++) {
            request.header("X-Padding-" + i, "abcdefghijklmnopqrstuvwxyz");
        }
        return request;
    }

    @Test
    void noResponseNamesTheServerSoftware(TestSite site) {
        for (String path : List.of("/", "/api/search?q=autism", "/no-such-page", "/app.js")) {
            HttpResponse<String> response = site.get(path);
            assertNull(response.headers().firstValue("Server").orElse(null), path);
            assertFalse(response.headers().firstValue("X-Powered-By").isPresent(), path);
        }
    }
}
