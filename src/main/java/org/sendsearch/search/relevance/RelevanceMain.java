package org.sendsearch.search.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.ClusterConnection;
import org.sendsearch.engine.Engine;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.Vocabulary;

import java.net.URI;
import java.nio.file.Path;

/**
 * Prints the relevance report for an indexed corpus:
 * {@code java -cp target/send-search.jar:target/lib/* org.sendsearch.search.relevance.RelevanceMain [ES-URL] [PREFIX]}.
 * ES-URL defaults to {@code $SENDSEARCH_ES_URL} or {@code http://127.0.0.1:9200} (credentials from the
 * usual environment variables); PREFIX to {@code send} (the aliases {@code send-passages} and
 * {@code send-documents} that {@code send-search up} or {@code index} fill). Judgements come from
 * {@code index-config/relevance/judgements.json}.
 */
public final class RelevanceMain {
    private RelevanceMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : null;
        String prefix = args.length > 1 ? args[1] : "send";
        ClusterConnection connection = ClusterConnection.resolve(url, System.getenv(), null)
                .orElse(ClusterConnection.local(URI.create("http://127.0.0.1:9200")));
        ConfigDirectory config = ConfigDirectory.locate();
        ElasticsearchClient client = Engine.connect(connection);
        try {
            RelevanceEvaluation evaluation = new RelevanceEvaluation(client,
                    new SearchIndices(prefix + "-passages", prefix + "-documents"), Vocabulary.load(config));
            RelevanceEvaluation.Report report = evaluation.run(
                    Judgements.load(config.resolve("relevance").resolve("judgements.json")));
            System.out.print(report.format());
        } finally {
            client._transport().close();
        }
    }

    static Path judgementsFile(ConfigDirectory config) {
        return config.resolve("relevance").resolve("judgements.json");
    }
}
