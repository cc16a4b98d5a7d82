package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.engine.Engine;
import org.sendsearch.search.relevance.Judgements;
import org.sendsearch.search.relevance.RelevanceEvaluation;

/**
 * The judged queries over the bundled corpus: our analysis must reach nDCG@10 0.85 and clearly
 * beat the standard-analyzer baseline (same query code, so the difference is the analysis). The report is written to target/relevance-report.txt.
 */
@ExtendWith(CorpusIndex.class)
class RelevanceTest {
    @Test
    void judgedQueriesRankWellAndBeatTheBaseline(Engine engine) throws Exception {
        Judgements judgements =
                Judgements.load(CorpusIndex.config().resolve("relevance").resolve("judgements.json"));
        assertTrue(judgements.queries().size() >= 30);
        RelevanceEvaluation.Report report =
                new RelevanceEvaluation(engine.client(), CorpusIndex.INDICES, CorpusIndex.vocabulary()).run(judgements);
        String table = report.format();
        Path out = CorpusIndex.projectDirectory().resolve("target").resolve("relevance-report.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
        assertTrue(report.ndcg() >= 0.85, table);
        assertTrue(report.ndcg() >= report.baselineNdcg() + 0.05, table);
    }
}
