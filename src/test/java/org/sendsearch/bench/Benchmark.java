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
import org.sendsearch.embed.VectorSwitch;
import org.sendsearch.engine.ClusterConnection;
import org.sendsearch.engine.Engine;
import org.sendsearch.ingest.ExtractedDocument;
import org.sendsearch.ingest.ExtractionOutcome;
import org.sendsearch.ingest.Extractor;
import org.sendsearch.synth.CorpusGenerator;
import org.sendsearch.synth.OutputFormat;
import org.sendsearch.synth.SourceMaterial;

/**
 * The benchmark suite, in one run on one generated corpus: extraction throughput;
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
 * {@code --keep true} to keep the data folder (the index) afterwards, {@code --load-seconds S} the
 * length of the 32-client load test during a rebuild (60).
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
    private final int loadSeconds;

    private Benchmark(Map<String, String> options) {
        this.project = Path.of(System.getProperty("sendsearch.project.dir", "."))
                .toAbsolutePath()
                .normalize();
        this.docs = Integer.parseInt(options.getOrDefault("docs", "200"));
        this.seed = Long.parseLong(options.getOrDefault("seed", "1"));
        this.work = Path.of(options.getOrDefault("work", "/tmp/send-search-bench/" + docs))
                .toAbsolutePath();
        this.rounds = Integer.parseInt(options.getOrDefault("rounds", "40"));
        this.seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
        this.table = new ResultTable(docs);
        this.profile = Boolean.parseBoolean(options.getOrDefault("profile", "false"));
        this.keep = Boolean.parseBoolean(options.getOrDefault("keep", "false"));
        this.loadSeconds = Integer.parseInt(options.getOrDefault("load-seconds", "60"));
        this.app = Path.of(options.getOrDefault("app", project.resolve("target").toString()))
                .toAbsolutePath();
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
        long totalBytes =
                files.stream().mapToLong(CorpusGenerator.GeneratedFile::bytes).sum();
        table.note(
                "corpus",
                String.format(
                        Locale.ROOT,
                        "%d documents, %.1f MB (txt/html/pdf in turn), generated in %.1f s",
                        docs,
                        mb(totalBytes),
                        secondsSince(started)));
        BulkOnly bulk = extraction(files, corpus, totalBytes);

        // 2. Cold start on a fresh data folder; the server indexes the corpus before serving.
        try (ServerProcess server = ServerProcess.start(project, app, data, corpus, log)) {
            double cold = server.awaitFirstSearch(Duration.ofMinutes(60));
            JsonNode report = JSON.readTree(get("http://127.0.0.1:" + server.port + "/api/ingest/report"));
            double indexing = report.path("elapsedSeconds").asDouble();
            indexingFigures(report, totalBytes);
            table.row(
                    "start-up",
                    "cold (fresh data dir) to first search",
                    String.format(
                            Locale.ROOT,
                            "%.1f s, of which indexing %.1f s and Elasticsearch boot %.1f s",
                            cold,
                            indexing,
                            ServerProcess.elasticsearchBootSeconds(log)),
                    null,
                    null);

            String[] user = server.esCredentials();
            try (var client = Engine.connect(new ClusterConnection(
                            List.of(URI.create("http://127.0.0.1:" + server.esPort)), null, user[0], user[1], null))
                    ._transport()) {
                ElasticsearchClient es = new ElasticsearchClient(client);
                double esBefore = server.elasticsearchCpuSeconds();
                BulkOnly.Result result = bulk.run(es, config);
                double esCpu = server.elasticsearchCpuSeconds() - esBefore;
                double bulkMbps = mb(totalBytes) / result.seconds();
                double endToEndMbps = mb(report.path("bytesRead").asLong()) / indexing;
                table.row(
                        "indexing",
                        "bulk only (same entries, pre-extracted)",
                        String.format(
                                Locale.ROOT,
                                "%.2f s, %.0f docs/s, %.2f MB/s of source (%d docs, %d passages, %d requests, %d failures); "
                                        + "CPU: Elasticsearch %.1f s",
                                result.seconds(),
                                result.documents() / result.seconds(),
                                bulkMbps,
                                result.documents(),
                                result.passages(),
                                result.requests(),
                                result.failures(),
                                esCpu),
                        null,
                        null);
                BulkOnly.delete(es);
                bulk = null;
                System.gc();
                double warmMbps = warmRebuild(server, corpus);
                table.row(
                        "indexing",
                        "end to end / bulk only, cold start (Elasticsearch's JIT still compiling)",
                        String.format(Locale.ROOT, "%.0f%%", 100 * endToEndMbps / bulkMbps),
                        null,
                        null);
                table.row(
                        "indexing",
                        "end to end / bulk only, both on the warm node",
                        String.format(Locale.ROOT, "%.0f%%", 100 * warmMbps / bulkMbps),
                        ">= 80%",
                        warmMbps / bulkMbps >= 0.8);
            }

            SearchTarget.Api api = new SearchTarget.Api(server.port);
            SearchTarget.Direct direct = new SearchTarget.Direct(server.esPort, server.esAuthorization(), config);
            List<String> areas = files.stream()
                    .map(CorpusGenerator.GeneratedFile::area)
                    .distinct()
                    .limit(2)
                    .toList();
            List<String> allAreas = files.stream()
                    .map(CorpusGenerator.GeneratedFile::area)
                    .distinct()
                    .toList();
            List<Workload> workload = Workload.mixed(areas, firstPassage(server.port));
            latency(api, direct, workload);
            double[] facetsUncached = distinctLatency(
                    api,
                    direct,
                    "facets + highlights, each request different (the same "
                            + "search with a date range that starts a day later each time and holds every document)",
                    Workload::facetsEachDifferent,
                    "p95 <= 50 ms",
                    50);
            double[] distinct = distinctLatency(
                    api,
                    direct,
                    "every search different (two SEND terms, an area, one in " + "three with polarity)",
                    i -> Workload.distinct(i, allAreas),
                    null,
                    0);
            distinctLatency(
                    api,
                    direct,
                    "insights matrix by inspection (themes by area, weaknesses), each request different (a date "
                            + "range that starts a day later each time and holds every document)",
                    Workload::matrixEachDifferent,
                    "p95 <= 150 ms",
                    150);
            double ratio = (facetsUncached[0] + distinct[0]) / (facetsUncached[1] + distinct[1]);
            table.row(
                    "search latency",
                    "API / direct on searches no cache can answer (p50s of the two rows above summed)",
                    String.format(Locale.ROOT, "%.2fx", ratio),
                    "<= 1.25x",
                    ratio <= 1.25);
            for (int clients : new int[] {1, 4, 16}) {
                if (clients == 16 && profile) {
                    server.flightRecording(true, work.resolve("server-16-clients.jfr"));
                }
                throughput(
                        api,
                        i -> workload.get((int) (i % workload.size())),
                        clients,
                        clients == 16 && profile ? direct : null,
                        "mixed workload, repeated");
                if (clients == 16 && profile) {
                    server.flightRecording(false, null);
                    table.note(
                            "profile",
                            "server JFR recording of the 16-client step in " + work.resolve("server-16-clients.jfr"));
                }
            }
            throughput(api, i -> Workload.distinct(i, allAreas), 16, null, "every search different");
            memory(server, direct);
            loadDuringRebuild(server, api, workload, allAreas, corpus);
        }

        // 3. Warm start: the same data folder, the index present, the corpus unchanged.
        try (ServerProcess server = ServerProcess.start(project, app, data, corpus, log)) {
            double warm = server.awaitFirstSearch(Duration.ofMinutes(30));
            table.row(
                    "start-up",
                    "warm (index present, corpus unchanged) to first search",
                    String.format(
                            Locale.ROOT,
                            "%.1f s, of which Elasticsearch boot %.1f s",
                            warm,
                            ServerProcess.elasticsearchBootSeconds(log)),
                    "<= 30 s",
                    warm <= 30);
        }
        if (!keep) {
            deleteTree(data);
        }
        table.note(
                "load average at the end",
                Files.readString(Path.of("/proc/loadavg")).strip());
        String markdown = table.markdown();
        System.out.println(markdown);
        Files.writeString(work.resolve("results.md"), markdown);
    }

    /** What the figures were measured on, including how busy the machine already was. */
    private void machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .orElse("?");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal"))
                .findFirst()
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                .orElse(0L);
        table.note(
                "machine",
                String.format(
                        Locale.ROOT,
                        "%s, %d cores, %.0f GB RAM, Java %s; server and indexer %s, " + "Elasticsearch heap 1 GB",
                        cpu,
                        Runtime.getRuntime().availableProcessors(),
                        memKb / 1048576.0,
                        Runtime.version(),
                        String.join(" ", ServerProcess.jvmOptions(project))));
        table.note(
                "load average at the start",
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private BulkOnly extraction(List<CorpusGenerator.GeneratedFile> files, Path corpus, long totalBytes)
            throws IOException {
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
            ExtractedDocument document = d < documents.size()
                            && documents
                                    .get(d)
                                    .sourcePath()
                                    .equals(file.path().getFileName().toString())
                    ? documents.get(d++)
                    : null;
            if (document != null) {
                wrongType += document.type() == file.type() ? 0 : 1;
                wrongArea += file.area().equals(document.area()) ? 0 : 1;
            }
        }
        started = System.nanoTime();
        long passages = files.parallelStream()
                .mapToLong(file -> extractor.extract(file.path(), corpus) instanceof ExtractedDocument d
                        ? d.passages().size()
                        : 0)
                .sum();
        double parallel = secondsSince(started);
        table.row(
                "extraction",
                "1 thread",
                String.format(Locale.ROOT, "%.2f MB/s (%.0f docs/s)", mb(totalBytes) / single, files.size() / single),
                null,
                null);
        table.row(
                "extraction",
                Runtime.getRuntime().availableProcessors() + " threads",
                String.format(
                        Locale.ROOT,
                        "%.2f MB/s (%.0f docs/s, %d passages)",
                        mb(totalBytes) / parallel,
                        files.size() / parallel,
                        passages),
                null,
                null);
        table.row(
                "extraction",
                "rejected / wrong type / wrong area",
                rejected + " / " + wrongType + " / " + wrongArea,
                "0 / 0 / 0",
                rejected + wrongType + wrongArea == 0);
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
        table.row(
                "indexing",
                "end to end (server's indexer: walk, hash, extract, bulk, refresh, swap)",
                String.format(
                        Locale.ROOT,
                        "%.1f s, %.0f docs/s, %.2f MB/s (%d files, %d passages, %d rejected)",
                        elapsed,
                        filesSeen / elapsed,
                        mbps,
                        filesSeen,
                        report.path("passagesWritten").asLong(),
                        report.path("rejected").size()),
                ">= 3 MB/s",
                mbps >= 3);
        table.row(
                "indexing",
                "rejected by the indexer",
                String.valueOf(report.path("rejected").size()),
                "0",
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
            boolean matrix = w.kind() == Workload.Kind.MATRIX;
            boolean atom = w.kind() == Workload.Kind.ATOM;
            double p95 = pair[0].percentileMillis(95);
            double ratio = p95 / pair[1].percentileMillis(95);
            table.row(
                    "search latency",
                    w.label(),
                    String.format(
                            Locale.ROOT,
                            "API p50/p95/p99 %.1f / %.1f / %.1f ms; direct %.1f / %.1f / %.1f ms; p95 ratio %.2fx%s",
                            pair[0].percentileMillis(50),
                            p95,
                            pair[0].percentileMillis(99),
                            pair[1].percentileMillis(50),
                            pair[1].percentileMillis(95),
                            pair[1].percentileMillis(99),
                            ratio,
                            pair[0].errors() + pair[1].errors() > 0
                                    ? " ERRORS " + pair[0].errors() + "/" + pair[1].errors()
                                    : ""),
                    matrix ? "p95 <= 150 ms" : atom ? "p95 <= 50 ms" : null,
                    matrix || atom ? Boolean.valueOf(pair[0].errors() == 0 && p95 <= (matrix ? 150 : 50)) : null);
        }
        double apiP50 = median(byName, 0);
        double directP50 = median(byName, 1);
        table.row(
                "search latency",
                "API / direct, p50 summed over the repeated searches above (the API answers repeats "
                        + "from its result cache; Elasticsearch from its request cache)",
                String.format(Locale.ROOT, "%.2fx", apiP50 / directP50),
                null,
                null);
        for (Workload w : workload) {
            if (w.name().startsWith("facets")) {
                table.row("search latency", "Elasticsearch profile of " + w.name(), direct.profile(w), null, null);
                table.row("search latency", "what-if variants of " + w.name(), direct.variants(w), null, null);
            }
        }
    }

    /**
     * Searches no cache can answer: each round sends a different request through the API and
     * another different one straight to Elasticsearch (the same one twice would let the second
     * side find it in Elasticsearch's request cache), alternating which goes first.
     *
     * @return the API's and the direct side's p50 in milliseconds
     */
    private double[] distinctLatency(
            SearchTarget.Api api,
            SearchTarget.Direct direct,
            String name,
            java.util.function.LongFunction<Workload> family,
            String target,
            double p95Limit)
            throws Exception {
        Latencies onApi = new Latencies();
        Latencies onDirect = new Latencies();
        int count = rounds * 5;
        for (int i = -10; i < count; i++) {
            boolean apiFirst = i % 2 == 0;
            for (int side = 0; side < 2; side++) {
                boolean toApi = (side == 0) == apiFirst;
                Workload w = family.apply(1_000L + 2L * (i + 10) + (toApi ? 0 : 1));
                long t = System.nanoTime();
                int status = (toApi ? api : direct).search(w);
                if (i < 0) {
                    continue; // warm-up
                }
                Latencies measured = toApi ? onApi : onDirect;
                if (status == 200) {
                    measured.add(System.nanoTime() - t);
                } else {
                    measured.error();
                }
            }
        }
        double p95 = onApi.percentileMillis(95);
        table.row(
                "search latency",
                name + ", " + count + " each side",
                String.format(
                        Locale.ROOT,
                        "API p50/p95/p99 %.1f / %.1f / %.1f ms; direct %.1f / %.1f / %.1f ms; p50 ratio %.2fx%s",
                        onApi.percentileMillis(50),
                        p95,
                        onApi.percentileMillis(99),
                        onDirect.percentileMillis(50),
                        onDirect.percentileMillis(95),
                        onDirect.percentileMillis(99),
                        onApi.percentileMillis(50) / onDirect.percentileMillis(50),
                        onApi.errors() + onDirect.errors() > 0
                                ? " ERRORS " + onApi.errors() + "/" + onDirect.errors()
                                : ""),
                target,
                target == null ? null : Boolean.valueOf(p95 <= p95Limit && onApi.errors() == 0));
        return new double[] {onApi.percentileMillis(50), onDirect.percentileMillis(50)};
    }

    /** The first finding a plain search returns: the passage whose similar findings are measured. */
    private static String firstPassage(int port) throws IOException, InterruptedException {
        JsonNode hits = JSON.readTree(get("http://127.0.0.1:" + port + "/api/search?q=assessment"))
                .path("hits");
        if (hits.isEmpty()) {
            throw new IllegalStateException("the index holds no passage about assessment");
        }
        return hits.get(0).path("id").asText();
    }

    private static double median(Map<String, Latencies[]> byName, int side) {
        // Sum of per-search medians: each search weighs the same.
        return byName.values().stream()
                .mapToDouble(pair -> pair[side].percentileMillis(50))
                .sum();
    }

    /**
     * {@code clients} threads sending the {@code workload}'s requests (by sequence number) in a loop
     * for the set time; requests/s and errors. With {@code direct} given, Elasticsearch's hot
     * threads are saved half-way through the step.
     */
    private void throughput(
            SearchTarget.Api api,
            java.util.function.LongFunction<Workload> workload,
            int clients,
            SearchTarget.Direct direct,
            String what)
            throws Exception {
        Load load = load(
                api,
                workload,
                clients,
                Duration.ofSeconds(seconds),
                direct == null
                        ? null
                        : () -> {
                            Thread.sleep(Duration.ofSeconds(seconds).toMillis() / 2);
                            Files.writeString(
                                    work.resolve("es-hot-threads-" + clients + "-clients.txt"),
                                    direct.get("_nodes/hot_threads?threads=5&interval=1s&ignore_idle_threads=true"));
                            return null;
                        });
        boolean target = clients == 16 && what.contains("repeated");
        table.row(
                "throughput",
                clients + " client" + (clients == 1 ? "" : "s") + ", " + what,
                String.format(
                        Locale.ROOT,
                        "%.1f requests/s, %d errors%s (p50 %.0f ms, p95 %.0f ms)",
                        load.rate(),
                        load.errors(),
                        load.errorsByKind().isEmpty() ? "" : " " + load.errorsByKind(),
                        load.latencies().percentileMillis(50),
                        load.latencies().percentileMillis(95)),
                target ? ">= 150/s, 0 errors" : null,
                target ? Boolean.valueOf(load.rate() >= 150 && load.errors() == 0) : null);
    }

    /** What a load step measured. */
    private record Load(double rate, long ok, long errors, Map<String, AtomicLong> errorsByKind, Latencies latencies) {}

    /** {@code clients} threads sending requests in a loop for {@code duration}; {@code meanwhile} runs on this thread. */
    private static Load load(
            SearchTarget.Api api,
            java.util.function.LongFunction<Workload> workload,
            int clients,
            Duration duration,
            java.util.concurrent.Callable<Void> meanwhile)
            throws Exception {
        Map<String, AtomicLong> errorsByKind = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        Latencies latencies = new Latencies();
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    Workload next = workload.apply(sequence.getAndIncrement());
                    long t = System.nanoTime();
                    try {
                        int status = api.search(next);
                        if (status == 200) {
                            ok.incrementAndGet();
                            latencies.add(System.nanoTime() - t);
                        } else {
                            errors.incrementAndGet();
                            errorsByKind
                                    .computeIfAbsent("HTTP " + status, k -> new AtomicLong())
                                    .incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        errorsByKind
                                .computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong())
                                .incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }));
        }
        if (meanwhile != null) {
            meanwhile.call();
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double elapsed = secondsSince(started);
        return new Load(ok.get() / elapsed, ok.get(), errors.get(), errorsByKind, latencies);
    }

    /**
     * The load test: 32 clients for the load duration (60 s by default), the mixed workload
     * with every other request a different search, while {@code send-search index --rebuild} (a
     * separate process, against the same node, as an administrator would run it) rebuilds both
     * indices behind the aliases and swaps them. Every answer must be a 200.
     */
    private void loadDuringRebuild(
            ServerProcess server, SearchTarget.Api api, List<Workload> workload, List<String> areas, Path corpus)
            throws Exception {
        long rebuildStarted = System.nanoTime();
        Process rebuild = startRebuild(server, corpus, "rebuild");
        double[] rebuildSeconds = {-1};
        Load load = load(
                api,
                i -> i % 2 == 0 ? workload.get((int) ((i / 2) % workload.size())) : Workload.distinct(i, areas),
                32,
                Duration.ofSeconds(loadSeconds),
                () -> {
                    // The clients run meanwhile; note when the rebuild ends if it ends inside the window.
                    long until =
                            System.nanoTime() + Duration.ofSeconds(loadSeconds).toNanos();
                    while (System.nanoTime() < until) {
                        if (!rebuild.isAlive() && rebuildSeconds[0] < 0) {
                            rebuildSeconds[0] = secondsSince(rebuildStarted);
                        }
                        Thread.sleep(200);
                    }
                    return null;
                });
        boolean finished = rebuild.waitFor(30, java.util.concurrent.TimeUnit.MINUTES);
        if (rebuildSeconds[0] < 0) {
            rebuildSeconds[0] = secondsSince(rebuildStarted);
        }
        int exit = finished ? rebuild.exitValue() : -1;
        if (!finished) {
            rebuild.destroyForcibly();
        }
        table.row(
                "load",
                "32 clients for " + loadSeconds + " s during `index --rebuild` (mixed workload, every other "
                        + "request a different search)",
                String.format(
                        Locale.ROOT,
                        "%d requests, %d errors%s, %.1f requests/s; p50/p95/p99 %.0f / %.0f / %.0f ms; the rebuild took %.0f s "
                                + "and exited %d",
                        load.ok() + load.errors(),
                        load.errors(),
                        load.errorsByKind().isEmpty() ? "" : " " + load.errorsByKind(),
                        load.rate(),
                        load.latencies().percentileMillis(50),
                        load.latencies().percentileMillis(95),
                        load.latencies().percentileMillis(99),
                        rebuildSeconds[0],
                        exit),
                "0 errors, p99 reported",
                load.errors() == 0 && exit == 0);
    }

    /**
     * Starts {@code send-search index --rebuild} in another process, with the launcher script's
     * JVM options, against the server's node as an existing cluster (as an administrator would
     * run it beside the server). Its report and log go under {@code work/<name>}.
     */
    private Process startRebuild(ServerProcess server, Path corpus, String name) throws IOException {
        String[] user = server.esCredentials();
        Path reportDir = work.resolve(name);
        Files.createDirectories(reportDir);
        List<String> command =
                new java.util.ArrayList<>(List.of(ServerProcess.java().toString()));
        command.addAll(ServerProcess.jvmOptions(project));
        command.addAll(List.of(
                "-jar",
                app.resolve("send-search.jar").toString(),
                "index",
                "--rebuild",
                "--data-dir",
                reportDir.toString(),
                "--index-config",
                project.resolve("index-config").toString(),
                "--es-url",
                "http://127.0.0.1:" + server.esPort,
                corpus.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("SENDSEARCH_ES_USERNAME", user[0]);
        builder.environment().put("SENDSEARCH_ES_PASSWORD", user[1]);
        builder.environment().put(VectorSwitch.VARIABLE, "off"); // as the server (ServerProcess)
        return builder.start();
    }

    /**
     * Indexing end to end on a warm node: {@code index --rebuild} in another process while nothing
     * else runs, so that it meets Elasticsearch in the same state as bulk-only did (the cold
     * start's figure also pays for Elasticsearch compiling its indexing code). Returns MB/s.
     * Also gives where the CPU went: the indexer process's (extraction, JSON, its own JIT and GC)
     * and Elasticsearch's.
     */
    private double warmRebuild(ServerProcess server, Path corpus) throws Exception {
        double esBefore = server.elasticsearchCpuSeconds();
        long started = System.nanoTime();
        Process rebuild = startRebuild(server, corpus, "warm-rebuild");
        double indexerCpu = 0;
        while (!rebuild.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            indexerCpu = rebuild.toHandle()
                    .info()
                    .totalCpuDuration()
                    .map(d -> d.toMillis() / 1000.0)
                    .orElse(indexerCpu);
        }
        double seconds = secondsSince(started);
        double esCpu = server.elasticsearchCpuSeconds() - esBefore;
        JsonNode report = JSON.readTree(
                work.resolve("warm-rebuild").resolve("ingest-report.json").toFile());
        double indexing = report.path("elapsedSeconds").asDouble();
        double mbps = mb(report.path("bytesRead").asLong()) / indexing;
        table.row(
                "indexing",
                "end to end on the warm node (`index --rebuild` in another process, nothing else running)",
                String.format(
                        Locale.ROOT,
                        "%.1f s, %.0f docs/s, %.2f MB/s (exit %d, process %.1f s); CPU: indexer process "
                                + "%.1f s, Elasticsearch %.1f s",
                        indexing,
                        report.path("filesSeen").asInt() / indexing,
                        mbps,
                        rebuild.exitValue(),
                        seconds,
                        indexerCpu,
                        esCpu),
                ">= 3 MB/s",
                mbps >= 3);
        return mbps;
    }

    private void memory(ServerProcess server, SearchTarget.Direct direct) throws Exception {
        double[] rss = server.rssMegabytes();
        double heapNow = server.heapUsedMegabytes(false);
        double heapLive = server.heapUsedMegabytes(true);
        table.row(
                "memory",
                "server heap used after the load (-Xmx256m): now / live after full GC",
                String.format(Locale.ROOT, "%.0f MB / %.0f MB", heapNow, heapLive),
                "<= 256 MB",
                heapNow <= 256);
        table.row(
                "memory",
                "server RSS now / peak",
                String.format(Locale.ROOT, "%.0f MB / %.0f MB", rss[0], rss[1]),
                null,
                null);
        JsonNode nodes = JSON.readTree(direct.get("_nodes/stats/jvm")).path("nodes");
        for (JsonNode node : (Iterable<JsonNode>) nodes::elements) {
            JsonNode heap = node.path("jvm").path("mem");
            table.row(
                    "memory",
                    "Elasticsearch heap used / max",
                    String.format(
                            Locale.ROOT,
                            "%.0f MB / %.0f MB",
                            heap.path("heap_used_in_bytes").asLong() / 1048576.0,
                            heap.path("heap_max_in_bytes").asLong() / 1048576.0),
                    null,
                    null);
        }
    }

    private static String get(String url) throws IOException, InterruptedException {
        return SearchTarget.HTTP
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    static void deleteTree(Path root) throws IOException {
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
