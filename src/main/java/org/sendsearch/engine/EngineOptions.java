package org.sendsearch.engine;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to get an Elasticsearch: connect to {@code external} when it is given, otherwise run a managed
 * node whose installation and data live under {@code dataDirectory/engine}.
 *
 * @param external an existing cluster, or null for the managed node
 */
public record EngineOptions(
        Path dataDirectory,
        ClusterConnection external,
        int httpPort,
        int transportPort,
        int heapMegabytes,
        Duration startTimeout) {
    public static final int DEFAULT_HTTP_PORT = 9200;
    public static final int DEFAULT_TRANSPORT_PORT = 9300;
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(3);

    public static EngineOptions managed(Path dataDirectory) {
        return new EngineOptions(
                dataDirectory,
                null,
                DEFAULT_HTTP_PORT,
                DEFAULT_TRANSPORT_PORT,
                NodeConfig.DEFAULT_HEAP_MB,
                DEFAULT_START_TIMEOUT);
    }

    public EngineOptions withExternal(ClusterConnection connection) {
        return new EngineOptions(dataDirectory, connection, httpPort, transportPort, heapMegabytes, startTimeout);
    }

    public EngineOptions withPorts(int http, int transport) {
        return new EngineOptions(dataDirectory, external, http, transport, heapMegabytes, startTimeout);
    }

    public EngineOptions withHeap(int megabytes) {
        return new EngineOptions(dataDirectory, external, httpPort, transportPort, megabytes, startTimeout);
    }

    /** Where the managed node's installation and node folders live. */
    public Path engineDirectory() {
        return dataDirectory.resolve("engine");
    }
}
