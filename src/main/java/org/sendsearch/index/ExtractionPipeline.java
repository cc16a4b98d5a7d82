package org.sendsearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.index.IndexedState.StoredDocument;
import org.sendsearch.ingest.CorpusWalker;
import org.sendsearch.ingest.ExtractionOutcome;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.ingest.Rejection;
import org.sendsearch.util.Sha256;

/**
 * Walks the files of some sources and prepares each on a few worker threads, a few files ahead of
 * the one being written: hashes it, and extracts it unless the {@link CorpusDiff} says it is
 * unchanged (same bytes, and the same address in the source's list of published addresses). The prepared files are handed to a {@link Sink} on the calling thread, in walk order,
 * so whatever the sink does (recording, writing) stays single-threaded and deterministic.
 *
 * <p>Extraction is most of an indexing run's CPU outside Elasticsearch, and the bulk writer keeps
 * one request in flight, so on two cores a second thread turns Elasticsearch's waits into
 * extraction. At most {@code 2 * EXTRACTION_THREADS} files are prepared and not yet handed over,
 * which bounds the memory their extracted text holds.
 */
final class ExtractionPipeline {
    private static final Logger log = LogManager.getLogger(ExtractionPipeline.class);
    /** Files are hashed and extracted on this many threads. */
    static final int EXTRACTION_THREADS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /**
     * A walked file as a worker prepared it: rejected by the walk ({@code entry.rejection()}),
     * unchanged (nothing to do), or extracted ({@code outcome}: a document or a rejection).
     *
     * @param size   the file's size in bytes (0 when unknown)
     * @param stored what the index held for the file, or null
     */
    record Prepared(
            Source source,
            CorpusWalker.Entry entry,
            long size,
            StoredDocument stored,
            boolean unchanged,
            ExtractionOutcome outcome) {}

    /** Receives the prepared files, in walk order, on the thread that called {@link #run}. */
    interface Sink {
        void accept(Prepared prepared) throws IOException;
    }

    /** How many files a run will prepare (the walk's rejections left out) and their bytes. */
    record Totals(long files, long bytes) {}

    private final Extractor extractor;
    private final CorpusDiff diff;

    ExtractionPipeline(Extractor extractor, CorpusDiff diff) {
        this.extractor = extractor;
        this.diff = diff;
    }

    /** Walks the sources once to count their files, for the progress display. */
    static Totals count(List<Source> sources) {
        long files = 0;
        long bytes = 0;
        try (Stream<Walked> entries = entries(sources)) {
            for (Walked walk :
                    (Iterable<Walked>) entries.filter(walk -> walk.entry().rejection() == null)::iterator) {
                files++;
                bytes += sizeOf(walk.entry().file());
            }
        }
        return new Totals(files, bytes);
    }

    /**
     * Prepares every file of {@code sources} and hands each to {@code sink}, returning once the
     * last is handed over. What the sink throws stops the run; the workers are stopped either way.
     */
    void run(List<Source> sources, Sink sink) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(EXTRACTION_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "extract");
            thread.setDaemon(true);
            return thread;
        });
        try (Stream<Walked> entries = entries(sources)) {
            Iterator<Walked> it = entries.iterator();
            Deque<Future<Prepared>> window = new ArrayDeque<>();
            while (it.hasNext() || !window.isEmpty()) {
                while (it.hasNext() && window.size() < 2 * EXTRACTION_THREADS) {
                    Walked walk = it.next();
                    window.add(workers.submit(() -> prepare(walk.source(), walk.entry())));
                }
                sink.accept(await(window.removeFirst()));
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** A walked file and the source it belongs to. */
    private record Walked(Source source, CorpusWalker.Entry entry) {}

    private static Stream<Walked> entries(List<Source> sources) {
        return sources.stream()
                .flatMap(source -> CorpusWalker.walk(source.location()).map(entry -> new Walked(source, entry)));
    }

    /**
     * The part of a file's work that touches nothing shared, done on a worker thread: whether it
     * is unchanged (its SHA-256 against what the index holds), and if not its extraction.
     */
    private Prepared prepare(Source source, CorpusWalker.Entry entry) {
        try {
            return prepareOrFail(source, entry);
        } catch (RuntimeException | Error e) {
            // The extractor turns its own failures into rejections; this is for the rest
            // (hashing, the look-up), so one file's failure, out of memory included, is that
            // file's rejection and the run goes on.
            log.error("preparing {} failed", entry.file(), e);
            return new Prepared(
                    source,
                    entry,
                    sizeOf(entry.file()),
                    null,
                    false,
                    new Rejection(entry.file(), Extractor.internalError(e)));
        }
    }

    private Prepared prepareOrFail(Source source, CorpusWalker.Entry entry) {
        if (entry.rejection() != null) {
            return new Prepared(source, entry, 0, null, false, null);
        }
        long size = sizeOf(entry.file());
        String sourcePath = Extractor.sourcePath(entry.file(), entry.root());
        StoredDocument stored = diff.stored(source.path(), sourcePath);
        String listedUrl = entry.addresses().urlOf(sourcePath);
        if (diff.unchanged(stored, source.path(), listedUrl, () -> Sha256.hexOfOrNull(entry.file()))) {
            return new Prepared(source, entry, size, stored, true, null);
        }
        return new Prepared(source, entry, size, stored, false, extractor.extract(entry, source.key()));
    }

    private static Prepared await(Future<Prepared> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
