package org.sendsearch.bench;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendsearch.config.ConfigDirectory;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchRequest;
import org.sendsearch.search.Vocabulary;

/**
 * Where a benchmark search goes: through our HTTP API, or (for the identical Elasticsearch
 * request, built by the application's own {@link QueryBuilder}) straight to Elasticsearch. Both
 * read the whole response body, so the comparison is end to end on both sides.
 */
abstract sealed class SearchTarget permits SearchTarget.Api, SearchTarget.Direct {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

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
            this.base = "http://127.0.0.1:" + port + "/api/search?";
        }

        @Override
        int search(Workload workload) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + workload.queryString())).timeout(Duration.ofSeconds(30))
                    .GET().build());
        }
    }

    /** {@code POST /<index>/_search} on Elasticsearch with the body our service would send. */
    static final class Direct extends SearchTarget {
        private final String base;
        private final String authorization;
        private final QueryBuilder builder = new QueryBuilder(SearchIndices.DEFAULT);
        private final Vocabulary vocabulary;
        private final Map<Workload, HttpRequest> requests = new HashMap<>();

        Direct(int esPort, String authorization, ConfigDirectory config) {
            this.base = "http://127.0.0.1:" + esPort + "/";
            this.authorization = authorization;
            this.vocabulary = Vocabulary.load(config);
        }

        /** The Elasticsearch request (path and JSON body) the API builds for this search. */
        String describe(Workload workload) {
            return request(workload).uri() + " " + body(workload);
        }

        private String body(Workload workload) {
            SearchRequest parsed = SearchRequest.parse(workload.params(), vocabulary);
            return JsonpUtils.toJsonString(builder.build(parsed, parsed.query()), new JacksonJsonpMapper());
        }

        private synchronized HttpRequest request(Workload workload) {
            return requests.computeIfAbsent(workload, w -> {
                SearchRequest parsed = SearchRequest.parse(w.params(), vocabulary);
                var search = builder.build(parsed, parsed.query());
                String index = String.join(",", search.index());
                return HttpRequest.newBuilder(URI.create(base + index + "/_search?typed_keys=true"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", authorization).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body(w))).build();
            });
        }

        @Override
        int search(Workload workload) throws IOException, InterruptedException {
            return send(request(workload));
        }

        /** GET on Elasticsearch, for stats. */
        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", authorization).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        }
    }

    static List<String> names(List<Workload> workloads) {
        return workloads.stream().map(Workload::name).toList();
    }
}
