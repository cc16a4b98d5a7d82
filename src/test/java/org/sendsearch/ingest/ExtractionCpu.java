package org.sendsearch.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures the CPU time extraction costs per megabyte of source, per format, on one thread. Not a
 * test: run it by hand on a generated corpus and read the figures, e.g.
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/test-classes:target/classes:target/lib/* org.sendsearch.ingest.ExtractionCpu \
 *     /tmp/send-search-bench/10000/corpus [rounds]
 * </pre>
 * The whole-run figure of {@code send-search extract} includes the JIT compiling the extractor and
 * the JSON writing; this one times only {@link Extractor#extract} (thread CPU time) after a
 * warm-up pass over the corpus, so runs before and after a change can be compared on a busy
 * machine.
 */
public final class ExtractionCpu {

    private ExtractionCpu() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "corpus");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Extractor extractor = Extractor.fromConfig(Path.of("index-config"), Extractor.DEFAULT_MAX_BYTES);
        List<Path> files = CorpusWalker.walk(root).map(CorpusWalker.Entry::file).toList();
        Map<DocumentFormat, List<Path>> byFormat = new EnumMap<>(DocumentFormat.class);
        Map<DocumentFormat, Long> bytes = new EnumMap<>(DocumentFormat.class);
        for (Path file : files) {
            DocumentFormat format = DocumentFormat.of(file).orElse(null);
            if (format != null) {
                byFormat.computeIfAbsent(format, f -> new ArrayList<>()).add(file);
                bytes.merge(format, Files.size(file), Long::sum);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (Path file : files) {
            extractor.extract(file, root);
        }
        System.out.printf(
                Locale.ROOT,
                "warm-up: %d files, %.1f CPU s%n",
                files.size(),
                (threads.getCurrentThreadCpuTime() - start) / 1e9);
        for (int round = 1; round <= rounds; round++) {
            long totalNanos = 0;
            long totalBytes = 0;
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (Map.Entry<DocumentFormat, List<Path>> entry : byFormat.entrySet()) {
                long before = threads.getCurrentThreadCpuTime();
                for (Path file : entry.getValue()) {
                    extractor.extract(file, root);
                }
                long nanos = threads.getCurrentThreadCpuTime() - before;
                double megabytes = bytes.get(entry.getKey()) / 1e6;
                line.append(String.format(
                        Locale.ROOT,
                        "  %s %.3f s/MB (%.1f MB, %.1f s)",
                        entry.getKey().id(),
                        nanos / 1e9 / megabytes,
                        megabytes,
                        nanos / 1e9));
                totalNanos += nanos;
                totalBytes += bytes.get(entry.getKey());
            }
            line.append(String.format(Locale.ROOT, "  all %.3f s/MB", totalNanos / 1e9 / (totalBytes / 1e6)));
            System.out.println(line);
        }
    }
}
