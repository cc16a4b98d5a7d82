package org.sendsearch.embed;

/**
 * Arithmetic on embedding vectors. They are of unit length, so the dot product is the cosine
 * similarity, which is also what Elasticsearch's {@code dot_product} similarity scores.
 */
public final class Vectors {
    private Vectors() {}

    /** The dot product of two vectors of the same length. */
    public static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
