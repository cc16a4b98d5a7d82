package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendsearch.engine.Engine;
import org.sendsearch.search.relevance.Judgements;
import org.sendsearch.search.relevance.RelevanceEvaluation;
import org.sendsearch.search.relevance.RelevanceEvaluation.Ranking;

/**
 * The judged queries over the bundled corpus, in indices of their own with every vector filled in:
 * the API's (hybrid) search on the held-out half must stay above the floor measured when it was
 * set, minus a small margin, and hybrid must not rank worse than its lexical side alone. The
 * report (lexical, semantic, hybrid and baseline, per half and kind) is written to
 * target/relevance-report.txt.
 */
@ExtendWith(CorpusIndex.class)
class RelevanceTest {
    /** Held-out hybrid nDCG@10 as measured when set (0.827; lexical 0.745), less 0.02. */
    static final double HELD_OUT_FLOOR = 0.807;

    @Test
    void judgedQueriesRankWellAndHybridBeatsLexical(Engine engine) throws Exception {
        Judgements judgements =
                Judgements.load(CorpusIndex.config().resolve("relevance").resolve("judgements.json"));
        assertTrue(judgements.queries().size() >= 100);
        SearchIndices indices = CorpusIndex.indexOwn(engine.client(), "relevance-it", true);
        RelevanceEvaluation.Report report = evaluate(engine, indices, judgements, "relevance-report.txt");
        String table = report.format();
        assertTrue(report.ndcg(Ranking.HYBRID, true) >= HELD_OUT_FLOOR, table);
        assertTrue(report.ndcg(Ranking.HYBRID, null) >= report.ndcg(Ranking.LEXICAL, null), table);
        assertTrue(report.ndcg(Ranking.HYBRID, true) >= report.ndcg(Ranking.LEXICAL, true), table);
    }

    /** Runs the judged queries on {@code indices}, and prints the report and writes it to target/{@code file}. */
    static RelevanceEvaluation.Report evaluate(Engine engine, SearchIndices indices, Judgements judgements, String file)
            throws Exception {
        RelevanceEvaluation.Report report =
                new RelevanceEvaluation(engine.client(), indices, CorpusIndex.vocabulary()).run(judgements);
        String table = report.format();
        Path out = CorpusIndex.projectDirectory().resolve("target").resolve(file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
        return report;
    }
}
