package org.sendsearch.insights;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sendsearch.model.Identified;
import org.sendsearch.search.InvalidSearchException;

/**
 * How similar findings are ranked: by meaning (kNN on the finding's own vector), by wording
 * ({@code more_like_this}), or by both fused by reciprocal rank. The default is the one that ranked
 * better on the tuning half of the judged cases in {@code index-config/relevance/similar/}.
 */
public enum SimilarMode implements Identified {
    /** The findings whose vectors are nearest the finding's own. */
    MEANING("meaning", "By meaning"),
    /** {@code more_like_this} on the stemmed words: the words the findings share. */
    WORDS("words", "By wording"),
    /** Both rankings, fused by reciprocal rank. */
    MIX("mix", "By meaning and wording");

    /** What {@code /similar} and the API rank by when no {@code mode} is given. */
    public static final SimilarMode DEFAULT = MIX;

    private final Term term;

    SimilarMode(String id, String label) {
        this.term = new Term(id, label);
    }

    @Override
    public Term term() {
        return term;
    }

    /** Whether this mode reads vectors (and so falls back to {@link #WORDS} without them). */
    public boolean needsVectors() {
        return this != WORDS;
    }

    /** The mode named by the {@code mode} parameter; {@link #DEFAULT} when it is absent. */
    public static SimilarMode parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (SimilarMode mode : values()) {
            if (mode.id().equals(wanted)) {
                return mode;
            }
        }
        throw new InvalidSearchException("mode must be "
                + Arrays.stream(values())
                        .map(mode -> "'" + mode.id() + "'")
                        .collect(Collectors.joining(", "))
                        .replaceFirst(", ([^,]*)$", " or $1")
                + ", not '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'.");
    }
}
