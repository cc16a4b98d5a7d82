package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.engine.Engine;
import org.sendsearch.search.relevance.Judgements;
import org.sendsearch.search.relevance.RelevanceEvaluation;
import org.sendsearch.search.relevance.RelevanceEvaluation.Ranking;

/**
 * The judged queries over real 2023-framework reports ({@code index-config/relevance/real-reports.json}),
 * read from {@code ../shared/real-reports/} when that folder is there; a user's clone has no such
 * folder, and the test skips itself. The reports are indexed alone, in indices of their own with
 * every vector filled in, and the report (lexical, semantic, hybrid and baseline, per half and kind)
 * is written to target/real-reports-relevance-report.txt: the figures for the kind of document on
 * which the product did worst when checked on documents it had never seen.
 */
@ExtendWith(CorpusIndex.class)
class RealReportsRelevanceTest {
    private static final Path REPORTS = CorpusIndex.realReports();

    @Test
    void judgedQueriesOverRealReports(Engine engine) throws Exception {
        assumeTrue(Files.isDirectory(REPORTS), "the real reports are not here: " + REPORTS);
        Judgements judgements =
                Judgements.load(CorpusIndex.config().resolve("relevance").resolve("real-reports.json"));
        SearchIndices indices = CorpusIndex.indexOwn(engine.client(), "real-relevance-it", true, REPORTS);
        RelevanceEvaluation.Report report =
                RelevanceTest.evaluate(engine, indices, judgements, "real-reports-relevance-report.txt");
        assertTrue(report.ndcg(Ranking.HYBRID, null) >= report.ndcg(Ranking.LEXICAL, null), report.format());
    }
}
