package org.sendsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendsearch.cli.ServiceFactory;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.testing.TestNodes;
import org.sendsearch.web.SearchSettings;
import org.sendsearch.web.WebOptions;
import org.sendsearch.web.WebServer;

/**
 * Pointed at an existing cluster (here a second managed node started by hand), the product uses
 * it and starts no node of its own; when that cluster goes away, health says so with a 503.
 */
class ExternalClusterTest {
    private static ManagedNode external;
    private static Path dataDirectory;

    @BeforeAll
    static void startAnExistingCluster() {
        external = TestNodes.startSingleNode("external");
        dataDirectory = TestNodes.newFolder("send-search-external-data-");
    }

    @AfterAll
    static void stop() {
        external.stop();
        TestNodes.delete(dataDirectory);
    }

    @Test
    void usesTheGivenClusterAndStartsNoNodeOfItsOwn() throws Exception {
        EngineOptions options = EngineOptions.managed(dataDirectory).withExternal(external.connection());
        try (Engine engine = Engine.open(options)) {
            assertFalse(engine.isManaged());
            assertEquals(external.url(), engine.url());
            EngineStatus status = engine.status();
            assertEquals(1, status.nodes());
            assertFalse(status.managed());
            assertTrue(status.hasAnalysisPlugin());
        }
        assertFalse(Files.exists(dataDirectory.resolve("engine")), "no installation or node folder was made");
        assertTrue(external.isRunning(), "closing the engine leaves someone else's cluster running");
    }

    @Test
    void anUnreachableClusterIsReportedPlainly() {
        int unused = TestNodes.freePort();
        EngineOptions options = EngineOptions.managed(dataDirectory)
                .withExternal(ClusterConnection.local(URI.create("http://127.0.0.1:" + unused)));
        EngineException error =
                org.junit.jupiter.api.Assertions.assertThrows(EngineException.class, () -> Engine.open(options));
        assertTrue(
                error.getMessage().startsWith("Cannot reach Elasticsearch at http://127.0.0.1:" + unused),
                error.getMessage());
    }

    @Test
    void healthTurnsTo503WhenTheClusterStopsAndBackWhenItReturns() throws Exception {
        ManagedNode node = TestNodes.startSingleNode("goes-away");
        EngineOptions options = EngineOptions.managed(dataDirectory).withExternal(node.connection());
        HttpClient http = HttpClient.newHttpClient();
        try (Engine engine = Engine.open(options);
                WebServer server = WebServer.start(
                        new WebOptions("127.0.0.1", 0),
                        ServiceFactory.open(
                                engine,
                                SearchSettings.of(CorpusIndex.config(), CorpusIndex.corpus()),
                                IngestReportStore.inDataDirectory(dataDirectory)))) {
            URI health = URI.create("http://127.0.0.1:" + server.port() + "/api/health");
            HttpResponse<String> up =
                    http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, up.statusCode(), up.body());
            assertTrue(up.body().contains("\"analysisPlugin\":true"), up.body());
            assertTrue(up.body().contains("\"version\":\"9.2.0\""), up.body());

            node.stop();
            long started = System.nanoTime();
            HttpResponse<String> down = http.send(
                    HttpRequest.newBuilder(health)
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, down.statusCode(), down.body());
            assertTrue(down.body().contains("cannot be reached"), down.body());
            assertFalse(down.body().contains("Exception"), down.body());
            assertTrue(
                    Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5,
                    "a down cluster is reported quickly");
            assertEquals(
                    "nosniff",
                    down.headers().firstValue("X-Content-Type-Options").orElse(""));
        } finally {
            node.stop();
        }
    }
}
