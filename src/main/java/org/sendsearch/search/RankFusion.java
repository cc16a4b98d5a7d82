package org.sendsearch.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion of two rankings of ids, done here because the minimal Elasticsearch has
 * no RRF retriever (it sits in a licensed module). Each id scores {@code 1 / (K + rank)} in every
 * ranking that holds it (ranks from 1), summed; ties go to the better lexical rank, then the better
 * semantic rank, so the order is total and stable from one page to the next.
 */
public final class RankFusion {
    /** The usual constant: a rank-1 hit weighs 1/61, a rank-10 hit 1/70. */
    static final int K = 60;

    private RankFusion() {}

    /**
     * One id of a fused ranking with its fused score.
     *
     * @param id    the id
     * @param score the sum of {@code 1 / (K + rank)} over the rankings holding it
     */
    public record Fused(String id, double score) {}

    /** The ids of both rankings, each once, best fused score first. */
    public static List<String> fuse(List<String> lexical, List<String> semantic) {
        return fuse(lexical, semantic, List.of());
    }

    /**
     * The ids of the lexical and semantic rankings, each once, best fused score first, with a third
     * ranking fused in: the lexical hits holding every word of the query, in lexical order (a
     * subset of {@code lexical}). Where a query of several words matches passages holding only one
     * of them, those the kNN side also finds would otherwise outrank, by two half-good ranks, the
     * passages that hold every word but are not among the kNN side's nearest.
     */
    public static List<String> fuse(List<String> lexical, List<String> semantic, List<String> everyWord) {
        return fuseScored(lexical, semantic, everyWord).stream().map(Fused::id).toList();
    }

    /** {@link #fuse(List, List)}, each id with its fused score. */
    public static List<Fused> fuseScored(List<String> lexical, List<String> semantic) {
        return fuseScored(lexical, semantic, List.of());
    }

    /** {@link #fuse(List, List, List)}, each id with its fused score. */
    public static List<Fused> fuseScored(List<String> lexical, List<String> semantic, List<String> everyWord) {
        Map<String, double[]> scores = new HashMap<>(); // id -> {score, lexical rank, semantic rank, every-word rank}
        add(scores, lexical, 1);
        add(scores, semantic, 2);
        add(scores, everyWord, 3);
        List<String> fused = new ArrayList<>(scores.keySet());
        fused.sort((a, b) -> {
            double[] x = scores.get(a);
            double[] y = scores.get(b);
            int byScore = Double.compare(y[0], x[0]);
            if (byScore != 0) {
                return byScore;
            }
            int byLexical = Double.compare(x[1], y[1]);
            return byLexical != 0 ? byLexical : Double.compare(x[2], y[2]);
        });
        return fused.stream().map(id -> new Fused(id, scores.get(id)[0])).toList();
    }

    private static void add(Map<String, double[]> scores, List<String> ranking, int slot) {
        for (int i = 0; i < ranking.size(); i++) {
            double[] entry = scores.computeIfAbsent(
                    ranking.get(i), id -> new double[] {0, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE});
            if (entry[slot] == Integer.MAX_VALUE) {
                entry[0] += 1.0 / (K + i + 1);
                entry[slot] = i + 1;
            }
        }
    }
}
