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
 * Runs the judged queries through the search service twice: on the live passages (our analysis:
 * stemming, SEND synonyms, folding, exact sub-field) and on a copy analysed by the plain
 * {@code standard} analyzer, and reports nDCG@10 and recall@10 for both, per query, per kind and
 * overall. The query code is the same for both, including "did you mean" fallbacks.
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

    /** One query's scores for both systems. */
    public record QueryScore(
            String query,
            String kind,
            int relevant,
            double ndcg,
            double recall,
            double baselineNdcg,
            double baselineRecall,
            List<String> top) {}

    /** Every query's scores, with means. */
    public record Report(List<QueryScore> scores) {
        public double ndcg() {
            return scores.stream().mapToDouble(QueryScore::ndcg).average().orElse(0);
        }

        public double recall() {
            return scores.stream().mapToDouble(QueryScore::recall).average().orElse(0);
        }

        public double baselineNdcg() {
            return scores.stream()
                    .mapToDouble(QueryScore::baselineNdcg)
                    .average()
                    .orElse(0);
        }

        public double baselineRecall() {
            return scores.stream()
                    .mapToDouble(QueryScore::baselineRecall)
                    .average()
                    .orElse(0);
        }

        /** A plain-text table: per query, per kind, overall. */
        public String format() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    Locale.ROOT,
                    "%-10s %-56s %4s | %8s %9s | %8s %9s%n",
                    "kind",
                    "query",
                    "rel",
                    "nDCG@10",
                    "recall@10",
                    "baseline",
                    "baseline"));
            for (QueryScore score : scores) {
                out.append(String.format(
                        Locale.ROOT,
                        "%-10s %-56s %4d | %8.3f %9.3f | %8.3f %9.3f%n",
                        score.kind(),
                        shorten(score.query()),
                        score.relevant(),
                        score.ndcg(),
                        score.recall(),
                        score.baselineNdcg(),
                        score.baselineRecall()));
                if (score.ndcg() < 0.5) {
                    score.top()
                            .forEach(line -> out.append("             ours: ")
                                    .append(line)
                                    .append(System.lineSeparator()));
                }
            }
            out.append(System.lineSeparator());
            Map<String, List<QueryScore>> byKind = new LinkedHashMap<>();
            scores.forEach(score ->
                    byKind.computeIfAbsent(score.kind(), k -> new ArrayList<>()).add(score));
            byKind.forEach((kind, list) -> out.append(String.format(
                    Locale.ROOT,
                    "%-10s %2d queries            nDCG@10 %.3f  recall@10 %.3f | baseline nDCG@10 %.3f  recall@10 %.3f%n",
                    kind,
                    list.size(),
                    mean(list, QueryScore::ndcg),
                    mean(list, QueryScore::recall),
                    mean(list, QueryScore::baselineNdcg),
                    mean(list, QueryScore::baselineRecall))));
            out.append(String.format(
                    Locale.ROOT,
                    "%-10s %2d queries            nDCG@10 %.3f  recall@10 %.3f | baseline nDCG@10 %.3f  recall@10 %.3f%n",
                    "ALL",
                    scores.size(),
                    ndcg(),
                    recall(),
                    baselineNdcg(),
                    baselineRecall()));
            out.append("recall@10 counts the judged passages in the first 10 out of min(judged, 10).")
                    .append(System.lineSeparator());
            return out.toString();
        }

        private static double mean(List<QueryScore> list, java.util.function.ToDoubleFunction<QueryScore> value) {
            return list.stream().mapToDouble(value).average().orElse(0);
        }

        private static String shorten(String query) {
            return query.length() > 56 ? query.substring(0, 55) + "…" : query;
        }
    }

    /** Builds the baseline copy beside the live passages, runs every query on both, and drops the copy. */
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
            SearchService baseline = new SearchService(copy);
            PassageResolver resolver = new PassageResolver();
            List<QueryScore> scores = new ArrayList<>();
            for (Judgements.JudgedQuery query : judgements.queries()) {
                Map<String, Integer> grades = new HashMap<>();
                for (Judgements.Judgement judgement : query.relevant()) {
                    grades.merge(resolver.id(judgement), judgement.grade(), Math::max);
                }
                SearchResult ourResult = ours.search(request(query.query()));
                List<String> ourRanking =
                        ourResult.hits().stream().map(SearchHit::id).toList();
                List<String> top = ourResult.hits().stream()
                        .limit(3)
                        .map(hit -> (grades.containsKey(hit.id()) ? "[" + grades.get(hit.id()) + "] " : "[-] ")
                                + hit.text()
                                        .substring(0, Math.min(90, hit.text().length())))
                        .toList();
                List<String> baselineRanking = ranking(baseline, query.query());
                scores.add(new QueryScore(
                        query.query(),
                        query.kind(),
                        grades.size(),
                        Metrics.ndcg(ourRanking, grades, K),
                        Metrics.recall(ourRanking, grades, K),
                        Metrics.ndcg(baselineRanking, grades, K),
                        Metrics.recall(baselineRanking, grades, K),
                        top));
            }
            return new Report(scores);
        } finally {
            client.indices().delete(d -> d.index(baselineIndex));
        }
    }

    private static List<String> ranking(SearchService service, String query) {
        return service.search(request(query)).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchQuery request(String query) {
        return new SearchQuery(query, Scope.PASSAGES, Map.of(), null, null, ResultOrder.RELEVANCE, 1, K);
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
