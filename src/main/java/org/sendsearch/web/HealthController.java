package org.sendsearch.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.jsoup.nodes.Element;
import org.sendsearch.embed.VectorSwitch;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.EngineStatus;
import org.sendsearch.engine.NodeSupervisor;
import org.sendsearch.index.VectorCoverage;
import org.sendsearch.web.page.Page;

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

    /** What the health check found: the HTTP status it answers with and its JSON body. */
    record Report(HttpStatus status, Map<String, Object> body) {
        boolean ok() {
            return status == HttpStatus.OK;
        }
    }

    void health(Context ctx) {
        Report report = check();
        ctx.status(report.status()).json(report.body());
    }

    /**
     * {@code GET /status}: the same check as a page a person reads (is search working, how much is
     * indexed, what to do when it is not), with a link to the JSON.
     */
    void page(Context ctx) {
        Report report = check();
        Page page = Page.titled("Service status");
        Element main = page.main();
        main.appendElement("h1").addClass("heading-l").text("Service status");
        Object message = report.body().get("message");
        if (report.ok()) {
            boolean degraded = HealthStatus.DEGRADED.word().equals(report.body().get("status"));
            main.appendElement("p")
                    .addClass("status-banner")
                    .addClass(degraded ? "status-degraded" : "status-ok")
                    .text(
                            degraded
                                    ? "Search is working, but part of the index is unavailable: some results may be missing."
                                    : "Search is working.");
            Element list = main.appendElement("dl").addClass("summary-list");
            @SuppressWarnings("unchecked")
            Map<String, Object> elasticsearch =
                    (Map<String, Object>) report.body().get("elasticsearch");
            row(
                    list,
                    "Search engine",
                    "Elasticsearch " + elasticsearch.get("version") + " ("
                            + (Boolean.TRUE.equals(elasticsearch.get("managed"))
                                    ? "run by send-search"
                                    : "an existing cluster")
                            + ", " + elasticsearch.get("nodes") + " node(s), health "
                            + elasticsearch.get("clusterStatus") + ")");
            // The index names are for whoever runs the service (they are in the JSON): a reader is told what is
            // searched.
            @SuppressWarnings("unchecked")
            Map<String, Object> vectors = (Map<String, Object>) report.body().get("vectors");
            NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
            Object passages = vectors.get("passages");
            String findings =
                    passages instanceof Number count ? number.format(count.longValue()) : String.valueOf(passages);
            row(list, "Indexed", findings + " findings, all searchable (index names and sizes are in the JSON)");
            row(
                    list,
                    "Meaning-based search",
                    Boolean.TRUE.equals(vectors.get("enabled"))
                            ? (vectors.get("withVector") instanceof Number ready
                                            ? number.format(ready.longValue())
                                            : "")
                                    + " of " + findings
                                    + " findings prepared for it so far; the others are found by their words"
                            : "switched off: exact-word search only");
        } else {
            main.appendElement("p")
                    .addClass("status-banner")
                    .addClass("status-down")
                    .text("Search is not working right now.");
            main.appendElement("p").addClass("body").text(String.valueOf(message));
        }
        Element json = main.appendElement("p");
        json.appendText("For monitoring, the same check as JSON: ");
        json.appendElement("a").attr("href", "/api/health").text("/api/health");
        json.appendText(".");
        ctx.status(report.status()).html(page.render());
    }

    private static void row(Element list, String key, String value) {
        Element row = list.appendElement("div").addClass("summary-row");
        row.appendElement("dt").addClass("summary-key").text(key);
        row.appendElement("dd").addClass("summary-value").text(value);
    }

    Report check() {
        NodeSupervisor.State supervision =
                engine.supervisor().map(NodeSupervisor::state).orElse(NodeSupervisor.State.WATCHING);
        if (supervision == NodeSupervisor.State.RESTARTING) {
            return unavailable(
                    HealthStatus.RESTARTING,
                    "The search engine stopped unexpectedly and is being started again. "
                            + "Search will work again in a minute or two, without anything to do.");
        }
        if (supervision == NodeSupervisor.State.GAVE_UP) {
            return unavailable(
                    HealthStatus.STOPPED,
                    "The search engine stopped repeatedly and is no longer being "
                            + "started again. Whoever runs send-search: the reason is in its log; restart send-search up once "
                            + "it is fixed.");
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
            return new Report(HttpStatus.OK, body);
        } catch (Exception e) {
            log.warn("Health check: Elasticsearch at {} cannot be reached: {}", engine.url(), Engine.describe(e));
            return unavailable(
                    HealthStatus.UNAVAILABLE,
                    "The search engine (Elasticsearch at " + engine.url()
                            + ") cannot be reached right now. Search will work again as soon as it is back.");
        }
    }

    private static Report unavailable(HealthStatus status, String message) {
        return new Report(HttpStatus.SERVICE_UNAVAILABLE, Map.of("status", status.word(), "message", message));
    }
}
