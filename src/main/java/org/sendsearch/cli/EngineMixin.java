package org.sendsearch.cli;

import java.nio.file.Path;
import java.util.Map;
import org.sendsearch.engine.ClusterConnection;
import org.sendsearch.engine.EngineOptions;
import org.sendsearch.engine.NodeConfig;
import picocli.CommandLine.Option;

/**
 * The options every command that needs Elasticsearch shares: where the data lives, and whether to
 * run our own node or use an existing cluster. Credentials are deliberately not options: they come
 * from the environment or the config file, where {@code ps} and shell history cannot see them.
 */
public final class EngineMixin {
    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the managed Elasticsearch node, its index data and the ingest report live. "
                    + "Default: $SENDSEARCH_DATA_DIR, else ./data.")
    Path dataDirectory;

    @Option(
            names = "--es-url",
            paramLabel = "URL",
            description =
                    "Use the existing Elasticsearch cluster at URL (e.g. https://host:9243) instead of running our own node. "
                            + "Credentials come from SENDSEARCH_ES_API_KEY or SENDSEARCH_ES_USERNAME/SENDSEARCH_ES_PASSWORD, "
                            + "or the --config file. Default: $SENDSEARCH_ES_URL, else none (managed node).")
    String elasticsearchUrl;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description =
                    "A properties file with elasticsearch.url, elasticsearch.apiKey or elasticsearch.username/"
                            + "elasticsearch.password, and elasticsearch.caCertificate (a PEM file for https). Keep it chmod 600.")
    Path configFile;

    @Option(
            names = "--es-port",
            paramLabel = "PORT",
            defaultValue = "" + EngineOptions.DEFAULT_HTTP_PORT,
            description = "HTTP port of the managed Elasticsearch node, on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int elasticsearchPort;

    @Option(
            names = "--es-transport-port",
            paramLabel = "PORT",
            defaultValue = "" + EngineOptions.DEFAULT_TRANSPORT_PORT,
            description =
                    "Transport (node-to-node) port of the managed node, on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int transportPort;

    @Option(
            names = "--es-heap",
            paramLabel = "MB",
            defaultValue = "" + NodeConfig.DEFAULT_HEAP_MB,
            description = "Heap of the managed Elasticsearch node in megabytes (default: ${DEFAULT-VALUE}).")
    int heapMegabytes;

    /** The data directory chosen by option, environment or default. */
    public Path dataDirectory() {
        if (dataDirectory != null) {
            return dataDirectory.toAbsolutePath().normalize();
        }
        String fromEnvironment = System.getenv("SENDSEARCH_DATA_DIR");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "data" : fromEnvironment)
                .toAbsolutePath()
                .normalize();
    }

    public EngineOptions engineOptions() {
        return engineOptions(System.getenv());
    }

    EngineOptions engineOptions(Map<String, String> environment) {
        EngineOptions options = EngineOptions.managed(dataDirectory())
                .withPorts(elasticsearchPort, transportPort)
                .withHeap(heapMegabytes);
        return ClusterConnection.resolve(elasticsearchUrl, environment, configFile)
                .map(options::withExternal)
                .orElse(options);
    }
}
