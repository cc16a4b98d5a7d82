package org.sendsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendsearch.cli.ServiceFactory;
import org.sendsearch.engine.ClusterConnection;
import org.sendsearch.engine.Engine;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchService;
import org.sendsearch.testing.TestNodes;

/**
 * The whole server pointed at a real address where nothing listens (a closed port on this
 * machine): every page and endpoint that needs Elasticsearch answers 503 with a plain message,
 * at once and without internals, and stopping the server stops every thread its services started.
 * No Elasticsearch node is needed, so this runs in a second.
 */
class UnreachableEngineTest {
    static final List<String> PATHS = List.of(
            "/api/search?q=autism",
            "/search?q=autism",
            "/",
            "/api/documents/some-document",
            "/documents/some-document",
            "/api/insights/matrix",
            "/api/insights/phrases?area=Knowsley",
            "/api/phrases/usage?q=%22joint+commissioning%22",
            "/search?q=%22joint+commissioning%22",
            "/insights",
            "/api/areas",
            "/api/areas/Knowsley",
            "/areas",
            "/areas/Knowsley",
            "/api/areas/compare?a=Knowsley&b=Wirral",
            "/areas/compare?a=Knowsley&b=Wirral",
            "/api/passages/some-finding-1/similar",
            "/findings/some-finding-1/similar",
            "/api/export?format=csv");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static int closedPort;
    private static Path data;
    private static Engine engine;
    private static Services services;
    private static WebServer server;

    @BeforeAll
    static void start() {
        closedPort = TestNodes.freePort();
        data = TestNodes.newFolder("send-search-unreachable-");
        engine = Engine.forCluster(ClusterConnection.local(URI.create("http://127.0.0.1:" + closedPort)));
        SearchSettings settings = new SearchSettings(
                SearchIndices.DEFAULT,
                CorpusIndex.vocabulary(),
                new SourceFiles(CorpusIndex.corpus()),
                SearchService.DEFAULT_TIME_LIMIT);
        services = ServiceFactory.open(engine, settings, IngestReportStore.inDataDirectory(data));
        server = WebServer.start(new WebOptions("127.0.0.1", 0), services);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (engine != null) {
            engine.close();
        }
        TestNodes.delete(data);
    }

    @Test
    void everyPageAndEndpointIs503AtOnceWithAPlainMessage() throws Exception {
        for (String path : PATHS) {
            long started = System.nanoTime();
            HttpResponse<String> response = get(path);
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertEquals(503, response.statusCode(), path + ": " + response.body());
            assertTrue(response.body().contains("cannot be reached right now"), path + ": " + response.body());
            NoInternals.assertNone(path, response);
            assertFalse(response.body().contains(":" + closedPort), path + " names the address: " + response.body());
            assertEquals(
                    WebServer.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(""),
                    path);
            boolean api = path.startsWith("/api/");
            assertTrue(
                    response.headers().firstValue("Content-Type").orElse("").contains(api ? "json" : "html"),
                    path + ": " + response.headers().firstValue("Content-Type"));
            assertTrue(millis < 2500, path + " took " + millis + " ms");
        }
    }

    @Test
    void healthSays503UnavailableAndNamesTheClusterForWhoeverRunsIt() throws Exception {
        HttpResponse<String> health = get("/api/health");
        assertEquals(503, health.statusCode(), health.body());
        assertEquals("unavailable", TestSite.parse(health.body()).path("status").asText(), health.body());
        assertTrue(health.body().contains("Elasticsearch at http://127.0.0.1:" + closedPort), health.body());
        NoInternals.assertNone("/api/health", health);
    }

    @Test
    void whatNeedsNoElasticsearchStillAnswers() throws Exception {
        assertEquals(200, get("/style.css").statusCode());
        HttpResponse<String> report = get("/api/ingest/report");
        assertEquals(404, report.statusCode(), report.body());
        assertTrue(report.body().contains("No ingest report yet"), report.body());
    }

    @Test
    void stoppingAServerStopsTheThreadsItsServicesStarted() {
        long pollers = threads("index-generation");
        Services own = ServiceFactory.open(
                engine,
                new SearchSettings(
                        SearchIndices.DEFAULT,
                        CorpusIndex.vocabulary(),
                        new SourceFiles(null),
                        SearchService.DEFAULT_TIME_LIMIT),
                IngestReportStore.inDataDirectory(data));
        WebServer another = WebServer.start(new WebOptions("127.0.0.1", 0), own);
        assertEquals(pollers + 1, threads("index-generation"), "one poller per server");
        another.close();
        assertEquals(pollers, awaitThreads("index-generation", pollers), "the poller stops with the server");
        assertThrows(
                RejectedExecutionException.class,
                () -> own.backend().deadline().run("After stop", () -> 1),
                "the deadline's executor is closed");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long threads(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(name))
                .count();
    }

    private static long awaitThreads(String name, long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long count = threads(name);
        while (count != expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            count = threads(name);
        }
        return count;
    }
}
