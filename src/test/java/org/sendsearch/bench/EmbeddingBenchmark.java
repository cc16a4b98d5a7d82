package org.sendsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sendsearch.embed.EmbeddingResult;
import org.sendsearch.embed.EmbeddingThreads;
import org.sendsearch.embed.TextEmbedder;
import org.sendsearch.ingest.CorpusWalker;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.ingest.Passage;

/**
 * Embedding figures on the bundled corpus, printed, never asserted: model load time, heap and RSS
 * with the model loaded, passages embedded per second (wall clock and per CPU-second, the latter
 * less sensitive to other work on the machine), and query-embedding p50/p95 over the judged
 * queries, each embedded once (no query repeats).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED \
 *     -cp target/classes:target/test-classes:$(cat target/cp.txt) org.sendsearch.bench.EmbeddingBenchmark [WORKERSxINTRA ...]
 * </pre>
 *
 * With no argument the split is {@link EmbeddingThreads#forThisMachine()}; with several (e.g.
 * {@code 2x1 1x2}) each is loaded and measured in turn in this JVM.
 */
public final class EmbeddingBenchmark {
    private EmbeddingBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path project =
                Path.of(System.getProperty("sendsearch.project.dir", ".")).toAbsolutePath();
        List<String> passages = passages(project);
        List<String> queries = queries(project);
        List<EmbeddingThreads> splits = new ArrayList<>();
        for (String arg : args) {
            String[] parts = arg.split("x");
            splits.add(new EmbeddingThreads(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        }
        if (splits.isEmpty()) {
            splits.add(EmbeddingThreads.forThisMachine());
        }
        System.out.printf(
                Locale.ROOT,
                "%d passages (mean %.0f characters), %d queries, %d cores, load average %.1f%n",
                passages.size(),
                passages.stream().mapToInt(String::length).average().orElse(0),
                queries.size(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "before the model: heap %d MB, RSS %d MB%n", heapMegabytes(), rssMegabytes());
        for (EmbeddingThreads threads : splits) {
            measure(threads, passages, queries);
        }
    }

    private static void measure(EmbeddingThreads threads, List<String> passages, List<String> queries) {
        long started = System.nanoTime();
        TextEmbedder model = TextEmbedder.load(threads);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        model.embedPassages(passages.subList(0, Math.min(20, passages.size()))); // warm-up

        long cpuBefore = processCpuNanos();
        long wallBefore = System.nanoTime();
        List<EmbeddingResult> results = model.embedPassages(passages);
        double wall = (System.nanoTime() - wallBefore) / 1e9;
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        long refused = results.stream().filter(result -> !result.isEmbedded()).count();

        long[] latencies = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long before = System.nanoTime();
            model.embedQuery(queries.get(i));
            latencies[i] = System.nanoTime() - before;
        }
        java.util.Arrays.sort(latencies);
        System.out.printf(
                Locale.ROOT,
                "%d workers x %d inference threads: load %.1f s; %d passages in %.2f s = %.1f/s"
                        + " (%.1f per CPU-second, %d refused); query p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                        + " heap %d MB, RSS %d MB%n",
                threads.workers(),
                threads.intraOpThreads(),
                loadSeconds,
                passages.size(),
                wall,
                passages.size() / wall,
                passages.size() / cpu,
                refused,
                percentile(latencies, 50),
                percentile(latencies, 95),
                latencies[latencies.length - 1] / 1e6,
                heapMegabytes(),
                rssMegabytes());
    }

    /** The text of every passage the bundled corpus gives. */
    static List<String> passages(Path project) throws Exception {
        Path corpus = project.resolve("corpus");
        Extractor extractor = Extractor.fromConfig(project.resolve("index-config"), Extractor.DEFAULT_MAX_BYTES);
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted()
                    .filter(f -> !CorpusWalker.isIgnored(f.getFileName().toString()))
                    .toList()) {
                if (extractor.extract(file, corpus) instanceof ExtractedDocument document) {
                    document.passages().stream().map(Passage::text).forEach(texts::add);
                }
            }
        }
        return texts;
    }

    /** The judged queries of {@code index-config/relevance/judgements.json}, distinct. */
    static List<String> queries(Path project) throws Exception {
        JsonNode root = new ObjectMapper()
                .readTree(project.resolve("index-config/relevance/judgements.json")
                        .toFile());
        List<String> queries = new ArrayList<>();
        root.path("queries").forEach(query -> queries.add(query.path("query").asText()));
        return queries.stream().distinct().toList();
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long heapMegabytes() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    static long rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (java.io.IOException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
