package org.sendsearch.engine;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendsearch.testing.TestNodes;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Several managed nodes form one cluster on loopback; with one replica, losing a node loses no
 * search result, because the client knows every node and the replicas take over.
 */
class ThreeNodeClusterTest {
    private static List<ManagedNode> nodes;
    private static ElasticsearchClient client;

    @BeforeAll
    static void startCluster() {
        nodes = TestNodes.startCluster("trio", 3);
        NodeCredentials login = nodes.get(0).credentials();
        client = Engine.connect(new ClusterConnection(nodes.stream().map(ManagedNode::url).toList(), null,
                login.username(), login.password(), null));
    }

    @AfterAll
    static void stopCluster() throws IOException {
        client._transport().close();
        nodes.forEach(ManagedNode::stop);
    }

    @Test
    void aReplicatedIndexKeepsAnsweringWhenANodeStops() throws IOException {
        assertEquals(3, client.cluster().health().numberOfNodes());
        client.indices().create(request -> request.index("replicated").withJson(new StringReader(
                "{\"settings\":{\"number_of_shards\":3,\"number_of_replicas\":1}}")));
        for (int i = 0; i < 60; i++) {
            int id = i;
            client.index(request -> request.index("replicated").id("d" + id).document(Map.of("n", id)));
        }
        client.indices().refresh(request -> request.index("replicated"));
        assertEquals(HealthStatus.Green, client.cluster().health(request -> request.index("replicated")
                .waitForStatus(HealthStatus.Green).timeout(t -> t.time("60s"))).status());

        nodes.get(2).stop();
        for (int attempt = 0; attempt < 20; attempt++) {
            long hits = client.search(request -> request.index("replicated").size(0).trackTotalHits(t -> t.enabled(true)),
                    Map.class).hits().total().value();
            assertEquals(60, hits, "every document is still found with one node down");
        }
    }
}
