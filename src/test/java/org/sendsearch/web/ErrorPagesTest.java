package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Error answers, each in the form its caller reads (JSON under {@code /api}, a page with the
 * site's headers elsewhere), show no internals: no stack trace, class or package name,
 * Elasticsearch error text or server software ({@link NoInternals}). {@link NotFoundTest} proves
 * the 404 messages, {@link ApiFuzzTest} random input; this adds one of each kind of error page, and
 * addresses so malformed that Jetty answers before the application sees them (sent over a plain
 * socket, since Java's HTTP client refuses to send them). Elasticsearch being down is
 * {@link UnavailableTest}'s part.
 */
@ExtendWith(TestSite.Extension.class)
class ErrorPagesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/no-such-page | 404",
                "/api/no-such-thing | 404",
                "/documents/no-such-document | 404",
                "/api/documents/no-such-document | 404",
                "/documents/no-such-document/source | 404",
                "/areas/Atlantis | 404",
                "/api/areas/Atlantis | 404",
                "/findings/no-such-finding/similar | 404",
                "/search?page=two | 400",
                "/search?from=2024-02-30 | 400",
                "/api/search?sort=best | 400",
                "/insights?pivot=colour | 400",
                "/api/insights/matrix?polarity=bad | 400",
                "/api/areas/compare?a=Knowsley | 400",
                "/api/export?format=xlsx | 400"
            })
    void errorAnswersAreOrderlyAndShowNoInternals(String path, int status, TestSite site) {
        HttpResponse<String> response = site.get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        NoInternals.assertNone(path, response);
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (path.startsWith("/api/")) {
            assertTrue(type.startsWith("application/json"), path + ": " + type);
            assertFalse(TestSite.parse(response.body()).path("message").asText().isBlank(), path);
        } else {
            assertTrue(type.startsWith("text/html"), path + ": " + type);
            Document page = Jsoup.parse(response.body());
            assertNotNull(page.selectFirst("h1"), path);
            assertNull(page.selectFirst("script:not([src])"), path);
            assertEquals(
                    WebServer.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(""),
                    path);
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    path);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/documents/%ZZ",
                "/search?q=%ZZ",
                "/api/search?q=%",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/documents/..%2F..%2Fpom.xml/source",
                "/../pom.xml",
                "/web/../../pom.xml",
                "/documents/%00/source",
                "/api/search?q=%C0%AF",
                "/search?q=a%0d%0aX-Injected:%201"
            })
    void malformedAddressesAreRefusedWithoutInternals(String path, TestSite site) {
        RawResponse response = RawResponse.get(site.base(), path);
        System.out.println("malformed address " + path + " -> " + response.status());
        assertTrue(
                response.status() == 400 || response.status() == 404 || response.status() == 200,
                path + " gave " + response.status() + ": " + response.body());
        String leak = NoInternals.find(response.body());
        assertNull(leak, path + " shows '" + leak + "': " + response.body());
        assertFalse(response.headers().toLowerCase().contains("\nserver:"), path + ": " + response.headers());
        assertFalse(
                response.headers().toLowerCase().contains("\nx-injected"),
                "no header injection: " + response.headers());
        assertFalse(response.body().contains("<artifactId>"), path + " must not serve a file outside the site");
    }

    /** A response read off a plain socket: the only way to send a request line Java's URI refuses. */
    record RawResponse(int status, String headers, String body) {
        static RawResponse get(String base, String path) {
            URI uri = URI.create(base);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
                socket.setSoTimeout(20_000);
                OutputStream out = socket.getOutputStream();
                out.write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                                + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                InputStream in = socket.getInputStream();
                in.transferTo(bytes);
                String text = bytes.toString(StandardCharsets.UTF_8);
                int split = text.indexOf("\r\n\r\n");
                String head = split < 0 ? text : text.substring(0, split);
                String body = split < 0 ? "" : text.substring(split + 4);
                int status = Integer.parseInt(head.substring(9, 12));
                return new RawResponse(status, head, body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
