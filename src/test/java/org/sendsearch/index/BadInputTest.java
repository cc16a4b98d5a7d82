package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendsearch.cli.Main;
import org.sendsearch.cli.ServiceFactory;
import org.sendsearch.engine.ClusterConnection;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.search.CorpusIndex;
import org.sendsearch.testing.RealElasticsearch;
import org.sendsearch.web.SearchSettings;
import org.sendsearch.web.WebOptions;
import org.sendsearch.web.WebServer;

/**
 * The index command as a person runs it, over a folder where some files are not documents: the
 * good ones are searchable, each bad one is reported with its reason, the exit code says partial,
 * and the report is served by the web API.
 */
@ExtendWith(RealElasticsearch.class)
class BadInputTest {
    private static final String PREFIX = "it-bad";

    @Test
    void goodFilesAreIndexedAndBadOnesReported(
            Engine engine, ManagedNode node, ElasticsearchClient client, @TempDir Path temp) throws Exception {
        Path folder = IndexFixtures.copyOf(IndexFixtures.bundledCorpus(), temp.resolve("mixed"));
        Files.delete(folder.resolve("st-helens-2018-joint-local-area-send-inspection-letter.txt"));
        Files.delete(folder.resolve("wirral-2022-health-and-wellbeing-board-send-inspection-update.txt"));
        Files.delete(folder.resolve("SOURCES.md"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        Files.write(folder.resolve("binary.txt"), binary);
        Path data = temp.resolve("data");

        // The test node may run with security on: pass its credentials as a person would, in a config file.
        ClusterConnection connection = node.connection();
        Properties properties = new Properties();
        properties.setProperty("elasticsearch.url", connection.url().toString());
        if (connection.username() != null) {
            properties.setProperty("elasticsearch.username", connection.username());
            properties.setProperty("elasticsearch.password", connection.password());
        }
        Path connectionFile = temp.resolve("connection.properties");
        try (var out = Files.newBufferedWriter(connectionFile)) {
            properties.store(out, null);
        }
        Files.setPosixFilePermissions(
                connectionFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        int exit = Main.run(
                "index",
                folder.toString(),
                "--config",
                connectionFile.toString(),
                "--data-dir",
                data.toString(),
                "--index-prefix",
                PREFIX,
                "--index-config",
                IndexFixtures.bundledConfig().path().toString());

        assertEquals(IngestReport.PARTIAL, exit);
        JsonNode report = new ObjectMapper()
                .readTree(data.resolve(IngestReportStore.FILE_NAME).toFile());
        Map<String, String> rejected = new HashMap<>();
        report.get("rejected")
                .forEach(file -> rejected.put(
                        file.get("path").asText(), file.get("reason").asText()));
        assertEquals(2, rejected.size(), rejected.toString());
        assertTrue(!rejected.get("empty.txt").isBlank(), rejected.toString());
        assertTrue(!rejected.get("binary.txt").isBlank(), rejected.toString());
        assertEquals(3, report.get("added").size(), report.toString());
        assertEquals(3, report.get("exitCode").asInt());
        assertEquals(3, IndexFixtures.count(client, PREFIX + "-documents"));
        long found = client.search(
                        request -> request.index(PREFIX + "-passages")
                                .query(q -> q.match(m -> m.field("text").query("children and young people"))),
                        Void.class)
                .hits()
                .total()
                .value();
        assertTrue(found > 0);

        SearchSettings settings = SearchSettings.of(CorpusIndex.config(), CorpusIndex.corpus());
        try (WebServer server = WebServer.start(
                new WebOptions("127.0.0.1", 0),
                ServiceFactory.open(engine, settings, IngestReportStore.inDataDirectory(data)))) {
            HttpResponse<String> response = get(server, "/api/ingest/report");
            assertEquals(200, response.statusCode());
            assertEquals(report, new ObjectMapper().readTree(response.body()));
        }
        try (WebServer server = WebServer.start(
                new WebOptions("127.0.0.1", 0),
                ServiceFactory.open(engine, settings, IngestReportStore.inDataDirectory(temp.resolve("no-data"))))) {
            HttpResponse<String> response = get(server, "/api/ingest/report");
            assertEquals(404, response.statusCode());
            assertTrue(response.body().contains("No ingest report yet"), response.body());
        }
    }

    private static HttpResponse<String> get(WebServer server, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
