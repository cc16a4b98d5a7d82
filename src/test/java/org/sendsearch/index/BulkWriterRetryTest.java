package org.sendsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendsearch.engine.ClusterConnection;
import org.sendsearch.engine.Engine;
import org.sendsearch.testing.TestNodes;

/**
 * Retries and back-off of {@link BulkWriter}, against a stand-in for Elasticsearch that answers
 * "too many requests" or fails items on cue (a real node cannot be made to do that on demand).
 */
class BulkWriterRetryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BulkWriter.Retry QUICK = new BulkWriter.Retry(4, 1, 5);

    private HttpServer server;
    private ElasticsearchClient client;
    /** The ids of each bulk request received, in order. */
    private final List<List<String>> requests = new CopyOnWriteArrayList<>();

    /** Starts the stand-in; {@code answer} gives, per request number and id, the item status (0: fail the whole request with 429). */
    private void serve(BiFunction<Integer, String, Integer> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> handle(exchange, answer));
        server.start();
        client = Engine.connect(ClusterConnection.local(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort())));
    }

    private void handle(HttpExchange exchange, BiFunction<Integer, String, Integer> answer) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        for (String line : body.split("\n")) {
            JsonNode node = JSON.readTree(line);
            JsonNode action = node.has("index") ? node.get("index") : node.get("delete");
            if (action != null && action.has("_id")) {
                ids.add(action.get("_id").asText());
            }
        }
        int number = requests.size();
        requests.add(ids);
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (answer.apply(number, null) == 0) {
            send(
                    exchange,
                    429,
                    "{\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"busy\"},\"status\":429}");
            return;
        }
        ObjectNode response = JSON.createObjectNode().put("took", 1);
        ArrayNode items = response.putArray("items");
        boolean errors = false;
        for (String id : ids) {
            int status = answer.apply(number, id);
            ObjectNode item = items.addObject()
                    .putObject("index")
                    .put("_index", "i")
                    .put("_id", id)
                    .put("status", status);
            if (status >= 300) {
                errors = true;
                item.putObject("error")
                        .put("type", status == 429 ? "es_rejected_execution_exception" : "document_parsing_exception")
                        .put("reason", "refused " + id);
            } else {
                item.put("result", "created");
            }
        }
        response.put("errors", errors);
        send(exchange, 200, response.toString());
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterEach
    void stop() throws IOException {
        if (client != null) {
            client._transport().close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static byte[] doc(String id) {
        return ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRequestRefusedAsOverloadedIsRetriedWhole() throws IOException {
        serve((number, id) -> number < 2 ? 0 : 201);
        BulkWriter bulk = new BulkWriter(client, BulkWriter.DEFAULT_MAX_BYTES, QUICK);
        bulk.index("i", "a", doc("a"));
        bulk.index("i", "b", doc("b"));
        bulk.finish();
        assertEquals(3, requests.size(), "two refusals, then the request that went in");
        assertTrue(requests.stream().allMatch(ids -> ids.equals(List.of("a", "b"))), requests.toString());
        assertTrue(bulk.failures().isEmpty());
        assertEquals(1, bulk.requests());
    }

    @Test
    void onlyTheItemsRefusedAsOverloadedAreSentAgain() throws IOException {
        serve((number, id) -> id == null ? 201 : number == 0 && id.equals("b") ? 429 : 201);
        BulkWriter bulk = new BulkWriter(client, BulkWriter.DEFAULT_MAX_BYTES, QUICK);
        for (String id : List.of("a", "b", "c")) {
            bulk.index("i", id, doc(id));
        }
        bulk.finish();
        assertEquals(List.of(List.of("a", "b", "c"), List.of("b")), requests);
        assertTrue(bulk.failures().isEmpty());
    }

    @Test
    void otherItemErrorsAreReportedNotRetried() throws IOException {
        serve((number, id) -> id == null ? 201 : id.equals("bad") ? 400 : 201);
        BulkWriter bulk = new BulkWriter(client, BulkWriter.DEFAULT_MAX_BYTES, QUICK);
        bulk.index("i", "good", doc("good"));
        bulk.index("i", "bad", doc("bad"));
        bulk.finish();
        assertEquals(1, requests.size());
        assertEquals(1, bulk.failures().size());
        assertEquals("bad", bulk.failures().get(0).id());
        assertTrue(bulk.failures().get(0).reason().contains("document_parsing_exception"));
    }

    @Test
    void givesUpAfterTheLastAttempt() throws IOException {
        serve((number, id) -> 0);
        BulkWriter bulk = new BulkWriter(client, BulkWriter.DEFAULT_MAX_BYTES, QUICK);
        bulk.index("i", "a", doc("a"));
        ElasticsearchException error = assertThrows(ElasticsearchException.class, bulk::finish);
        assertEquals(429, error.status());
        // The HTTP client may add a retry of its own; ours stops after maxAttempts either way.
        assertTrue(
                requests.size() >= QUICK.maxAttempts() && requests.size() <= 2 * QUICK.maxAttempts(),
                requests.toString());
    }

    @Test
    void connectionFailuresAreRetriedThenReported() throws IOException {
        int closedPort = TestNodes.freePort();
        client = Engine.connect(ClusterConnection.local(URI.create("http://127.0.0.1:" + closedPort)));
        BulkWriter bulk = new BulkWriter(client, BulkWriter.DEFAULT_MAX_BYTES, QUICK);
        bulk.index("i", "a", doc("a"));
        assertThrows(IOException.class, bulk::finish);
    }

    @Test
    void requestsAreCutBySize() throws IOException {
        serve((number, id) -> 201);
        BulkWriter bulk = new BulkWriter(client, 1000, QUICK);
        byte[] big = ("{\"text\":\"" + "x".repeat(600) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String id : List.of("a", "b", "c")) {
            bulk.index("i", id, big);
        }
        bulk.finish();
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), requests);
    }

    @Test
    void heldOperationsGoInTheRequestAfterTheirPrerequisites() throws IOException {
        serve((number, id) -> 201);
        BulkWriter bulk = new BulkWriter(client, BulkWriter.DEFAULT_MAX_BYTES, QUICK);
        List<String> confirmed = new CopyOnWriteArrayList<>();
        bulk.index("i", "p1", doc("p1"));
        bulk.index("i", "p2", doc("p2"));
        bulk.indexAfter("i", "d", doc("d"), List.of("p1", "p2"), () -> confirmed.add("d"));
        bulk.index("i", "p3", doc("p3"));
        bulk.finish();
        assertEquals(
                List.of(List.of("p1", "p2", "p3"), List.of("d")),
                requests,
                "a document entry never shares a request with its passages");
        assertEquals(List.of("d"), confirmed);
    }

    @Test
    void aHeldOperationIsDroppedWhenAPrerequisiteIsRefused() throws IOException {
        serve((number, id) -> id == null ? 201 : id.equals("bad") ? 400 : 201);
        BulkWriter bulk = new BulkWriter(client, 1000, QUICK);
        byte[] big = ("{\"text\":\"" + "x".repeat(600) + "\"}").getBytes(StandardCharsets.UTF_8);
        bulk.index("i", "bad", big);
        bulk.indexAfter("i", "d1", doc("d1"), List.of("bad"), null);
        bulk.index("i", "good", big);
        bulk.indexAfter("i", "d2", doc("d2"), List.of("good"), null);
        bulk.finish();
        assertEquals(
                List.of(List.of("bad"), List.of("good"), List.of("d2")),
                requests,
                "d1 waits for 'bad', which was refused, so it is never sent");
        assertEquals(1, bulk.failures().size());
    }
}
