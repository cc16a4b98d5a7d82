package org.sendsearch.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeConfigTest {
    @Test
    void aLoneNodeListensOnLoopbackWithSingleNodeDiscovery() {
        String yaml = NodeConfig.singleNode(9250, 9350, 1024).toYaml("/data/node", "/data/logs");
        assertTrue(yaml.contains("network.host: 127.0.0.1\n"));
        assertTrue(yaml.contains("http.port: 9250\n"));
        assertTrue(yaml.contains("transport.port: 9350\n"));
        assertTrue(yaml.contains("discovery.type: single-node\n"));
        assertTrue(yaml.contains("path.data: \"/data/node\"\n"));
    }

    @Test
    void theSnapshotFolderIsTheNodesOnlyRepositoryPath() {
        String yaml = NodeConfig.singleNode(9250, 9350, 1024).toYaml("/data/node", "/data/logs", "/data/snapshots");
        assertTrue(yaml.contains("path.repo: [\"/data/snapshots\"]\n"), yaml);
        assertTrue(!NodeConfig.singleNode(9250, 9350, 1024).toYaml("/d", "/l").contains("path.repo"));
    }

    @Test
    void clusterNodesNameTheirPeersAndInitialMasters() {
        NodeConfig config = new NodeConfig("c", "n1", 9201, 9301, 512, List.of(9302, 9303), List.of("n1", "n2", "n3"));
        String yaml = config.toYaml("/d", "/l");
        assertTrue(yaml.contains("discovery.seed_hosts: [\"127.0.0.1:9302\", \"127.0.0.1:9303\"]"), yaml);
        assertTrue(yaml.contains("cluster.initial_master_nodes: [\"n1\", \"n2\", \"n3\"]"), yaml);
        assertTrue(!yaml.contains("single-node"));
    }

    @Test
    void refusesATinyHeapAndImpossiblePorts() {
        assertThrows(EngineException.class, () -> NodeConfig.singleNode(9200, 9300, 64));
        assertThrows(EngineException.class, () -> NodeConfig.singleNode(70000, 9300, 512));
    }
}
