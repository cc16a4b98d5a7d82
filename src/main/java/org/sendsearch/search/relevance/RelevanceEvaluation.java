package org.sendsearch.search.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendsearch.model.IndexField;
import org.sendsearch.search.Backend;
import org.sendsearch.search.Facet;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.ResultOrder;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchHit;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchResult;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.Vocabulary;

/**
 * Runs the judged queries (with their filters) through the search service: as the API searches
 * (hybrid where the passages have vectors), its lexical side alone, its semantic (kNN) side alone,
 * and lexically on a copy analysed by the plain {@code standard} analyzer (the baseline: what our
 * analysis adds). Reports nDCG@10 and recall@10 for each, per query, per kind, per half of the fixed
 * split ({@link Judgements.JudgedQuery#heldOut}) and overall.
 */
public final class RelevanceEvaluation {
    public static final int K = 10;

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Vocabulary vocabulary;

    public RelevanceEvaluation(ElasticsearchClient client, SearchIndices indices, Vocabulary vocabulary) {
        this.client = client;
        this.indices = indices;
        this.vocabulary = vocabulary;
    }

    /** The rankings measured: the API's search (hybrid), its lexical and semantic sides alone, and the baseline. */
    public enum Ranking {
        HYBRID,
        LEXICAL,
        SEMANTIC,
        BASELINE
    }

    /** One query's nDCG@10 and recall@10 for each {@link Ranking}, and whether it is held out. */
    public record QueryScore(
            String query, String kind, boolean heldOut, int relevant, Map<Ranking, double[]> scores, List<String> top) {
        public double ndcg(Ranking system) {
            return scores.get(system)[0];
        }

        public double recall(Ranking system) {
            return scores.get(system)[1];
        }

        /** The API's search: hybrid where vectors are there. */
        public double ndcg() {
            return ndcg(Ranking.HYBRID);
        }
    }

    /** Every query's scores, with means. */
    public record Report(List<QueryScore> scores) {
        public double ndcg() {
            return ndcg(Ranking.HYBRID, null);
        }

        public double baselineNdcg() {
            return ndcg(Ranking.BASELINE, null);
        }

        /** Mean nDCG@10 of {@code system} over the held-out half ({@code heldOut} true), the tuning half, or all (null). */
        public double ndcg(Ranking system, Boolean heldOut) {
            return half(heldOut)
                    .mapToDouble(score -> score.ndcg(system))
                    .average()
                    .orElse(0);
        }

        public double recall(Ranking system, Boolean heldOut) {
            return half(heldOut)
                    .mapToDouble(score -> score.recall(system))
                    .average()
                    .orElse(0);
        }

        private java.util.stream.Stream<QueryScore> half(Boolean heldOut) {
            return scores.stream().filter(score -> heldOut == null || score.heldOut() == heldOut);
        }

        /** A plain-text table: per query, then per kind and per half, each system's nDCG@10 and recall@10. */
        public String format() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-10s %-4s %-50s %4s |", "kind", "half", "query", "rel"));
            for (Ranking system : Ranking.values()) {
                out.append(String.format(
                        Locale.ROOT, " %-8s nDCG rec |", system.name().toLowerCase(Locale.ROOT)));
            }
            out.append(System.lineSeparator());
            for (QueryScore score : scores) {
                out.append(String.format(
                        Locale.ROOT,
                        "%-10s %-4s %-50s %4d |",
                        score.kind(),
                        score.heldOut() ? "held" : "tune",
                        shorten(score.query()),
                        score.relevant()));
                for (Ranking system : Ranking.values()) {
                    out.append(String.format(
                            Locale.ROOT, "        %.3f %.3f |", score.ndcg(system), score.recall(system)));
                }
                out.append(System.lineSeparator());
                if (score.ndcg() < 0.5) {
                    score.top()
                            .forEach(line -> out.append("             ours: ")
                                    .append(line)
                                    .append(System.lineSeparator()));
                }
            }
            out.append(System.lineSeparator());
            Map<String, List<QueryScore>> groups = new LinkedHashMap<>();
            scores.forEach(score ->
                    groups.computeIfAbsent(score.kind(), k -> new ArrayList<>()).add(score));
            scores.forEach(
                    score -> groups.computeIfAbsent(score.heldOut() ? "HELD-OUT" : "TUNING", k -> new ArrayList<>())
                            .add(score));
            groups.put("ALL", scores);
            groups.forEach((name, list) -> {
                out.append(String.format(Locale.ROOT, "%-10s %3d queries |", name, list.size()));
                for (Ranking system : Ranking.values()) {
                    out.append(String.format(
                            Locale.ROOT,
                            " %s nDCG@10 %.3f recall@10 %.3f |",
                            system.name().toLowerCase(Locale.ROOT),
                            list.stream()
                                    .mapToDouble(s -> s.ndcg(system))
                                    .average()
                                    .orElse(0),
                            list.stream()
                                    .mapToDouble(s -> s.recall(system))
                                    .average()
                                    .orElse(0)));
                }
                out.append(System.lineSeparator());
            });
            out.append("recall@10 counts the judged passages in the first 10 out of min(judged, 10). Held-out: first"
                            + " hex digit of the SHA-256 of the normalised query 8-f; tune on the other half only.")
                    .append(System.lineSeparator());
            return out.toString();
        }

        private static String shorten(String query) {
            return query.length() > 50 ? query.substring(0, 49) + "…" : query;
        }
    }

    /** Builds the baseline copy beside the live passages, runs every query on each system, and drops the copy. */
    public Report run(Judgements judgements) throws IOException {
        String baselineIndex = indices.passages() + "-baseline";
        BaselineIndex.build(client, indices.passages(), baselineIndex);
        try (Backend live = Backend.open(client, indices, vocabulary, Duration.ofSeconds(30));
                Backend copy = Backend.open(
                        client,
                        new SearchIndices(baselineIndex, indices.documents()),
                        vocabulary,
                        Duration.ofSeconds(30))) {
            SearchService ours = new SearchService(live);
            SearchService lexical = SearchService.lexical(live);
            SearchService baseline = SearchService.lexical(copy);
            PassageResolver resolver = new PassageResolver();
            List<QueryScore> scores = new ArrayList<>();
            for (Judgements.JudgedQuery query : judgements.queries()) {
                Map<String, Integer> grades = new HashMap<>();
                for (Judgements.Judgement judgement : query.relevant()) {
                    grades.merge(resolver.id(judgement), judgement.grade(), Math::max);
                }
                SearchQuery request = request(query);
                SearchResult ourResult = ours.search(request);
                List<String> top = ourResult.hits().stream()
                        .limit(3)
                        .map(hit -> (grades.containsKey(hit.id()) ? "[" + grades.get(hit.id()) + "] " : "[-] ")
                                + hit.text()
                                        .substring(0, Math.min(90, hit.text().length())))
                        .toList();
                List<String> semantic = ours.semanticRanking(request);
                Map<Ranking, List<String>> rankings = new java.util.EnumMap<>(Ranking.class);
                rankings.put(Ranking.HYBRID, ids(ourResult));
                rankings.put(Ranking.LEXICAL, ids(lexical.search(request)));
                // A quoted phrase is lexical only: its semantic side is the lexical ranking.
                rankings.put(Ranking.SEMANTIC, semantic.isEmpty() ? rankings.get(Ranking.LEXICAL) : semantic);
                rankings.put(Ranking.BASELINE, ids(baseline.search(request)));
                Map<Ranking, double[]> measured = new java.util.EnumMap<>(Ranking.class);
                rankings.forEach((system, ranking) -> measured.put(
                        system, new double[] {Metrics.ndcg(ranking, grades, K), Metrics.recall(ranking, grades, K)}));
                scores.add(new QueryScore(query.query(), query.kind(), query.heldOut(), grades.size(), measured, top));
            }
            return new Report(scores);
        } finally {
            client.indices().delete(d -> d.index(baselineIndex));
        }
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    /** The API's request for a judged query: its text and filters, first page of {@link #K}. */
    private SearchQuery request(Judgements.JudgedQuery query) {
        Map<Facet, List<String>> filters = new java.util.EnumMap<>(Facet.class);
        query.filters()
                .forEach((param, values) -> filters.put(
                        Facet.byParam(param)
                                .orElseThrow(() -> new IllegalArgumentException(
                                        "judgements.json: unknown filter '" + param + "' in " + query.query())),
                        values));
        return new SearchQuery(query.query(), Scope.PASSAGES, filters, null, null, ResultOrder.RELEVANCE, 1, K);
    }

    /** Finds the passage a judgement names: in that source file, the one whose text starts with the snippet. */
    private final class PassageResolver {
        private final Map<String, List<PassageSource>> byDocument = new HashMap<>();

        String id(Judgements.Judgement judgement) throws IOException {
            List<PassageSource> passages = byDocument.get(judgement.document());
            if (passages == null) {
                passages = client
                        .search(
                                s -> s.index(indices.passages())
                                        .size(5_000)
                                        .query(q -> q.term(t -> t.field(IndexField.SOURCE_PATH)
                                                .value(FieldValue.of(judgement.document())))),
                                PassageSource.class)
                        .hits()
                        .hits()
                        .stream()
                        .map(Hit::source)
                        .toList();
                byDocument.put(judgement.document(), passages);
            }
            List<PassageSource> matches = passages.stream()
                    .filter(p -> p.text().startsWith(judgement.snippet()))
                    .toList();
            if (matches.size() != 1) {
                throw new IllegalStateException("The judgement '" + judgement.snippet() + "' in " + judgement.document()
                        + " matches " + matches.size() + " passages, not one: update judgements.json");
            }
            return matches.get(0).id();
        }
    }
}
