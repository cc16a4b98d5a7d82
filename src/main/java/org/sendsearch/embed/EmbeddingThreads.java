package org.sendsearch.embed;

/**
 * How many threads embedding may use: {@code workers} texts are embedded at once, each by ONNX
 * Runtime with {@code intraOpThreads} threads of its own session pool. The two multiply, so their
 * product is what embedding can take of the machine; it is kept at the number of cores so that
 * Elasticsearch and the web server, on the same two cores here, are never starved by spinning or
 * oversubscribed inference threads.
 *
 * @param workers        texts embedded in parallel (the bounded pool's size), at least 1
 * @param intraOpThreads ONNX Runtime threads per inference, at least 1
 */
public record EmbeddingThreads(int workers, int intraOpThreads) {
    public EmbeddingThreads {
        if (workers < 1 || intraOpThreads < 1) {
            throw new IllegalArgumentException("embedding needs at least one worker and one inference thread, not "
                    + workers + " and " + intraOpThreads);
        }
    }

    /**
     * The split for a machine of {@code cores} cores: one inference thread per text and one text per
     * core. A passage of the corpus is about 70 tokens, too short for ONNX Runtime to split well
     * across threads, so texts in parallel use the cores better than threads within one text.
     */
    public static EmbeddingThreads forCores(int cores) {
        return new EmbeddingThreads(Math.max(1, cores), 1);
    }

    /** {@link #forCores} for the cores this JVM may use. */
    public static EmbeddingThreads forThisMachine() {
        return forCores(Runtime.getRuntime().availableProcessors());
    }
}
