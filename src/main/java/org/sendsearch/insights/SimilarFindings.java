package org.sendsearch.insights;

import java.util.List;
import org.sendsearch.search.SearchHit;

/**
 * The findings in other documents most like one finding: precedent wording, and the same point
 * made in other words.
 *
 * @param finding  the finding asked about
 * @param similar  most similar first (findings of the same kind, strength or weakness, favoured)
 * @param mode     how they were ranked: the mode asked for, or {@link SimilarMode#WORDS} when it
 *                 needed vectors that are not there
 * @param fallback why the mode asked for could not be used (for the page and the API), or null
 */
public record SimilarFindings(SearchHit finding, List<Similar> similar, SimilarMode mode, String fallback) {
    public SimilarFindings {
        similar = List.copyOf(similar);
    }

    /**
     * @param finding      the similar finding, its highlight marking the words it shares
     * @param score        the ranking's score, higher is closer: more_like_this's, the vectors'
     *                     similarity (kNN), or the fused reciprocal-rank score (mix)
     * @param samePolarity whether it is of the same kind (both strengths, or both weaknesses)
     * @param similarUrl   the page of findings similar to this one
     */
    public record Similar(SearchHit finding, double score, boolean samePolarity, String similarUrl) {}
}
