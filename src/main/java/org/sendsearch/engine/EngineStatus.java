package org.sendsearch.engine;

import java.util.List;

/**
 * A snapshot of the cluster for the health endpoint and the command line.
 *
 * @param managed whether the project runs this node itself
 */
public record EngineStatus(
        String version,
        String clusterStatus,
        int nodes,
        List<String> plugins,
        List<IndexCount> indices,
        boolean managed) {
    public record IndexCount(String name, long documents) {}

    public boolean hasAnalysisPlugin() {
        return plugins.contains(Installation.PLUGIN_NAME);
    }
}
