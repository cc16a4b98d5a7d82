package org.sendsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.RestartPolicy;
import org.sendsearch.index.BulkWriter;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.IndexingStoppedException;
import org.sendsearch.index.IngestReport;
import org.sendsearch.index.IngestReportStore;
import org.sendsearch.index.ProgressDisplay;
import org.sendsearch.index.SourceStore;
import org.sendsearch.index.VectorFill;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.web.SearchSettings;
import org.sendsearch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Runs everything: Elasticsearch (our own node, or the existing cluster given), the indexer over the
 * corpus, and the web server, until Ctrl-C stops them all. Our own node is supervised
 * ({@link org.sendsearch.engine.NodeSupervisor}): started again if it dies.
 */
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = {
            "Start Elasticsearch (or connect to an existing cluster), refresh every source of the index "
                    + "(the bundled corpus is added on the first run; see `send-search sources`), and serve the "
                    + "search UI and JSON API until Ctrl-C, which stops everything it started. Its own Elasticsearch "
                    + "node is started again if it dies (at most 5 times within 10 minutes)."
        })
public final class UpCommand implements Callable<Integer> {
    private static final Logger log = LogManager.getLogger(UpCommand.class);

    @Mixin
    EngineMixin engineOptions;

    @Mixin
    WebMixin webOptions;

    @Option(
            names = "--corpus",
            paramLabel = "FOLDER",
            defaultValue = "corpus",
            description = "The bundled corpus, added as a source on the first run (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Mixin
    ConfigMixin configOptions;

    @Override
    public Integer call() throws InterruptedException, IOException {
        // Bad index config is fatal before anything starts, with the file named.
        ConfigDirectory config = configOptions.config();
        IndexCommand.IndexSetup setup = IndexCommand.IndexSetup.load(config, Extractor.DEFAULT_MAX_BYTES);
        IngestReportStore reports = IngestReportStore.inDataDirectory(engineOptions.dataDirectory());
        Engine engine = Engine.open(engineOptions.engineOptions());
        // Our own node is started again if it dies; an existing cluster is only reported on.
        engine.superviseNode(RestartPolicy.DEFAULT);
        CountDownLatch stopped = new CountDownLatch(1);
        Running running = new Running();
        // Before the vector fill starts: a stop must never find a passage mid-embedding.
        OrderlyStop orderly = OrderlyStop.install(
                () -> {
                    running.stop();
                    engine.close();
                    stopped.countDown();
                },
                "send-search-shutdown");
        WebServer server;
        try {
            running.fill = indexCorpus(setup, engine, reports);
            server = WebServer.start(
                    webOptions.webOptions(), ServiceFactory.open(engine, SearchSettings.of(config, corpus), reports));
            running.server = server;
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        String url = "http://" + webOptions.webOptions().host() + ":" + server.port() + "/";
        log.info("send-search is ready at {} (Ctrl-C to stop)", url);
        System.out.println("send-search is ready at " + url + "  (Ctrl-C to stop)");
        stopped.await();
        return orderly.status();
    }

    /**
     * The same incremental index as {@code send-search index} with no folder: every known source
     * is refreshed. A failure is logged and the server still starts: whatever the aliases point at
     * keeps serving.
     */
    /** What a stop ends, as it is started: the vector fill first, then the web server. */
    private static final class Running {
        volatile java.util.Optional<BackgroundFill> fill = java.util.Optional.empty();
        volatile WebServer server;

        void stop() {
            fill.ifPresent(BackgroundFill::stop); // no passage mid-embedding when the model closes
            if (server != null) {
                server.close(); // and its services, with every thread they started
            }
        }
    }

    /** The vector fill running behind the server, and its thread. */
    private record BackgroundFill(VectorFill fill, Thread thread) {
        /** How long a stop waits for the batch being embedded (64 passages: about a second). */
        private static final long STOP_WAIT_MILLIS = 20_000;

        void stop() {
            fill.stop();
            try {
                thread.join(STOP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Refreshes the sources, then starts the vector fill behind them (empty when vectors are off). */
    private java.util.Optional<BackgroundFill> indexCorpus(
            IndexCommand.IndexSetup setup, Engine engine, IngestReportStore reports) {
        try {
            IngestReport report = setup.indexer(
                            engine, IndexLayout.DEFAULT, ProgressDisplay.automatic(), BulkWriter.DEFAULT_MAX_BYTES)
                    .withSourceStore(
                            new SourceStore(engine.client(), IndexLayout.DEFAULT, engineOptions.dataDirectory()))
                    .withBundledCorpus(corpus)
                    .run(List.of(), false);
            reports.save(report);
            log.info("Sources refreshed: {}", report.summary());
            java.util.Optional<VectorFill> fill = VectorFill.forLayout(engine.client(), IndexLayout.DEFAULT);
            if (fill.isEmpty()) {
                return java.util.Optional.empty();
            }
            Thread filler = new Thread(
                    () -> IndexCommand.fillVectors(fill.get(), new java.io.PrintWriter(System.err, true)),
                    "vector-fill");
            filler.setDaemon(true);
            filler.start();
            return java.util.Optional.of(new BackgroundFill(fill.get(), filler));
        } catch (IndexingStoppedException e) {
            // The indexer has logged what happened and what to do; no stack trace for a known fault.
            log.warn("Serving what the index already holds");
        } catch (IOException | RuntimeException e) {
            log.error("Indexing the corpus failed ({}); serving what the index already holds", Engine.describe(e), e);
        }
        return java.util.Optional.empty();
    }
}
