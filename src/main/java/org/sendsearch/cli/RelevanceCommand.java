package org.sendsearch.cli;

import java.util.concurrent.Callable;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.Engine;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.search.relevance.Judgements;
import org.sendsearch.search.relevance.RelevanceEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Scores search quality on the judged queries: nDCG@10 and recall@10 for our analysis and, side by
 * side, for a plain standard-analyzer copy of the passages searched by the same query code.
 */
@Command(
        name = "relevance",
        mixinStandardHelpOptions = true,
        description = {
            "Report nDCG@10 and recall@10 on the judged queries (index-config/relevance/judgements.json) "
                    + "for the indexed corpus, beside a standard-analyzer baseline. Run `up` or `index` first."
        })
public final class RelevanceCommand implements Callable<Integer> {
    @Mixin
    EngineMixin engineOptions;

    @Mixin
    ConfigMixin configOptions;

    @Option(
            names = "--prefix",
            paramLabel = "NAME",
            defaultValue = "send",
            description =
                    "Alias prefix of the indices to score (default: ${DEFAULT-VALUE}: send-passages, send-documents).")
    String prefix;

    @Override
    public Integer call() throws Exception {
        ConfigDirectory config = configOptions.config();
        try (Engine engine = Engine.open(engineOptions.engineOptions())) {
            RelevanceEvaluation evaluation = new RelevanceEvaluation(
                    engine.client(),
                    new SearchIndices(prefix + "-passages", prefix + "-documents"),
                    Vocabulary.load(config));
            System.out.print(evaluation
                    .run(Judgements.load(config.resolve("relevance").resolve("judgements.json")))
                    .format());
            return 0;
        }
    }
}
