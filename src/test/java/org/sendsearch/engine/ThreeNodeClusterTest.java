package org.sendsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendsearch.cli.ServiceFactory;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.Indexer;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.index.ProgressDisplay;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.testing.TestNodes;
import org.sendsearch.web.SearchSettings;
import org.sendsearch.web.WebOptions;
import org.sendsearch.web.WebServer;

/**
 * Several managed nodes form one cluster on loopback. The bundled corpus is indexed into it with
 * one replica (set in a copy of index-config, as a user would), and searched through the API; when
 * a node stops in the middle of the searches, no search fails and none loses a result, because the
 * client knows every node and the replicas take over.
 */
class ThreeNodeClusterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PROJECT =
            Path.of(System.getProperty("sendsearch.project.dir", ".")).toAbsolutePath();

    private static List<ManagedNode> nodes;
    private static Path workFolder;

    @BeforeAll
    static void startCluster() {
        nodes = TestNodes.startCluster("trio", 3);
        workFolder = TestNodes.newFolder("send-search-cluster-");
    }

    @AfterAll
    static void stopCluster() {
        nodes.forEach(ManagedNode::stop);
        TestNodes.delete(workFolder);
    }

    @Test
    void searchesThroughTheApiLoseNothingWhenANodeStops() throws Exception {
        NodeCredentials login = nodes.get(0).credentials();
        ClusterConnection cluster = new ClusterConnection(
                nodes.stream().map(ManagedNode::url).toList(), null, login.username(), login.password(), null);
        ConfigDirectory config = replicatedConfig(workFolder.resolve("index-config"));
        try (Engine engine =
                Engine.open(EngineOptions.managed(workFolder.resolve("data")).withExternal(cluster))) {
            assertEquals(3, engine.status().nodes());
            new Indexer(
                            engine.client(),
                            IndexLayout.DEFAULT,
                            IndexConfig.load(config),
                            Extractor.fromConfig(config.path(), Extractor.DEFAULT_MAX_BYTES),
                            ProgressDisplay.none())
                    .run(List.of(PROJECT.resolve("corpus")), false);
            engine.client()
                    .cluster()
                    .health(request -> request.index("send-*")
                            .waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Green)
                            .timeout(t -> t.time("90s")));
            assertEquals(
                    "1",
                    engine.client()
                            .indices()
                            .getSettings(request -> request.index("send-passages"))
                            .get(engine.client()
                                    .indices()
                                    .getAlias(request -> request.name("send-passages"))
                                    .aliases()
                                    .keySet()
                                    .iterator()
                                    .next())
                            .settings()
                            .index()
                            .numberOfReplicas());

            try (WebServer server = WebServer.start(
                    new WebOptions("127.0.0.1", 0),
                    ServiceFactory.open(
                            engine,
                            SearchSettings.of(config, PROJECT.resolve("corpus")),
                            IngestReportStore.inDataDirectory(workFolder.resolve("data"))))) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                List<String> queries =
                        List.of("EHCP", "autism+waits", "%22joint+commissioning%22", "", "speech+and+language");
                // Warm up first: on a loaded machine the very first searches of a new cluster can
                // pass the search deadline (a 503 by design); what is tested is losing a node.
                for (String query : queries) {
                    warmUp(http, base, query);
                }
                List<Long> expected = new ArrayList<>();
                for (String query : queries) {
                    expected.add(total(http, base, query));
                }
                List<String> problems = new ArrayList<>();
                for (int round = 0; round < 30; round++) {
                    if (round == 5) {
                        nodes.get(2).stop();
                    }
                    for (int q = 0; q < queries.size(); q++) {
                        long total = total(http, base, queries.get(q));
                        if (total != expected.get(q)) {
                            problems.add("round " + round + ", q=" + queries.get(q) + ": " + total + " instead of "
                                    + expected.get(q));
                        }
                    }
                }
                assertEquals(List.of(), problems);
                assertEquals(290L, expected.get(3), "the whole corpus is there");
            }
        }
    }

    private static void warmUp(HttpClient http, String base, String query) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + query))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private static long total(HttpClient http, String base, String query) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + query))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body()).path("total").asLong();
    }

    /** A copy of index-config whose indices have two shards and one replica each. */
    private static ConfigDirectory replicatedConfig(Path target) throws IOException {
        Path source = PROJECT.resolve("index-config");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        for (String name : List.of("documents.json", "passages.json")) {
            ObjectNode index = (ObjectNode) JSON.readTree(target.resolve(name).toFile());
            ((ObjectNode) index.path("settings")).put("number_of_shards", 2).put("number_of_replicas", 1);
            JSON.writeValue(target.resolve(name).toFile(), index);
        }
        return new ConfigDirectory(target);
    }
}
