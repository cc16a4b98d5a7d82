package org.sendsearch.insights;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.sendsearch.embed.EmbeddingResult;
import org.sendsearch.embed.EmbeddingUnavailableException;
import org.sendsearch.embed.TextEmbedder;
import org.sendsearch.embed.VectorSwitch;
import org.sendsearch.index.VectorCoverage;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.IndexField;
import org.sendsearch.model.Polarity;
import org.sendsearch.search.Backend;
import org.sendsearch.search.Deadline;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.search.Facet;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.RankFusion;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.SearchService;
import org.sendsearch.search.UserQuery;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.util.Futures;

/**
 * Precedent wording: how a quoted phrase has been used ({@link PhraseUsage}), for council and
 * inspection staff who want to cite or reuse how a finding was put before.
 *
 * <p><b>What is counted.</b> Exactly the passages the search for it lists: the count request's
 * query is the search's own ({@code SearchService#selection}, the phrase on the same fields, with
 * every filter), so the panel's "12 passages" is the total its link opens. That includes standard
 * text (the WSOA determination, what the inspectors did...), because a search of quoted phrases
 * finds standard text like any other passage and because standard text is wording in use, which is
 * what a drafter asks about; how many of the passages are standard text is said beside it
 * ({@link PhraseUsage#standardText}). Documents, inspections and areas are the distinct values among
 * those passages, counted exactly as terms buckets (as {@link MatrixService} counts inspections:
 * {@code cardinality} is approximate and its memory tripped the circuit breaker). Years are the
 * {@code year} field, the year of the date research counts a document by, the one the Year facet
 * uses: a letter printed before its own inspection counts by the inspection's last day.
 *
 * <p><b>The same point in other words.</b> The findings (never standard text, nor neutral text
 * unless a polarity is chosen) nearest the phrase in meaning, among the passages the search's
 * filters select, less every passage using the phrase (a {@code must_not} of it as a stemmed
 * phrase, which also drops its other forms: "waits too long" for "wait too long"): the phrase
 * embedded as a query ({@link TextEmbedder#embedQuery}, acronyms written out as the search does),
 * a kNN search, fused by reciprocal rank with {@code more_like_this} on the phrase's text (as
 * {@link SimilarService}'s default mode is), because a short phrase's vector alone is a weak guide.
 * Without vectors (switched off, the model unable to run, or vectors not yet filled in for every
 * passage, when a kNN search would see only some of them) they are found by wording alone, and
 * {@link PhraseUsage#fallback} says why.
 *
 * <p>The two run at once (one count request; the embedding and the kNN search beside it), and the
 * search page runs both beside its own search ({@link #besides}).
 */
public final class PhraseUsageService {
    /** Neighbours shown at most. */
    public static final int NEIGHBOURS = 8;
    /** HNSW candidates examined for the neighbours. */
    static final int CANDIDATES = 200;
    /** How deep each ranking goes before the two are fused: past the list, so that fusion can reorder it. */
    static final int MIX_DEPTH = 30;
    /** {@link PhraseUsage#neighboursBy}: by meaning and wording, fused. */
    static final String MIX = "meaning and words";
    /** {@link PhraseUsage#neighboursBy}: by wording alone. */
    static final String WORDS = "words";
    /** More documents than a collection holds (the matrix's limit for inspections is the same). */
    static final int MAX_DOCUMENTS = MatrixService.MAX_INSPECTIONS;
    /** More local areas than England has, and more years than the inspections span. */
    private static final int MAX_VALUES = 500;

    /** Where the neighbours, and the page's usage beside its search, wait for their answers: a virtual thread each. */
    private static final Executor BESIDE = Executors.newVirtualThreadPerTaskExecutor();

    /** Who wrote the passages, in the panel's order. */
    enum AuthorGroup {
        INSPECTORATE("inspectorate", "inspectorate documents", Authors.INSPECTORATE),
        COUNCIL("council", "council documents", Authors.COUNCIL),
        OTHER("other", "other documents (forum posts and others)", null);

        final String key;
        final String label;
        final Authors authors; // null: no search lists exactly these

        AuthorGroup(String key, String label, Authors authors) {
            this.key = key;
            this.label = label;
            this.authors = authors;
        }

        static AuthorGroup of(DocumentType type) {
            if (type != null && type.isInspectorateLetter()) {
                return INSPECTORATE;
            }
            return type != null && type.isCouncilDocument() ? COUNCIL : OTHER;
        }
    }

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Deadline deadline;
    private final Vocabulary vocabulary;
    private final Function<SearchQuery, Query> selection;

    /** @param selection the search's own query for a request ({@code SearchService::selection}) */
    public PhraseUsageService(Backend backend, Function<SearchQuery, Query> selection) {
        this.client = backend.client();
        this.indices = backend.indices();
        this.deadline = backend.deadline();
        this.vocabulary = backend.vocabulary();
        this.selection = selection;
    }

    /** Whether a search holds a quoted phrase, and so has a usage to show. */
    public static boolean hasPhrase(SearchQuery request) {
        return !UserQuery.parse(request.query()).phrases().isEmpty();
    }

    /**
     * The usage of the quoted phrases of {@code request}, under its filters. A search over
     * documents is counted over passages, the same text and filters.
     *
     * @throws InvalidSearchException when the search text holds no quoted phrase (saying so, and how to write one)
     */
    public PhraseUsage usage(SearchQuery request) {
        UserQuery parsed = UserQuery.parse(request.query());
        List<String> phrases = parsed.phrases();
        if (phrases.isEmpty()) {
            throw new InvalidSearchException("q must hold a quoted phrase, for example q=\"tell their story\": "
                    + "how a phrase has been used is counted for the words in quotes.");
        }
        SearchQuery search = request.withScope(Scope.PASSAGES).withPage(1);
        CompletableFuture<Neighbours> neighbours =
                CompletableFuture.supplyAsync(() -> neighbours(search, phrases), BESIDE);
        SearchRequest counting = countRequest(search);
        SearchResponse<PassageSource> response =
                deadline.run("Phrase usage", () -> client.search(counting, PassageSource.class));
        Neighbours found = Futures.join(neighbours);
        String quoted =
                String.join(" ", phrases.stream().map(p -> "\"" + p + "\"").toList());
        boolean otherWords =
                !parsed.positive().equals(quoted) || !parsed.negative().isEmpty();
        return usage(search, request, phrases, otherWords, response, found);
    }

    /**
     * The usage for a search page, asked for at once and read when joined, so that it runs beside
     * the page's own search; none (an empty answer, not a failure) when the search holds no phrase.
     */
    public CompletableFuture<PhraseUsage> besides(SearchQuery request) {
        if (!hasPhrase(request)) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> usage(request), BESIDE);
    }

    /**
     * The one counting request: the search's own query (standard text included, as the search lists
     * it), no hits, and the distinct documents, inspections, areas, years and document types, and
     * the standard text among them. Public so that a benchmark can send exactly this request.
     */
    public SearchRequest countRequest(SearchQuery request) {
        Query query = selection.apply(request.withScope(Scope.PASSAGES).withPage(1));
        return SearchRequest.of(s -> s.index(indices.passages())
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .requestCache(true)
                .query(query)
                .aggregations(
                        "standard",
                        a -> a.filter(
                                f -> f.term(t -> t.field(IndexField.STANDARD).value(true))))
                .aggregations(
                        "documents",
                        a -> a.terms(t -> t.field(IndexField.DOCUMENT_ID).size(MAX_DOCUMENTS)))
                .aggregations(
                        "inspections",
                        a -> a.terms(t -> t.field(IndexField.INSPECTION_ID).size(MatrixService.MAX_INSPECTIONS)))
                .aggregations(
                        "areas", a -> a.terms(t -> t.field(IndexField.AREA).size(MAX_VALUES)))
                .aggregations(
                        "years", a -> a.terms(t -> t.field(IndexField.YEAR).size(MAX_VALUES)))
                .aggregations(
                        "types", a -> a.terms(t -> t.field(IndexField.TYPE).size(MAX_VALUES))));
    }

    private PhraseUsage usage(
            SearchQuery search,
            SearchQuery asked,
            List<String> phrases,
            boolean otherWords,
            SearchResponse<PassageSource> response,
            Neighbours neighbours) {
        Map<String, Aggregate> aggregations = response.aggregations();
        long passages =
                response.hits().total() == null ? 0 : response.hits().total().value();
        Aggregate standardAggregate = aggregations.get("standard");
        long standard = standardAggregate != null && standardAggregate.isFilter()
                ? standardAggregate.filter().docCount()
                : 0;
        Map<String, Long> areas = MatrixService.counts(aggregations.get("areas"));
        Map<String, Long> years = MatrixService.counts(aggregations.get("years"));
        List<Integer> yearNumbers = years.keySet().stream()
                .filter(year -> year.matches("\\d{4}"))
                .map(Integer::valueOf)
                .sorted()
                .toList();

        List<PhraseUsage.Count> byArea = new ArrayList<>();
        areas.forEach((area, count) -> byArea.add(new PhraseUsage.Count(
                area, area, count, Selections.searchUrl(Selections.only(search, Facet.AREA, area)))));
        byArea.sort(Comparator.comparingLong(PhraseUsage.Count::passages)
                .reversed()
                .thenComparing(count -> count.key().toLowerCase(Locale.UK)));
        List<PhraseUsage.Count> byYear = new ArrayList<>();
        for (Integer year : yearNumbers) {
            String key = year.toString();
            byYear.add(new PhraseUsage.Count(
                    key, key, years.get(key), Selections.searchUrl(Selections.only(search, Facet.YEAR, key))));
        }
        return new PhraseUsage(
                phrases,
                search.query(),
                otherWords,
                passages,
                passages - standard,
                standard,
                MatrixService.counts(aggregations.get("documents")).size(),
                MatrixService.counts(aggregations.get("inspections")).size(),
                areas.size(),
                yearNumbers.isEmpty() ? null : yearNumbers.get(0),
                yearNumbers.isEmpty() ? null : yearNumbers.get(yearNumbers.size() - 1),
                byAuthor(search, MatrixService.counts(aggregations.get("types"))),
                byArea,
                byYear,
                Selections.searchUrl(search),
                documentsUrl(asked),
                neighbours.found(),
                neighbours.by(),
                neighbours.fallback());
    }

    /** The passages by author group, each linked to the search narrowed to its document types when one can be. */
    private static List<PhraseUsage.Count> byAuthor(SearchQuery search, Map<String, Long> types) {
        Map<AuthorGroup, Long> counts = new LinkedHashMap<>();
        for (AuthorGroup group : AuthorGroup.values()) {
            counts.put(group, 0L);
        }
        types.forEach((id, count) -> {
            DocumentType type = Arrays.stream(DocumentType.values())
                    .filter(candidate -> candidate.id().equals(id))
                    .findFirst()
                    .orElse(null);
            counts.merge(AuthorGroup.of(type), count, Long::sum);
        });
        List<PhraseUsage.Count> byAuthor = new ArrayList<>();
        counts.forEach((group, count) -> {
            String url = null;
            if (group.authors != null && count > 0) {
                try {
                    url = Selections.searchUrl(group.authors.narrow(search));
                } catch (InvalidSearchException e) {
                    url = null; // the search names a type of another group: nothing of this group to list
                }
            }
            byAuthor.add(new PhraseUsage.Count(group.key, group.label, count, url));
        });
        return byAuthor;
    }

    /**
     * The document search for the same text and filters, when the search has no filter that only
     * findings have (a section or polarity, which a document search would drop and so list more).
     */
    static String documentsUrl(SearchQuery request) {
        for (Facet facet : Facet.values()) {
            if (!facet.appliesTo(Scope.DOCUMENTS) && !request.values(facet).isEmpty()) {
                return null;
            }
        }
        return Selections.searchUrl(request.withScope(Scope.DOCUMENTS));
    }

    /** The neighbours found, how, and why not by meaning when not. */
    private record Neighbours(List<PhraseUsage.Neighbour> found, String by, String fallback) {}

    private Neighbours neighbours(SearchQuery search, List<String> phrases) {
        Query candidates = candidates(search, phrases);
        String text = String.join(" ", phrases);
        String fallback = null;
        float[] vector = null;
        if (!VectorSwitch.enabled()) {
            fallback = "search by meaning is switched off";
        } else {
            // Counted first (two cheap counts): embedding the phrase is the dearer step, wasted without vectors.
            VectorCoverage coverage =
                    deadline.run("Vector coverage", () -> VectorCoverage.of(client, indices.passages()));
            if (coverage.passages() > 0 && coverage.withVector() == 0) {
                fallback = "passages have no vectors yet";
            } else if (!coverage.complete()) {
                fallback = "vectors are still being filled in (" + coverage.describe() + ")";
            }
        }
        if (fallback == null) {
            try {
                EmbeddingResult embedded =
                        TextEmbedder.shared().embedQuery(vocabulary.acronyms().spelledOut(text));
                vector = embedded.isEmbedded() ? embedded.vector() : null;
                if (vector == null) {
                    fallback = "the phrase could not be embedded (" + embedded.refusal() + ")";
                }
            } catch (EmbeddingUnavailableException e) {
                fallback = "the embedding model cannot run here";
            }
        }
        if (fallback == null) {
            float[] query = vector;
            CompletableFuture<List<PhraseUsage.Neighbour>> words =
                    CompletableFuture.supplyAsync(() -> send(wordsRequest(candidates, text, MIX_DEPTH)), BESIDE);
            try {
                List<PhraseUsage.Neighbour> meaning = send(knnRequest(candidates, query, MIX_DEPTH));
                return new Neighbours(fused(meaning, Futures.join(words)), MIX, null);
            } catch (InvalidSearchException e) {
                // An index built before the vector field existed.
                fallback = "the index has no vectors yet";
            }
        }
        return new Neighbours(send(wordsRequest(candidates, text, NEIGHBOURS)), WORDS, fallback);
    }

    /**
     * The first {@value #NEIGHBOURS} of both rankings fused by reciprocal rank, meaning first on
     * ties: a short phrase's vector alone is a weak guide ("tell their story" came nearest to
     * passages about children's aspirations, not Wirral's "tell it once"), the words it shares
     * lift the passages that speak of the same thing, and the vectors those that say it otherwise.
     */
    private static List<PhraseUsage.Neighbour> fused(
            List<PhraseUsage.Neighbour> meaning, List<PhraseUsage.Neighbour> words) {
        Map<String, PhraseUsage.Neighbour> byId = new LinkedHashMap<>();
        words.forEach(neighbour -> byId.put(neighbour.id(), neighbour));
        meaning.forEach(neighbour -> byId.put(neighbour.id(), neighbour));
        List<PhraseUsage.Neighbour> fused = new ArrayList<>();
        for (RankFusion.Fused id : RankFusion.fuseScored(ids(meaning), ids(words))) {
            if (fused.size() == NEIGHBOURS) {
                break;
            }
            fused.add(byId.get(id.id()));
        }
        return fused;
    }

    private static List<String> ids(List<PhraseUsage.Neighbour> ranking) {
        return ranking.stream().map(PhraseUsage.Neighbour::id).toList();
    }

    /**
     * The findings a neighbour may be: under the search's filters (its words left out: they are
     * the phrase, which the neighbours must not use), not standard text, and using none of the
     * phrases in any form (stemmed, so other forms of its words count as using it too). Neutral
     * passages too are left out unless the search chooses a polarity: they say no finding ("The main
     * findings are summarised below", "Consider and comment on the report"), and as the nearest
     * vectors to a short phrase they filled half the list on the bundled corpus.
     */
    private Query candidates(SearchQuery search, List<String> phrases) {
        Query filters = QueryBuilder.findingsOnly(selection.apply(search.withQuery("")));
        boolean anyPolarity = search.values(Facet.POLARITY).isEmpty();
        return Query.of(q -> q.bool(b -> {
            b.filter(filters);
            if (anyPolarity) {
                b.mustNot(n -> n.term(t -> t.field(IndexField.POLARITY).value(Polarity.NEUTRAL.id())));
            }
            for (String phrase : phrases) {
                b.mustNot(n -> n.matchPhrase(p -> p.field(IndexField.TEXT).query(phrase)));
                b.mustNot(n -> n.matchPhrase(p -> p.field(IndexField.TEXT_EXACT).query(phrase)));
            }
            return b;
        }));
    }

    /** The {@code size} candidates nearest the phrase's vector. */
    SearchRequest knnRequest(Query candidates, float[] vector, int size) {
        List<Float> query = new ArrayList<>(vector.length);
        for (float value : vector) {
            query.add(value);
        }
        return SearchRequest.of(s -> s.index(indices.passages())
                .size(size)
                .source(src -> src.filter(f -> f.excludes(IndexField.VECTOR)))
                .knn(k -> k.field(IndexField.VECTOR)
                        .queryVector(query)
                        .k(size)
                        .numCandidates(CANDIDATES)
                        .filter(candidates)));
    }

    /** The {@code size} candidates sharing most of the phrase's words ({@code more_like_this}). */
    SearchRequest wordsRequest(Query candidates, String text, int size) {
        return SearchRequest.of(s -> s.index(indices.passages())
                .size(size)
                .source(src -> src.filter(f -> f.excludes(IndexField.VECTOR)))
                .query(q -> q.bool(b -> b.filter(candidates)
                        .must(m -> m.moreLikeThis(l -> l.fields(IndexField.TEXT)
                                .like(like -> like.text(text))
                                .minTermFreq(1)
                                .minDocFreq(1)
                                .maxQueryTerms(40)
                                .minimumShouldMatch("30%"))))));
    }

    private List<PhraseUsage.Neighbour> send(SearchRequest request) {
        SearchResponse<PassageSource> response =
                deadline.run("Same point in other words", () -> client.search(request, PassageSource.class));
        List<PhraseUsage.Neighbour> found = new ArrayList<>();
        for (Hit<PassageSource> hit : response.hits().hits()) {
            PassageSource passage = hit.source();
            if (passage == null) {
                continue;
            }
            String id = passage.id() == null ? hit.id() : passage.id();
            DocumentFacts document = passage.document();
            found.add(new PhraseUsage.Neighbour(
                    id,
                    SearchService.findingUrl(id),
                    document.title(),
                    document.area(),
                    document.year(),
                    passage.heading(),
                    passage.section() == null ? null : passage.section().id(),
                    passage.polarity() == null ? null : passage.polarity().id(),
                    passage.text()));
        }
        return found;
    }
}
