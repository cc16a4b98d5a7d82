package org.sendsearch.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.embed.TextEmbedder;
import org.sendsearch.engine.Engine;
import org.sendsearch.engine.ManagedNode;
import org.sendsearch.index.IndexConfig;
import org.sendsearch.index.IndexKind;
import org.sendsearch.index.IndexLayout;
import org.sendsearch.index.Indexer;
import org.sendsearch.index.ProgressDisplay;
import org.sendsearch.index.VectorCoverage;
import org.sendsearch.index.VectorFill;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.search.Backend;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.search.relevance.Judgements;
import org.sendsearch.synth.CorpusGenerator;
import org.sendsearch.synth.OutputFormat;
import org.sendsearch.synth.SourceMaterial;
import org.sendsearch.testing.TestNodes;

/**
 * What semantic retrieval costs, in one run on one generated corpus, printed as a Markdown table
 * and never asserted (a slow machine must not fail the build):
 *
 * <ol>
 *   <li>indexing without vectors, then the vector fill behind it: passages embedded per second
 *       and the distinct texts the cache saved;
 *   <li>an unchanged re-index and a rebuild of the same files, and what each then embeds (nothing
 *       is the target: unchanged files keep their vectors, a rebuild takes them from the cache);
 *   <li>query embedding p50/p95 over queries never embedded before;
 *   <li>search latency, hybrid against lexical, through the application's {@link SearchService}
 *       (facets, highlights, the page of results: everything but HTTP), every request different
 *       (a judged query with an area, a polarity or neither, each combination sent once to each
 *       side), the two sides interleaved with the order alternating so both see the same machine
 *       and neither always comes second to a filter the other just used;
 *   <li>this JVM's heap and RSS with the model loaded: run it with the server's {@code -Xmx256m}
 *       and it holds what the server holds for search (the model, the client, the services)
 *       plus the harness, an upper bound on the server's own.
 * </ol>
 *
 * <pre>
 * mvn -q -o -DskipTests package &amp;&amp; mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -XX:+UseParallelGC --enable-native-access=ALL-UNNAMED \
 *     -cp target/test-classes:target/classes:$(cat target/cp.txt) org.sendsearch.bench.HybridBenchmark --docs 1000
 * </pre>
 * Options: {@code --docs N} (1000), {@code --seed S} (1), {@code --work DIR}
 * (/tmp/send-search-hybrid/N), {@code --requests R} per side (200).
 */
public final class HybridBenchmark {
    /** How long the benchmark waits for the merge after a fill ({@link VectorFill#awaitMerge}). */
    private static final Duration MERGE_WAIT = Duration.ofMinutes(30);

    private final Path project;
    private final int docs;
    private final long seed;
    private final Path work;
    private final int requests;
    private final ResultTable table;

    private HybridBenchmark(Map<String, String> options) {
        this.project = Path.of(System.getProperty("sendsearch.project.dir", "."))
                .toAbsolutePath()
                .normalize();
        this.docs = Integer.parseInt(options.getOrDefault("docs", "1000"));
        this.seed = Long.parseLong(options.getOrDefault("seed", "1"));
        this.work = Path.of(options.getOrDefault("work", "/tmp/send-search-hybrid/" + docs))
                .toAbsolutePath();
        this.requests = Integer.parseInt(options.getOrDefault("requests", "200"));
        this.table = new ResultTable(docs);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new HybridBenchmark(options).run();
    }

    private void run() throws Exception {
        Benchmark.deleteTree(work);
        Files.createDirectories(work);
        ConfigDirectory config = new ConfigDirectory(project.resolve("index-config"));
        table.note(
                "machine",
                "" + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + Runtime.version() + ", this JVM -Xmx"
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + "m; Elasticsearch heap " + TestNodes.TEST_HEAP_MB + " MB");
        table.note("load average at the start", loadAverage());
        Path corpus = work.resolve("corpus");
        List<CorpusGenerator.GeneratedFile> files = new CorpusGenerator(
                        SourceMaterial.load(project.resolve("corpus"), project.resolve("index-config")))
                .generate(docs, seed, corpus, List.of(OutputFormat.values()));
        List<String> areas = files.stream()
                .map(CorpusGenerator.GeneratedFile::area)
                .distinct()
                .sorted()
                .toList();

        ManagedNode node = TestNodes.startSingleNode("hybrid-bench");
        try (Engine engine = Engine.forNode(node)) {
            ElasticsearchClient client = engine.client();
            IndexLayout layout = new IndexLayout("bench");
            Supplier<Indexer> indexer = () -> indexer(client, layout, config);

            long started = System.nanoTime();
            indexer.get().run(List.of(corpus), true);
            double lexicalSeconds = seconds(started);
            VectorCoverage coverage = VectorCoverage.of(client, layout);
            VectorFill fill = VectorFill.forLayout(client, layout).orElseThrow();
            started = System.nanoTime();
            VectorFill.Totals first = fill.run(VectorFill.Progress.none());
            double fillSeconds = seconds(started);
            started = System.nanoTime();
            boolean merged = fill.awaitMerge(MERGE_WAIT);
            double mergeSeconds = seconds(started);
            table.row(
                    "indexing",
                    "without vectors (extract, bulk, refresh, swap)",
                    String.format(
                            Locale.ROOT, "%.1f s (%d files, %d passages)", lexicalSeconds, docs, coverage.passages()),
                    "",
                    null);
            table.row(
                    "indexing",
                    "the vector fill behind it",
                    String.format(
                            Locale.ROOT,
                            "%.1f s: %d passages updated, %d distinct texts embedded, %d from the cache",
                            fillSeconds,
                            first.updated(),
                            first.embedded(),
                            first.cached()),
                    "",
                    null);
            table.row(
                    "indexing",
                    "the merge into one segment after the fill (searches go on meanwhile)",
                    String.format(Locale.ROOT, "%.1f s%s", mergeSeconds, merged ? "" : ", not ended"),
                    "",
                    null);
            table.row(
                    "indexing",
                    "with vectors / without",
                    String.format(Locale.ROOT, "%.2fx", (lexicalSeconds + fillSeconds + mergeSeconds) / lexicalSeconds),
                    "",
                    null);
            table.row(
                    "embedding",
                    "throughput during the fill (distinct texts embedded per second of fill)",
                    String.format(Locale.ROOT, "%.0f passages/s", first.embedded() / fillSeconds),
                    ">= 50/s",
                    first.embedded() / fillSeconds >= 50);

            indexer.get().run(List.of(corpus), false);
            VectorFill.Totals unchanged = fill.run(VectorFill.Progress.none());
            indexer.get().run(List.of(corpus), true);
            VectorFill.Totals rebuilt = fill.run(VectorFill.Progress.none());
            fill.awaitMerge(MERGE_WAIT); // searches are measured on the index as it ends up
            table.row(
                    "indexing",
                    "re-index of the unchanged corpus / rebuild of it: texts embedded",
                    String.format(
                            Locale.ROOT,
                            "%d / %d (the rebuild's %d passages took their vectors from the cache)",
                            unchanged.embedded(),
                            rebuilt.embedded(),
                            rebuilt.cached()),
                    "0 / 0",
                    unchanged.embedded() == 0 && rebuilt.embedded() == 0);

            queryEmbedding(config);
            searchLatency(client, layout, config, areas);
            memory();
        } finally {
            node.stop();
        }
        table.note("load average at the end", loadAverage());
        String markdown = table.markdown();
        System.out.print(markdown);
        Files.writeString(work.resolve("results.md"), markdown);
        Benchmark.deleteTree(work.resolve("corpus"));
    }

    private static Indexer indexer(ElasticsearchClient client, IndexLayout layout, ConfigDirectory config) {
        try {
            return new Indexer(
                    client,
                    layout,
                    IndexConfig.load(config),
                    Extractor.fromConfig(config.path(), Extractor.DEFAULT_MAX_BYTES),
                    ProgressDisplay.none());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Query embedding over texts never embedded before (a judged query with a counter), after a warm-up. */
    private void queryEmbedding(ConfigDirectory config) throws IOException {
        TextEmbedder model = TextEmbedder.shared();
        List<String> queries = judgedQueries(config);
        for (int i = 0; i < 20; i++) {
            model.embedQuery("warm-up " + i + " " + queries.get(i % queries.size()));
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < requests; i++) {
            String query = queries.get(i % queries.size()) + (i < queries.size() ? "" : " " + i);
            long started = System.nanoTime();
            model.embedQuery(query);
            latencies.add(System.nanoTime() - started);
        }
        table.row(
                "embedding",
                "query embedding, every query different (" + requests + ")",
                summary(latencies),
                "p95 <= 20 ms",
                latencies.percentileMillis(95) <= 20);
    }

    /** Hybrid against lexical, through the same services on the same indices, every request different. */
    private void searchLatency(
            ElasticsearchClient client, IndexLayout layout, ConfigDirectory config, List<String> areas)
            throws IOException {
        Vocabulary vocabulary = Vocabulary.load(config);
        List<String> queries = judgedQueries(config).stream()
                .filter(query -> !query.contains("\"") && !query.contains("“"))
                .toList();
        Random random = new Random(seed);
        // One list for both sides, so that they search the same mix: with a list each, the two
        // sides drew different queries (how many need a second or third round varied from one side
        // to the other) and a polarity filter always of one value each, which moved the ratio by
        // more than the change it was measuring.
        List<SearchQuery> searches = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String query = queries.get(random.nextInt(queries.size()));
            Map<String, List<String>> params = new java.util.HashMap<>();
            params.put("q", List.of(query));
            switch (i % 3) {
                case 0 -> params.put("area", List.of(areas.get(random.nextInt(areas.size()))));
                case 1 -> params.put("polarity", List.of(i / 3 % 2 == 0 ? "weakness" : "strength"));
                default -> {}
            }
            params.put(
                    "from",
                    List.of(java.time.LocalDate.of(2010, 1, 1).plusDays(i).toString()));
            searches.add(SearchQuery.parse(params, vocabulary));
        }
        try (Backend backend = Backend.open(
                client,
                new SearchIndices(layout.alias(IndexKind.PASSAGES), layout.alias(IndexKind.DOCUMENTS)),
                vocabulary,
                Duration.ofSeconds(10))) {
            SearchService hybrid = new SearchService(backend);
            SearchService lexical = SearchService.lexical(backend);
            // Warm both paths (the model, Elasticsearch's code), with requests of neither list.
            for (int i = 0; i < 30; i++) {
                SearchQuery warm = SearchQuery.parse(
                        Map.of(
                                "q",
                                List.of(queries.get(i % queries.size())),
                                "from",
                                List.of("2001-01-0" + (1 + i % 9))),
                        vocabulary);
                hybrid.search(warm);
                lexical.search(warm);
            }
            Latencies hybridTimes = new Latencies();
            Latencies lexicalTimes = new Latencies();
            for (int i = 0; i < requests; i++) {
                boolean hybridFirst = i % 2 == 0;
                for (int side = 0; side < 2; side++) {
                    boolean asHybrid = (side == 0) == hybridFirst;
                    SearchQuery request = searches.get(i);
                    long started = System.nanoTime();
                    (asHybrid ? hybrid : lexical).search(request);
                    (asHybrid ? hybridTimes : lexicalTimes).add(System.nanoTime() - started);
                }
            }
            double ratio = hybridTimes.percentileMillis(95) / lexicalTimes.percentileMillis(95);
            table.row(
                    "search latency",
                    "lexical, facets + highlights, every request different (" + requests + ", the same on both sides)",
                    summary(lexicalTimes),
                    "",
                    null);
            table.row(
                    "search latency",
                    "hybrid (lexical + kNN, fused), the same requests (" + requests + ")",
                    summary(hybridTimes),
                    "",
                    null);
            table.row(
                    "search latency",
                    "hybrid p95 / lexical p95",
                    String.format(Locale.ROOT, "%.2fx", ratio),
                    "<= 1.5x",
                    ratio <= 1.5);
        }
    }

    private void memory() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        table.row(
                "memory",
                "this JVM with the model loaded, after the searches: heap live after a full GC / max; RSS",
                String.format(
                        Locale.ROOT,
                        "%d MB / %d MB; RSS %d MB",
                        usedMb,
                        runtime.maxMemory() / (1024 * 1024),
                        EmbeddingBenchmark.rssMegabytes()),
                "heap <= 256 MB",
                usedMb <= 256);
    }

    private List<String> judgedQueries(ConfigDirectory config) throws IOException {
        return Judgements.load(config.path().resolve("relevance").resolve("judgements.json")).queries().stream()
                .map(Judgements.JudgedQuery::query)
                .toList();
    }

    private static String summary(Latencies latencies) {
        return String.format(
                Locale.ROOT,
                "p50/p95/p99 %.1f / %.1f / %.1f ms",
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(99));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static String loadAverage() {
        return String.format(
                Locale.ROOT,
                "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
