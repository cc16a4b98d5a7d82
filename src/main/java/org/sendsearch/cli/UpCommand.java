package org.sendsearch.cli;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.engine.Engine;
import org.sendsearch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * Runs everything: Elasticsearch (our own node, or the existing cluster given), the indexer over the
 * corpus, and the web server, until Ctrl-C stops them all.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Start Elasticsearch (or connect to an existing cluster), index the corpus, and serve the "
                + "search UI and JSON API until Ctrl-C, which stops everything it started."})
public final class UpCommand implements Callable<Integer> {
    private static final Logger log = LogManager.getLogger(UpCommand.class);

    @Mixin
    EngineMixin engineOptions;

    @Mixin
    WebMixin webOptions;

    @Override
    public Integer call() throws InterruptedException {
        Engine engine = Engine.open(engineOptions.engineOptions());
        WebServer server;
        try {
            server = WebServer.start(webOptions.webOptions(), engine);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            engine.close();
            stopped.countDown();
        }, "send-search-shutdown"));
        String url = "http://" + webOptions.webOptions().host() + ":" + server.port() + "/";
        log.info("send-search is ready at {} (Ctrl-C to stop)", url);
        System.out.println("send-search is ready at " + url + "  (Ctrl-C to stop)");
        stopped.await();
        return 0;
    }
}
