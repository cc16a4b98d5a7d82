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
     * The split for a machine of {@code cores} cores: two inference threads per text (one on a
     * single core) and as many texts at once as that leaves room for. Measured on the bundled
     * corpus on two busy cores (EmbeddingBenchmark): one text at a time on two threads embedded as
     * many passages per CPU-second as two texts on one thread each (56 and 53), took 40% less wall
     * time, and halved query latency (p95 12.5 ms against 40 ms), a query being a single short text.
     */
    public static EmbeddingThreads forCores(int cores) {
        int intraOp = Math.max(1, Math.min(2, cores));
        return new EmbeddingThreads(Math.max(1, cores / intraOp), intraOp);
    }

    /** How many cores this split is sized for: {@code workers * intraOpThreads}. */
    public int cores() {
        return workers * intraOpThreads;
    }

    /** {@link #forCores} for the cores this JVM may use. */
    public static EmbeddingThreads forThisMachine() {
        return forCores(Runtime.getRuntime().availableProcessors());
    }
}
