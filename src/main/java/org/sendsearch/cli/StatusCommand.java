package org.sendsearch.cli;

import java.util.concurrent.Callable;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.EngineStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints what the health endpoint would report, without starting the web server. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = {"Start or connect to Elasticsearch and print its version, health, plugins and indices."})
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    EngineMixin engineOptions;

    @Override
    public Integer call() throws Exception {
        try (Engine engine = Engine.open(engineOptions.engineOptions())) {
            EngineStatus status = engine.status();
            System.out.printf(
                    "Elasticsearch %s at %s (%s), cluster %s, %d node(s)%n",
                    status.version(),
                    engine.url(),
                    status.managed() ? "managed" : "existing cluster",
                    status.clusterStatus(),
                    status.nodes());
            System.out.println(
                    "Plugins: " + (status.plugins().isEmpty() ? "none" : String.join(", ", status.plugins())));
            status.indices()
                    .forEach(index -> System.out.printf("  %-40s %,d documents%n", index.name(), index.documents()));
            System.out.println("Vectors: "
                    + (org.sendsearch.embed.VectorSwitch.enabled() ? "on, " : "switched off, ")
                    + org.sendsearch.index.VectorCoverage.of(engine.client(), org.sendsearch.index.IndexLayout.DEFAULT)
                            .describe());
            return 0;
        }
    }
}
