package org.sendsearch.web;

import org.junit.jupiter.api.Test;
import org.sendsearch.cli.ServiceFactory;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchService;
import org.sendsearch.testing.TestNodes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The research endpoints and pages answer 503 with a plain message, quickly, when nothing is
 * indexed yet and when Elasticsearch has stopped; never a stack trace or an internal address.
 */
class InsightsUnavailableTest {
    private static final List<String> PATHS = List.of("/api/insights/matrix", "/api/insights/phrases?area=Knowsley",
            "/insights", "/api/areas", "/api/areas/Knowsley", "/areas", "/areas/Knowsley",
            "/api/areas/compare?a=Knowsley&b=Wirral", "/areas/compare?a=Knowsley&b=Wirral",
            "/api/passages/some-finding-1/similar", "/findings/some-finding-1/similar", "/api/export?format=csv");

    @Test
    void researchPagesAndApiAre503WhenElasticsearchCannotAnswer() throws Exception {
        ManagedNode node = TestNodes.startSingleNode("insights-down");
        Path data = TestNodes.newFolder("send-search-insights-down-");
        HttpClient http = HttpClient.newHttpClient();
        SearchSettings settings = new SearchSettings(SearchIndices.DEFAULT, CorpusIndex.vocabulary(),
                new SourceFiles(CorpusIndex.corpus()), SearchService.DEFAULT_TIME_LIMIT);
        try (Engine engine = Engine.forNode(node);
             WebServer server = WebServer.start(new WebOptions("127.0.0.1", 0),
                     ServiceFactory.open(engine, settings, IngestReportStore.inDataDirectory(data)))) {
            String base = "http://127.0.0.1:" + server.port();
            for (String path : PATHS) {
                HttpResponse<String> empty = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, empty.statusCode(), path + ": " + empty.body());
                assertTrue(empty.body().contains("Nothing has been indexed yet"), path + ": " + empty.body());
            }
            node.stop();
            for (String path : PATHS) {
                long started = System.nanoTime();
                HttpResponse<String> down = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                assertEquals(503, down.statusCode(), path + ": " + down.body());
                assertTrue(down.body().contains("cannot be reached right now"), path + ": " + down.body());
                NoInternals.assertNone(path, down);
                assertFalse(down.body().contains("127.0.0.1:" + node.url().getPort()), "no internals: " + down.body());
                assertTrue(millis < 2500, path + " took " + millis + " ms");
            }
        } finally {
            node.stop();
            TestNodes.delete(data);
        }
    }
}
