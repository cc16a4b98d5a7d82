package org.sendsearch.insights;

import java.util.List;
import org.sendsearch.search.SearchHit;

/**
 * The findings in other documents worded most like one finding: precedent wording.
 *
 * @param finding the finding asked about
 * @param similar most similar first (findings of the same kind, strength or weakness, favoured)
 */
public record SimilarFindings(SearchHit finding, List<Similar> similar) {
    public SimilarFindings {
        similar = List.copyOf(similar);
    }

    /**
     * @param finding      the similar finding, its highlight marking the words it shares
     * @param score        the more_like_this score (higher is closer)
     * @param samePolarity whether it is of the same kind (both strengths, or both weaknesses)
     * @param similarUrl   the page of findings similar to this one
     */
    public record Similar(SearchHit finding, double score, boolean samePolarity, String similarUrl) {}
}
