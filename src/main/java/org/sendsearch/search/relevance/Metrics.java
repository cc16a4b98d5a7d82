package org.sendsearch.search.relevance;

import java.util.List;
import java.util.Map;

/**
 * The two measures reported: nDCG@k (graded: are the best answers at the top?) and recall@k
 * (how many of the answers are on the first page at all?).
 */
public final class Metrics {
    private Metrics() {}

    /**
     * Normalised discounted cumulative gain of a ranking, with gain 2^grade - 1 and the usual
     * log2(rank + 1) discount, against the ideal ordering of every judged passage.
     */
    public static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += gain(grades.getOrDefault(ranking.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** The share of judged passages found in the first k, capped at what k results can hold. */
    public static double recall(List<String> ranking, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(grade -> grade > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = ranking.stream()
                .limit(k)
                .filter(id -> grades.getOrDefault(id, 0) > 0)
                .count();
        return (double) found / Math.min(relevant, k);
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
