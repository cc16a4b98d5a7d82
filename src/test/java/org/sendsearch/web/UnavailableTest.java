package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sendsearch.cli.ServiceFactory;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchService;
import org.sendsearch.testing.TestNodes;

/**
 * When Elasticsearch stops, search and documents answer 503 with a plain message, quickly; when it
 * is back, the same server answers again without being restarted.
 */
class UnavailableTest {
    @Test
    void searchAndDocumentsAre503WithinTwoSecondsWhenElasticsearchIsDownAndRecoverWhenItIsBack() throws Exception {
        ManagedNode node = TestNodes.startSingleNode("search-down");
        ManagedNode restarted = null;
        Path data = TestNodes.newFolder("send-search-down-");
        HttpClient http = HttpClient.newHttpClient();
        SearchSettings settings = new SearchSettings(
                SearchIndices.DEFAULT,
                CorpusIndex.vocabulary(),
                new SourceFiles(CorpusIndex.corpus()),
                SearchService.DEFAULT_TIME_LIMIT);
        try (Engine engine = Engine.forNode(node);
                WebServer server = WebServer.start(
                        new WebOptions("127.0.0.1", 0),
                        ServiceFactory.open(engine, settings, IngestReportStore.inDataDirectory(data)))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> empty = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/search?q=x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, empty.statusCode(), empty.body());
            assertTrue(empty.body().contains("Nothing has been indexed yet"), empty.body());

            node.stop();
            for (String path : new String[] {
                "/api/search?q=autism", "/api/documents/some-document", "/search?q=autism", "/documents/some-document"
            }) {
                long started = System.nanoTime();
                HttpResponse<String> down = http.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                assertEquals(503, down.statusCode(), path + ": " + down.body());
                assertTrue(down.body().contains("cannot be reached right now"), down.body());
                NoInternals.assertNone(path, down);
                assertFalse(down.body().contains("127.0.0.1:" + node.url().getPort()), "no internals: " + down.body());
                assertTrue(millis < 2500, path + " took " + millis + " ms");
            }

            // Back again on the same folder and port: the same server, untouched, answers by itself.
            restarted = TestNodes.start(node.config());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            HttpResponse<String> health;
            do {
                Thread.sleep(250);
                health = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
            } while (health.statusCode() != 200 && System.nanoTime() < deadline);
            assertEquals(200, health.statusCode(), health.body());
            for (String path : new String[] {"/api/search?q=autism", "/search?q=autism"}) {
                HttpResponse<String> back = http.send(
                        HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertFalse(back.body().contains("cannot be reached right now"), path + ": " + back.body());
                assertTrue(back.body().contains("Nothing has been indexed yet"), path + ": " + back.body());
            }
        } finally {
            node.stop();
            if (restarted != null) {
                restarted.stop();
            }
            TestNodes.delete(data);
        }
    }
}
