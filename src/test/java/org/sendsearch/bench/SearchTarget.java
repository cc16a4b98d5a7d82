package org.sendsearch.bench;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.insights.Authors;
import org.sendsearch.insights.CountUnit;
import org.sendsearch.insights.InsightsQuery;
import org.sendsearch.insights.MatrixService;
import org.sendsearch.insights.PhraseUsageService;
import org.sendsearch.insights.Pivot;
import org.sendsearch.insights.PolarityChoice;
import org.sendsearch.insights.SimilarService;
import org.sendsearch.search.Backend;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.Vocabulary;

/**
 * Where a benchmark search goes: through our HTTP API, or (for the identical Elasticsearch
 * request, built by the application's own {@link QueryBuilder}) straight to Elasticsearch. Both
 * read the whole response body, so the comparison is end to end on both sides.
 */
abstract sealed class SearchTarget permits SearchTarget.Api, SearchTarget.Direct {
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** Sends the search and returns the HTTP status. */
    abstract int search(Workload workload) throws IOException, InterruptedException;

    static int send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode();
    }

    /** {@code GET /api/search?...} on our server. */
    static final class Api extends SearchTarget {
        private final String base;

        Api(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        @Override
        int search(Workload workload) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + workload.apiPath()))
                    .timeout(Duration.ofSeconds(30))
                    .GET()
                    .build());
        }
    }

    /**
     * {@code POST /<index>/_search} on Elasticsearch with the body our service would send, built by
     * the service's own code: {@link QueryBuilder#forApi} for searches, {@link MatrixService#request}
     * for the matrix, and for similar findings the same two searches the service sends (the passage
     * by id, then {@link SimilarService#request} with its text).
     */
    static final class Direct extends SearchTarget {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .configure(
                                com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                                false);
        private final String base;
        private final String authorization;
        private final QueryBuilder builder;
        private final MatrixService matrices;
        private final SimilarService similar;
        private final PhraseUsageService usage;
        private final Vocabulary vocabulary;
        private final Map<Workload, HttpRequest> requests = new java.util.concurrent.ConcurrentHashMap<>();

        Direct(int esPort, String authorization, ConfigDirectory config) {
            this.base = "http://127.0.0.1:" + esPort + "/";
            this.authorization = authorization;
            this.vocabulary = Vocabulary.load(config);
            this.builder = QueryBuilder.forApi(SearchIndices.DEFAULT, vocabulary);
            // Both only build requests here; they never send through their (absent) client.
            Backend backend = Backend.open(null, SearchIndices.DEFAULT, vocabulary, Duration.ofSeconds(30));
            this.matrices = new MatrixService(backend, builder::selection);
            this.similar = new SimilarService(backend);
            this.usage = new PhraseUsageService(backend, builder::selection);
        }

        /** A matrix workload as the service reads it: its search narrowed to its authors, columns and unit. */
        private record Matrix(SearchQuery request, Pivot pivot, CountUnit unit) {}

        private Matrix matrix(Workload workload) {
            InsightsQuery query = InsightsQuery.parse(
                    workload.params(),
                    vocabulary,
                    java.util.Set.of("pivot", "unit", "authors"),
                    PolarityChoice.DEFAULT);
            CountUnit unit = CountUnit.parse(query.own("unit", null), CountUnit.PASSAGES);
            Authors authors = Authors.parse(
                    query.own("authors", null), unit == CountUnit.INSPECTIONS ? Authors.INSPECTION : Authors.ALL);
            return new Matrix(authors.narrow(query.search()), Pivot.parse(query.own("pivot", null)), unit);
        }

        /**
         * The service's requests for a matrix by inspection: the estimate of its inspections, then
         * its parts side by side ({@link MatrixService#requests}), as the service sends them.
         */
        private int matrixByInspection(Matrix matrix) throws IOException, InterruptedException {
            SearchQuery request = matrix.request();
            HttpResponse<byte[]> estimate =
                    HTTP.send(post(matrices.estimateRequest(request)), HttpResponse.BodyHandlers.ofByteArray());
            if (estimate.statusCode() != 200) {
                return estimate.statusCode();
            }
            long inspections = JSON.readTree(estimate.body())
                    .path("aggregations")
                    .path("cardinality#" + MatrixService.ESTIMATE)
                    .path("value")
                    .asLong();
            var parts = matrices.requests(request, matrix.pivot(), matrices.partitions(request, inspections)).stream()
                    .map(part -> HTTP.sendAsync(post(part), HttpResponse.BodyHandlers.discarding()))
                    .toList();
            int status = 200;
            for (var part : parts) {
                int code = part.join().statusCode();
                status = code != 200 ? code : status;
            }
            return status;
        }

        /** The Elasticsearch request (path and JSON body) the API builds for this search. */
        String describe(Workload workload) {
            return request(workload).uri() + " " + body(workload);
        }

        private String body(Workload workload) {
            return json(esRequest(workload));
        }

        private SearchRequest esRequest(Workload workload) {
            return switch (workload.kind()) {
                case SEARCH -> {
                    SearchQuery parsed = SearchQuery.parse(workload.params(), vocabulary);
                    yield builder.build(parsed, parsed.query());
                }
                case MATRIX -> {
                    Matrix matrix = matrix(workload);
                    yield matrices.request(matrix.request(), matrix.pivot(), matrix.unit());
                }
                case ATOM -> {
                    SearchQuery parsed = SearchQuery.parse(workload.params(), vocabulary);
                    SearchQuery newest = new SearchQuery(
                            parsed.query(),
                            parsed.scope(),
                            parsed.filters(),
                            parsed.from(),
                            parsed.to(),
                            org.sendsearch.search.ResultOrder.NEWEST,
                            1,
                            parsed.size());
                    yield builder.build(newest, newest.query());
                }
                case SIMILAR -> similar.lookup(workload.passage());
                case PHRASE_USAGE ->
                    usage.countRequest(InsightsQuery.parse(workload.params(), vocabulary, java.util.Set.of(), "all")
                            .search());
            };
        }

        private static String json(SearchRequest request) {
            return JsonpUtils.toJsonString(request, new JacksonJsonpMapper());
        }

        private HttpRequest post(SearchRequest search) {
            String index = String.join(",", search.index());
            return HttpRequest.newBuilder(URI.create(base + index + "/_search?typed_keys=true"
                            + (Boolean.TRUE.equals(search.requestCache()) ? "&request_cache=true" : "")))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json(search)))
                    .build();
        }

        private HttpRequest request(Workload workload) {
            return requests.computeIfAbsent(workload, w -> post(esRequest(w)));
        }

        /** The search's address with Elasticsearch's request cache off, for measurements of the work itself. */
        private URI uncached(Workload workload) {
            return URI.create(
                    request(workload).uri().toString().replace("&request_cache=true", "") + "&request_cache=false");
        }

        @Override
        int search(Workload workload) throws IOException, InterruptedException {
            Matrix matrix = workload.kind() == Workload.Kind.MATRIX ? matrix(workload) : null;
            if (matrix != null && matrix.unit() == CountUnit.INSPECTIONS) {
                return matrixByInspection(matrix);
            }
            if (workload.kind() != Workload.Kind.SIMILAR) {
                return send(request(workload));
            }
            HttpResponse<byte[]> found = HTTP.send(request(workload), HttpResponse.BodyHandlers.ofByteArray());
            if (found.statusCode() != 200) {
                return found.statusCode();
            }
            var hits = JSON.readTree(found.body()).path("hits").path("hits");
            if (hits.isEmpty()) {
                return 404;
            }
            PassageSource passage = JSON.treeToValue(hits.get(0).path("_source"), PassageSource.class);
            return send(post(similar.request(passage, SimilarService.DEFAULT_SIZE, false)));
        }

        /**
         * Where Elasticsearch spends the time of this search, from its profile API: query,
         * aggregations and fetch (with highlighting) per shard, in milliseconds; the best of five runs.
         */
        String profile(Workload workload) throws IOException, InterruptedException {
            return profile(workload, body -> {});
        }

        /**
         * What-if variants of a search, to size the candidate fixes: the same request without
         * highlighting, and without the facet aggregations. Median took of nine runs each, with the
         * request cache off so that every run is computed.
         */
        String variants(Workload workload) throws IOException, InterruptedException {
            StringBuilder out = new StringBuilder();
            Map<String, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode>> variants =
                    new java.util.LinkedHashMap<>();
            variants.put("as built", body -> {});
            variants.put("no highlight", body -> body.remove("highlight"));
            variants.put("no facet aggregations", body -> body.remove("aggregations"));
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            for (var variant : variants.entrySet()) {
                var body = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(body(workload));
                variant.getValue().accept(body);
                HttpRequest request = HttpRequest.newBuilder(uncached(workload))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build();
                long[] took = new long[9];
                for (int run = 0; run < took.length; run++) {
                    took[run] = mapper.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString())
                                    .body())
                            .path("took")
                            .asLong();
                }
                java.util.Arrays.sort(took);
                out.append(out.isEmpty() ? "" : "; ")
                        .append(variant.getKey())
                        .append(' ')
                        .append(took[took.length / 2])
                        .append(" ms");
            }
            return "Elasticsearch took (median of 9): " + out;
        }

        private String profile(
                Workload workload, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change)
                throws IOException, InterruptedException {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var body = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(body(workload));
            change.accept(body);
            body.put("profile", true);
            HttpRequest profiled = HttpRequest.newBuilder(uncached(workload))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                    .build();
            String best = null;
            long bestTook = Long.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                var response = mapper.readTree(HTTP.send(profiled, HttpResponse.BodyHandlers.ofString())
                        .body());
                long took = response.path("took").asLong();
                double query = 0;
                double aggregations = 0;
                double fetch = 0;
                Map<String, Double> fetchParts = new java.util.TreeMap<>();
                for (var shard : response.path("profile").path("shards")) {
                    for (var search : shard.path("searches")) {
                        for (var q : search.path("query")) {
                            query += q.path("time_in_nanos").asLong() / 1e6;
                        }
                    }
                    for (var a : shard.path("aggregations")) {
                        aggregations += a.path("time_in_nanos").asLong() / 1e6;
                    }
                    fetch += shard.path("fetch").path("time_in_nanos").asLong() / 1e6;
                    for (var child : shard.path("fetch").path("children")) {
                        fetchParts.merge(
                                child.path("type").asText(),
                                child.path("time_in_nanos").asLong() / 1e6,
                                Double::sum);
                    }
                }
                if (took < bestTook) {
                    bestTook = took;
                    StringBuilder parts = new StringBuilder();
                    fetchParts.entrySet().stream()
                            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                            .limit(3)
                            .forEach(e -> parts.append(parts.isEmpty() ? "" : ", ")
                                    .append(e.getKey())
                                    .append(String.format(java.util.Locale.ROOT, " %.1f", e.getValue())));
                    best = String.format(
                            java.util.Locale.ROOT,
                            "took %d ms: query %.1f ms, aggregations %.1f ms, fetch %.1f ms (%s)",
                            took,
                            query,
                            aggregations,
                            fetch,
                            parts);
                }
            }
            return best;
        }

        /** GET on Elasticsearch, for stats. */
        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", authorization)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        }
    }
}
