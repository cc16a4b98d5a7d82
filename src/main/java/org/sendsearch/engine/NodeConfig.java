package org.sendsearch.engine;

import java.util.List;

/**
 * How one managed node is set up. A lone node uses single-node discovery; nodes of a small local
 * cluster (for the multi-node tests) name each other's transport ports and the initial masters.
 *
 * @param heapMegabytes the JVM heap; Elasticsearch wants Xms = Xmx
 * @param seedTransportPorts the transport ports of the other nodes of the cluster, empty for one node
 * @param initialMasterNodes the node names that bootstrap the cluster, empty for one node
 */
public record NodeConfig(
        String clusterName,
        String nodeName,
        int httpPort,
        int transportPort,
        int heapMegabytes,
        List<Integer> seedTransportPorts,
        List<String> initialMasterNodes) {
    /** Default heap: 1 GB is ample for tens of thousands of documents and leaves the 24 GB machine room. */
    public static final int DEFAULT_HEAP_MB = 1024;

    public NodeConfig {
        seedTransportPorts = List.copyOf(seedTransportPorts);
        initialMasterNodes = List.copyOf(initialMasterNodes);
        if (heapMegabytes < 256) {
            throw new EngineException("The Elasticsearch heap must be at least 256 MB, not " + heapMegabytes + " MB.");
        }
        requirePort(httpPort, "HTTP");
        requirePort(transportPort, "transport");
    }

    public static NodeConfig singleNode(int httpPort, int transportPort, int heapMegabytes) {
        return new NodeConfig(
                "send-search", "send-search-node", httpPort, transportPort, heapMegabytes, List.of(), List.of());
    }

    public boolean isSingleNode() {
        return seedTransportPorts.isEmpty();
    }

    /** The node's elasticsearch.yml without a snapshot folder (see the three-argument form). */
    String toYaml(String dataPath, String logsPath) {
        return toYaml(dataPath, logsPath, null);
    }

    /**
     * The node's elasticsearch.yml: loopback only, our own paths, security per the caller.
     * {@code repoPath} (null for none) becomes {@code path.repo}, the only place a filesystem
     * snapshot repository may live: {@code send-search backup} and {@code restore} stage there.
     */
    String toYaml(String dataPath, String logsPath, String repoPath) {
        StringBuilder yaml = new StringBuilder()
                .append("# Written by send-search at every start; edits here are overwritten.\n")
                .append("cluster.name: ")
                .append(clusterName)
                .append('\n')
                .append("node.name: ")
                .append(nodeName)
                .append('\n')
                .append("path.data: ")
                .append(quote(dataPath))
                .append('\n')
                .append("path.logs: ")
                .append(quote(logsPath))
                .append('\n');
        if (repoPath != null) {
            yaml.append("path.repo: [").append(quote(repoPath)).append("]\n");
        }
        yaml.append("network.host: 127.0.0.1\n")
                .append("http.port: ")
                .append(httpPort)
                .append('\n')
                .append("transport.port: ")
                .append(transportPort)
                .append('\n')
                // Security on, even on loopback: the project logs in with its own generated password.
                // Plain HTTP and transport are acceptable bound to 127.0.0.1 only.
                .append("xpack.security.enabled: true\n")
                .append("xpack.security.http.ssl.enabled: false\n")
                .append("xpack.security.transport.ssl.enabled: false\n");
        if (isSingleNode()) {
            yaml.append("discovery.type: single-node\n");
        } else {
            yaml.append("discovery.seed_hosts: [")
                    .append(String.join(
                            ", ",
                            seedTransportPorts.stream()
                                    .map(port -> "\"127.0.0.1:" + port + "\"")
                                    .toList()))
                    .append("]\n")
                    .append("cluster.initial_master_nodes: [")
                    .append(String.join(
                            ", ",
                            initialMasterNodes.stream().map(NodeConfig::quote).toList()))
                    .append("]\n");
        }
        return yaml.toString();
    }

    private static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static void requirePort(int port, String what) {
        if (port < 1 || port > 65535) {
            throw new EngineException(
                    "The Elasticsearch " + what + " port must be between 1 and 65535, not " + port + ".");
        }
    }
}
