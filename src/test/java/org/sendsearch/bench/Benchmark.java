package org.sendsearch.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.engine.ClusterConnection;
import org.sendsearch.engine.Engine;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.ExtractionOutcome;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.synth.CorpusGenerator;
import org.sendsearch.synth.OutputFormat;
import org.sendsearch.synth.SourceMaterial;

/**
 * The benchmark suite of issue 7, in one run on one generated corpus: extraction throughput;
 * indexing end to end against bulk-only; search latency through the API against the identical
 * request straight to Elasticsearch; throughput with 1, 4 and 16 clients; the server's heap and
 * RSS and Elasticsearch's heap; cold and warm start to the first served search. Prints a Markdown
 * table with the targets. A main class, not a test: a slow machine must never fail the build.
 *
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; mvn -q test-compile
 * java -Xmx3g -cp "target/test-classes:target/classes:target/lib/*" org.sendsearch.bench.Benchmark --docs 1000
 * </pre>
 * Options: {@code --docs N} (200), {@code --seed S} (1), {@code --work DIR} (/tmp/send-search-bench/N),
 * {@code --rounds R} latency rounds per search (40), {@code --seconds T} per throughput step (10),
 * {@code --profile true} to record the server with JFR during the 16-client step, {@code --app DIR}
 * the folder holding send-search.jar, lib/ and engine/ (target; a copy keeps a long run safe from rebuilds),
 * {@code --keep true} to keep the data folder (the index) afterwards.
 * Everything runs on loopback and stops by itself; the data folder is deleted at the end.
 */
public final class Benchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path project;
    private final int docs;
    private final long seed;
    private final Path work;
    private final int rounds;
    private final int seconds;
    private final ResultTable table;
    private final boolean profile;
    private final Path app;
    private final boolean keep;

    private Benchmark(Map<String, String> options) {
        this.project = Path.of(System.getProperty("sendsearch.project.dir", ".")).toAbsolutePath().normalize();
        this.docs = Integer.parseInt(options.getOrDefault("docs", "200"));
        this.seed = Long.parseLong(options.getOrDefault("seed", "1"));
        this.work = Path.of(options.getOrDefault("work", "/tmp/send-search-bench/" + docs)).toAbsolutePath();
        this.rounds = Integer.parseInt(options.getOrDefault("rounds", "40"));
        this.seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        this.table = new ResultTable(docs);
        this.profile = Boolean.parseBoolean(options.getOrDefault("profile", "false"));
        this.keep = Boolean.parseBoolean(options.getOrDefault("keep", "false"));
        this.app = Path.of(options.getOrDefault("app", project.resolve("target").toString())).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        Path corpus = work.resolve("corpus");
        Path data = work.resolve("data");
        Path log = work.resolve("server.log");
        deleteTree(work);
        Files.createDirectories(work);
        ConfigDirectory config = new ConfigDirectory(project.resolve("index-config"));
        machine();

        // 1. The corpus, then extraction on this JVM while nothing else runs.
        long started = System.nanoTime();
        List<CorpusGenerator.GeneratedFile> files = new CorpusGenerator(
                SourceMaterial.load(project.resolve("corpus"), project.resolve("index-config")))
                .generate(docs, seed, corpus, List.of(OutputFormat.values()));
        long totalBytes = files.stream().mapToLong(CorpusGenerator.GeneratedFile::bytes).sum();
        table.note("corpus", String.format(Locale.ROOT, "%d documents, %.1f MB (txt/html/pdf in turn), generated in %.1f s",
                docs, mb(totalBytes), secondsSince(started)));
        BulkOnly bulk = extraction(files, corpus, totalBytes);

        // 2. Cold start on a fresh data folder; the server indexes the corpus before serving.
        try (ServerProcess server = ServerProcess.start(project, app, data, corpus, log)) {
            double cold = server.awaitFirstSearch(Duration.ofMinutes(60));
            JsonNode report = JSON.readTree(get("http://127.0.0.1:" + server.port + "/api/ingest/report"));
            double indexing = report.path("elapsedSeconds").asDouble();
            indexingFigures(report, totalBytes);
            table.row("start-up", "cold (fresh data dir) to first search", String.format(Locale.ROOT,
                    "%.1f s, of which indexing %.1f s and Elasticsearch boot %.1f s", cold, indexing,
                    ServerProcess.elasticsearchBootSeconds(log)), null, null);

            String[] user = server.esCredentials();
            try (var client = Engine.connect(new ClusterConnection(List.of(URI.create("http://127.0.0.1:" + server.esPort)),
                    null, user[0], user[1], null))._transport()) {
                ElasticsearchClient es = new ElasticsearchClient(client);
                BulkOnly.Result result = bulk.run(es, config);
                double bulkMbps = mb(totalBytes) / result.seconds();
                double endToEndMbps = mb(report.path("bytesRead").asLong()) / indexing;
                table.row("indexing", "bulk only (same entries, pre-extracted)", String.format(Locale.ROOT,
                        "%.2f s, %.0f docs/s, %.2f MB/s of source (%d docs, %d passages, %d requests, %d failures)",
                        result.seconds(), result.documents() / result.seconds(), bulkMbps, result.documents(),
                        result.passages(), result.requests(), result.failures()), null, null);
                table.row("indexing", "end to end / bulk only", String.format(Locale.ROOT, "%.0f%%", 100 * endToEndMbps / bulkMbps),
                        ">= 80%", endToEndMbps / bulkMbps >= 0.8);
                BulkOnly.delete(es);
            }
            bulk = null;
            System.gc();

            SearchTarget.Api api = new SearchTarget.Api(server.port);
            SearchTarget.Direct direct = new SearchTarget.Direct(server.esPort, server.esAuthorization(), config);
            List<String> areas = files.stream().map(CorpusGenerator.GeneratedFile::area).distinct().limit(2).toList();
            List<Workload> workload = Workload.mixed(areas);
            latency(api, direct, workload);
            for (int clients : new int[] {1, 4, 16}) {
                if (clients == 16 && profile) {
                    server.flightRecording(true, work.resolve("server-16-clients.jfr"));
                }
                throughput(api, workload, clients, clients == 16 && profile ? direct : null);
                if (clients == 16 && profile) {
                    server.flightRecording(false, null);
                    table.note("profile", "server JFR recording of the 16-client step in " + work.resolve("server-16-clients.jfr"));
                }
            }
            memory(server, direct);
        }

        // 3. Warm start: the same data folder, the index present, the corpus unchanged.
        try (ServerProcess server = ServerProcess.start(project, app, data, corpus, log)) {
            double warm = server.awaitFirstSearch(Duration.ofMinutes(30));
            table.row("start-up", "warm (index present, corpus unchanged) to first search",
                    String.format(Locale.ROOT, "%.1f s, of which Elasticsearch boot %.1f s", warm,
                            ServerProcess.elasticsearchBootSeconds(log)), "<= 30 s", warm <= 30);
        }
        if (!keep) {
            deleteTree(data);
        }
        table.note("load average at the end", Files.readString(Path.of("/proc/loadavg")).strip());
        String markdown = table.markdown();
        System.out.println(markdown);
        Files.writeString(work.resolve("results.md"), markdown);
    }

    /** What the figures were measured on, including how busy the machine already was. */
    private void machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        table.note("machine", String.format(Locale.ROOT, "%s, %d cores, %.0f GB RAM, Java %s; server -Xmx256m, Elasticsearch heap 1 GB",
                cpu, Runtime.getRuntime().availableProcessors(), memKb / 1048576.0, Runtime.version()));
        table.note("load average at the start", Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private BulkOnly extraction(List<CorpusGenerator.GeneratedFile> files, Path corpus, long totalBytes) throws IOException {
        Extractor extractor = Extractor.fromConfig(project.resolve("index-config"), Extractor.DEFAULT_MAX_BYTES);
        for (CorpusGenerator.GeneratedFile file : files.subList(0, Math.min(100, files.size()))) {
            extractor.extract(file.path(), corpus); // warm-up
        }
        int rejected = 0;
        int wrongType = 0;
        int wrongArea = 0;
        List<ExtractedDocument> documents = new ArrayList<>(files.size());
        long started = System.nanoTime();
        for (CorpusGenerator.GeneratedFile file : files) {
            ExtractionOutcome outcome = extractor.extract(file.path(), corpus);
            if (outcome instanceof ExtractedDocument document) {
                documents.add(document);
            } else {
                rejected++;
            }
        }
        double single = secondsSince(started);
        for (int i = 0, d = 0; i < files.size(); i++) {
            CorpusGenerator.GeneratedFile file = files.get(i);
            ExtractedDocument document = d < documents.size() && documents.get(d).sourcePath().equals(file.path().getFileName().toString())
                    ? documents.get(d++) : null;
            if (document != null) {
                wrongType += document.type() == file.type() ? 0 : 1;
                wrongArea += file.area().equals(document.area()) ? 0 : 1;
            }
        }
        started = System.nanoTime();
        long passages = files.parallelStream().mapToLong(file -> extractor.extract(file.path(), corpus) instanceof ExtractedDocument d
                ? d.passages().size() : 0).sum();
        double parallel = secondsSince(started);
        table.row("extraction", "1 thread", String.format(Locale.ROOT, "%.2f MB/s (%.0f docs/s)", mb(totalBytes) / single,
                files.size() / single), null, null);
        table.row("extraction", Runtime.getRuntime().availableProcessors() + " threads", String.format(Locale.ROOT,
                "%.2f MB/s (%.0f docs/s, %d passages)", mb(totalBytes) / parallel, files.size() / parallel, passages), null, null);
        table.row("extraction", "rejected / wrong type / wrong area", rejected + " / " + wrongType + " / " + wrongArea,
                "0 / 0 / 0", rejected + wrongType + wrongArea == 0);
        BulkOnly bulk = new BulkOnly();
        for (ExtractedDocument document : documents) {
            bulk.add(document);
        }
        return bulk;
    }

    private void indexingFigures(JsonNode report, long totalBytes) {
        double elapsed = report.path("elapsedSeconds").asDouble();
        long bytes = report.path("bytesRead").asLong();
        int filesSeen = report.path("filesSeen").asInt();
        double mbps = mb(bytes) / elapsed;
        table.row("indexing", "end to end (server's indexer: walk, hash, extract, bulk, refresh, swap)",
                String.format(Locale.ROOT, "%.1f s, %.0f docs/s, %.2f MB/s (%d files, %d passages, %d rejected)", elapsed,
                        filesSeen / elapsed, mbps, filesSeen, report.path("passagesWritten").asLong(),
                        report.path("rejected").size()), ">= 3 MB/s", mbps >= 3);
        table.row("indexing", "rejected by the indexer", String.valueOf(report.path("rejected").size()), "0",
                report.path("rejected").isEmpty());
    }

    /** Each search through the API and directly, interleaved so both see the same machine load. */
    private void latency(SearchTarget.Api api, SearchTarget.Direct direct, List<Workload> workload) throws Exception {
        Map<String, Latencies[]> byName = new LinkedHashMap<>();
        for (Workload w : workload) {
            byName.put(w.name(), new Latencies[] {new Latencies(), new Latencies()});
        }
        for (int round = -Math.max(3, rounds / 5); round < rounds; round++) {
            for (Workload w : workload) {
                Latencies[] pair = byName.get(w.name());
                for (int side : round % 2 == 0 ? new int[] {0, 1} : new int[] {1, 0}) {
                    SearchTarget target = side == 0 ? api : direct;
                    long t = System.nanoTime();
                    int status = target.search(w);
                    if (round >= 0) {
                        if (status == 200) {
                            pair[side].add(System.nanoTime() - t);
                        } else {
                            pair[side].error();
                        }
                    }
                }
            }
        }
        Latencies allApi = new Latencies();
        Latencies allDirect = new Latencies();
        for (Workload w : workload) {
            Latencies[] pair = byName.get(w.name());
            boolean heavy = w.name().equals("facets + highlights");
            double p95 = pair[0].percentileMillis(95);
            double ratio = p95 / pair[1].percentileMillis(95);
            table.row("search latency", w.name() + " (" + w.queryString() + ")", String.format(Locale.ROOT,
                    "API p50/p95/p99 %.1f / %.1f / %.1f ms; direct %.1f / %.1f / %.1f ms; p95 ratio %.2fx%s",
                    pair[0].percentileMillis(50), p95, pair[0].percentileMillis(99), pair[1].percentileMillis(50),
                    pair[1].percentileMillis(95), pair[1].percentileMillis(99), ratio,
                    pair[0].errors() + pair[1].errors() > 0 ? " ERRORS " + pair[0].errors() + "/" + pair[1].errors() : ""),
                    heavy ? "p95 <= 50 ms" : null, heavy ? p95 <= 50 : null);
        }
        double apiP50 = median(byName, 0);
        double directP50 = median(byName, 1);
        table.row("search latency", "API / direct, p50 summed over the searches (each search weighs the same)", String.format(Locale.ROOT, "%.2fx", apiP50 / directP50),
                "<= 1.25x", apiP50 / directP50 <= 1.25);
        for (Workload w : workload) {
            if (w.name().startsWith("facets")) {
                table.row("search latency", "Elasticsearch profile of " + w.name(), direct.profile(w), null, null);
                table.row("search latency", "what-if variants of " + w.name(), direct.variants(w), null, null);
            }
        }
        table.row("search latency", "insights matrix, similar findings", "not yet (endpoints do not exist)", null, null);
    }

    private static double median(Map<String, Latencies[]> byName, int side) {
        // Sum of per-search medians: each search weighs the same.
        return byName.values().stream().mapToDouble(pair -> pair[side].percentileMillis(50)).sum();
    }

    /** {@code clients} threads searching in a loop for the set time; searches/s and errors. */
    private void throughput(SearchTarget.Api api, List<Workload> workload, int clients) throws Exception {
        throughput(api, workload, clients, null);
    }

    /** As above; with {@code direct} given, Elasticsearch's hot threads are saved half-way through the step. */
    private void throughput(SearchTarget.Api api, List<Workload> workload, int clients, SearchTarget.Direct direct)
            throws Exception {
        Map<String, AtomicLong> errorsByKind = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    long t = System.nanoTime();
                    try {
                        int status = api.search(workload.get(i % workload.size()));
                        if (status == 200) {
                            ok.incrementAndGet();
                            latencies.add(System.nanoTime() - t);
                        } else {
                            errors.incrementAndGet();
                            errorsByKind.computeIfAbsent("HTTP " + status, k -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        errorsByKind.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        if (direct != null) {
            Thread.sleep(Duration.ofSeconds(seconds).toMillis() / 2);
            Files.writeString(work.resolve("es-hot-threads-" + clients + "-clients.txt"),
                    direct.get("_nodes/hot_threads?threads=5&interval=1s&ignore_idle_threads=true"));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double elapsed = secondsSince(started);
        double rate = ok.get() / elapsed;
        table.row("throughput", clients + " client" + (clients == 1 ? "" : "s"), String.format(Locale.ROOT,
                "%.1f searches/s, %d errors%s (p50 %.0f ms, p95 %.0f ms)", rate, errors.get(),
                errorsByKind.isEmpty() ? "" : " " + errorsByKind, latencies.percentileMillis(50),
                latencies.percentileMillis(95)), clients == 16 ? ">= 150/s, 0 errors" : null,
                clients == 16 ? rate >= 150 && errors.get() == 0 : null);
    }

    private void memory(ServerProcess server, SearchTarget.Direct direct) throws Exception {
        double[] rss = server.rssMegabytes();
        double heapNow = server.heapUsedMegabytes(false);
        double heapLive = server.heapUsedMegabytes(true);
        table.row("memory", "server heap used after the load (-Xmx256m): now / live after full GC",
                String.format(Locale.ROOT, "%.0f MB / %.0f MB", heapNow, heapLive), "<= 256 MB", heapNow <= 256);
        table.row("memory", "server RSS now / peak", String.format(Locale.ROOT, "%.0f MB / %.0f MB", rss[0], rss[1]), null, null);
        JsonNode nodes = JSON.readTree(direct.get("_nodes/stats/jvm")).path("nodes");
        for (JsonNode node : (Iterable<JsonNode>) nodes::elements) {
            JsonNode heap = node.path("jvm").path("mem");
            table.row("memory", "Elasticsearch heap used / max", String.format(Locale.ROOT, "%.0f MB / %.0f MB",
                    heap.path("heap_used_in_bytes").asLong() / 1048576.0, heap.path("heap_max_in_bytes").asLong() / 1048576.0),
                    null, null);
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        return SearchTarget.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
