package org.sendsearch.embed;

/**
 * What embedding one text gave: a vector, or the reason there is none. Embedding never throws on
 * a text, whatever it holds; the caller indexes the passage without a vector when it is refused.
 *
 * @param vector    {@link TextEmbedder#DIMENSIONS} floats of unit length, or null when refused
 * @param truncated true when the text was longer than the model reads and only its start was embedded
 * @param refusal   why there is no vector (null when there is one)
 */
public record EmbeddingResult(float[] vector, boolean truncated, String refusal) {
    public EmbeddingResult {
        if ((vector == null) == (refusal == null)) {
            throw new IllegalArgumentException("an embedding result has either a vector or a refusal");
        }
    }

    public static EmbeddingResult of(float[] vector, boolean truncated) {
        return new EmbeddingResult(vector, truncated, null);
    }

    public static EmbeddingResult refused(String reason) {
        return new EmbeddingResult(null, false, reason);
    }

    public boolean isEmbedded() {
        return vector != null;
    }
}
