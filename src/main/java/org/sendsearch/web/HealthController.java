package org.sendsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.embed.VectorSwitch;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.EngineStatus;
import org.sendsearch.engine.NodeSupervisor;
import org.sendsearch.index.VectorCoverage;

/**
 * {@code GET /api/health}: whether search can work right now, in terms a person can act on
 * ({@link HealthStatus}). 200 with the cluster's version, colour, plugin and index counts; 503 with
 * a plain message when Elasticsearch cannot be reached: {@code restarting} while {@code up} starts
 * its dead node again, {@code stopped} once it has given up, {@code unavailable} otherwise.
 */
final class HealthController {
    private static final Logger log = LogManager.getLogger(HealthController.class);

    private final Engine engine;
    private final String passagesIndex;

    /** {@code passagesIndex}: the passages alias whose vectors are counted. */
    HealthController(Engine engine, String passagesIndex) {
        this.engine = engine;
        this.passagesIndex = passagesIndex;
    }

    void health(Context ctx) {
        NodeSupervisor.State supervision =
                engine.supervisor().map(NodeSupervisor::state).orElse(NodeSupervisor.State.WATCHING);
        if (supervision == NodeSupervisor.State.RESTARTING) {
            unavailable(
                    ctx,
                    HealthStatus.RESTARTING,
                    "The search engine stopped unexpectedly and is being started again. "
                            + "Search will work again in a minute or two, without anything to do.");
            return;
        }
        if (supervision == NodeSupervisor.State.GAVE_UP) {
            unavailable(
                    ctx,
                    HealthStatus.STOPPED,
                    "The search engine stopped repeatedly and is no longer being "
                            + "started again. Whoever runs send-search: the reason is in its log; restart send-search up once "
                            + "it is fixed.");
            return;
        }
        try {
            EngineStatus status = engine.status();
            Map<String, Object> elasticsearch = new LinkedHashMap<>();
            elasticsearch.put("url", engine.url().toString());
            elasticsearch.put("managed", status.managed());
            elasticsearch.put("version", status.version());
            elasticsearch.put("clusterStatus", status.clusterStatus());
            elasticsearch.put("nodes", status.nodes());
            elasticsearch.put("plugins", status.plugins());
            elasticsearch.put("analysisPlugin", status.hasAnalysisPlugin());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", (status.clusterStatus().equals("red") ? HealthStatus.DEGRADED : HealthStatus.OK).word());
            body.put("elasticsearch", elasticsearch);
            body.put("indices", status.indices());
            VectorCoverage vectors = VectorCoverage.of(engine.client(), passagesIndex);
            body.put(
                    "vectors",
                    Map.of(
                            "enabled", VectorSwitch.enabled(),
                            "passages", vectors.passages(),
                            "withVector", vectors.withVector()));
            ctx.json(body);
        } catch (Exception e) {
            log.warn("Health check: Elasticsearch at {} cannot be reached: {}", engine.url(), Engine.describe(e));
            unavailable(
                    ctx,
                    HealthStatus.UNAVAILABLE,
                    "The search engine (Elasticsearch at " + engine.url()
                            + ") cannot be reached right now. Search will work again as soon as it is back.");
        }
    }

    private static void unavailable(Context ctx, HealthStatus status, String message) {
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("status", status.word(), "message", message));
    }
}
