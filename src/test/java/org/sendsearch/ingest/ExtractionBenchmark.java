package org.sendsearch.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures extraction throughput (MB/s of input text) over the bundled corpus: every document,
 * repeated until enough megabytes have gone through, on one thread and then on every core (the
 * extractor is immutable and shared). A main class, not a unit test, so a slow machine never
 * fails the build. After {@code mvn test-compile package -DskipTests}, run it with
 * <pre>java -cp "target/test-classes:target/classes:target/lib/*" org.sendsearch.ingest.ExtractionBenchmark [MB]</pre>
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws IOException {
        double targetMegabytes = args.length > 0 ? Double.parseDouble(args[0]) : 100;
        Path project = Path.of(System.getProperty("sendsearch.project.dir", "."));
        Path corpus = project.resolve("corpus");
        Extractor extractor = Extractor.fromConfig(project.resolve("index-config"), Extractor.DEFAULT_MAX_BYTES);
        List<Path> files = new ArrayList<>();
        long bytesPerRound = 0;
        for (CorpusWalker.Entry entry : (Iterable<CorpusWalker.Entry>) CorpusWalker.walk(corpus)::iterator) {
            files.add(entry.file());
            bytesPerRound += Files.size(entry.file());
        }
        // Warm up the JIT, then measure.
        for (int i = 0; i < 40; i++) {
            run(extractor, files, corpus);
        }
        long rounds = (long) Math.ceil(targetMegabytes * 1024 * 1024 / bytesPerRound);
        int cores = Runtime.getRuntime().availableProcessors();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            long start = System.nanoTime();
            long total;
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
            try {
                total = pool.submit(() -> java.util.stream.LongStream.range(0, rounds)
                                .parallel()
                                .map(i -> run(extractor, files, corpus))
                                .sum())
                        .get();
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdown();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double megabytes = rounds * bytesPerRound / (1024.0 * 1024.0);
            System.out.printf(
                    "%d thread(s): extracted %.1f MB (%d documents, %d passages) in %.2f s: %.2f MB/s%n",
                    threads, megabytes, rounds * files.size(), total, seconds, megabytes / seconds);
        }
    }

    private static long run(Extractor extractor, List<Path> files, Path corpus) {
        long passages = 0;
        for (Path file : files) {
            if (extractor.extract(file, corpus) instanceof ExtractedDocument d) {
                passages += d.passages().size();
            }
        }
        return passages;
    }
}
