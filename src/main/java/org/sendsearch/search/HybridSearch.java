package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.embed.EmbeddingResult;
import org.sendsearch.embed.EmbeddingUnavailableException;
import org.sendsearch.embed.TextEmbedder;
import org.sendsearch.embed.VectorSwitch;
import org.sendsearch.model.IndexField;
import org.sendsearch.util.Futures;

/**
 * Lexical and semantic retrieval of passages, fused in the application by reciprocal rank
 * ({@link RankFusion}).
 *
 * <p>What the user sees, and how counts agree with it: the fused list is the union of the lexical
 * matches and the {@value HybridQueries#K} passages nearest the query's vector among those the
 * filters select (the filters sit inside the kNN query). Its first part is the lexical top
 * {@value HybridQueries#WINDOW} and the kNN hits, in fused order; the other lexical matches follow
 * in lexical order. The total and every facet count are those of that same union
 * ({@link HybridQueries#union}): the lexical side's, counted with the post filter and facet
 * aggregations of a lexical search while the query is embedded, plus those of the kNN hits that are
 * not lexical matches, counted here from their facet fields in the same shape
 * ({@link FacetQueries#counted}). Export and insights select the union too
 * ({@link #selection}). A facet value not chosen counts the
 * kNN hits found under the current filters that have that value; choosing it runs the kNN side
 * again inside the narrower filter, which can bring in more nearest passages of that value, so the
 * count is what choosing it gives at least (exactly, when the kNN side adds nothing). The list's
 * own total and the counts of its chosen values are exact.
 *
 * <p>Lexical only: quoted phrases (precedent wording must be exact), order by date, documents,
 * browsing with no words, and whenever vectors are switched off, the model cannot load or no
 * passage has a vector yet; {@link Plan#lexicalOnly} then says why for the page.
 */
final class HybridSearch {
    private static final Logger log = LogManager.getLogger(HybridSearch.class);

    /** Where a request sent beside another waits for its answer: a virtual thread each. */
    private static final Executor BESIDE = Executors.newVirtualThreadPerTaskExecutor();

    private final SearchSender sender;
    private final HybridQueries queries;
    private final AcronymGlossary acronyms;
    private final PassageMarks marks;
    private final boolean semantic;

    /**
     * {@code semantic}: whether this service may use vectors at all (and {@link VectorSwitch} too);
     * {@code vocabulary}: its acronyms are written out in the text embedded, which the model reads
     * better, and its synonyms marked in the page's passages ({@link PassageMarks}).
     */
    HybridSearch(SearchSender sender, SearchIndices indices, Vocabulary vocabulary, boolean semantic) {
        this.sender = sender;
        this.queries = new HybridQueries(indices);
        this.acronyms = vocabulary.acronyms();
        this.marks = vocabulary.passageMarks();
        this.semantic = semantic;
    }

    /**
     * What a search will do.
     *
     * @param knnIds      the kNN hits, best first (empty when lexical only)
     * @param knn         the kNN answer when it was asked for with the lexical query: the hits' passages
     *                    and the counts of those that are not lexical matches; null otherwise
     * @param lexicalOnly why it is lexical only, for the page; null when hybrid or when it goes without saying
     */
    record Plan(List<String> knnIds, SearchAnswer knn, String lexicalOnly) {
        static Plan lexicalOnly(String why) {
            return new Plan(List.of(), null, why);
        }

        boolean hybrid() {
            return !knnIds.isEmpty();
        }
    }

    /**
     * The lexical side of a hybrid search, asked for at once: its first {@value HybridQueries#WINDOW}
     * ids with the counts, while the query is embedded and the kNN search runs.
     *
     * @param window the lexical side's answer ({@link HybridQueries#lexical})
     */
    record LexicalSide(CompletableFuture<SearchAnswer> window) {}

    /** Whether a search of this kind would be hybrid if vectors are there (checked before embedding). */
    boolean mayBeHybrid(SearchQuery request, String queryText) {
        return mayUseVectors(request, UserQuery.parse(queryText)) && semantic && VectorSwitch.enabled();
    }

    private static boolean mayUseVectors(SearchQuery request, UserQuery parsed) {
        return request.scope() == Scope.PASSAGES
                && request.sort() == ResultOrder.RELEVANCE
                && !parsed.positive().isBlank()
                && parsed.phrases().isEmpty();
    }

    /** Whether the search may be hybrid, and its kNN hits (ids only) when so. */
    Plan plan(SearchQuery request, String queryText) {
        return Futures.join(plan(request, queryText, null, null));
    }

    /**
     * Whether the search may be hybrid, and its kNN hits when so; with {@code text}, the lexical
     * query, the kNN answer also carries the hits' passages and the counts of those that are not
     * lexical matches ({@link HybridQueries#knn}), for {@link #page}; with {@code relaxedText} (may
     * be null), the hits matching any of the words are marked too, for the relaxed round to read
     * ({@link #page} with {@code relaxed}). The query is embedded on the calling thread (a native
     * call, which would hold a virtual thread's carrier); the kNN search is sent beside, and the
     * plan is complete when its answer is in. A plan known without embedding (lexical only) is complete at once.
     */
    CompletableFuture<Plan> plan(SearchQuery request, String queryText, Query text, Query relaxedText) {
        UserQuery parsed = UserQuery.parse(queryText);
        if (!mayUseVectors(request, parsed)) {
            return CompletableFuture.completedFuture(Plan.lexicalOnly(null));
        }
        if (!semantic || !VectorSwitch.enabled()) {
            return CompletableFuture.completedFuture(
                    Plan.lexicalOnly(semantic ? "semantic search is switched off" : null));
        }
        EmbeddingResult vector;
        try {
            vector = TextEmbedder.shared().embedQuery(acronyms.spelledOut(parsed.positive()));
        } catch (EmbeddingUnavailableException e) {
            return CompletableFuture.completedFuture(Plan.lexicalOnly("the embedding model cannot run here"));
        }
        if (!vector.isEmbedded()) {
            return CompletableFuture.completedFuture(Plan.lexicalOnly(null));
        }
        return CompletableFuture.supplyAsync(
                () -> {
                    SearchAnswer knn;
                    try {
                        knn = sender.send(queries.knn(request, vector.vector(), text, relaxedText));
                    } catch (InvalidSearchException e) {
                        // An index built before the vector field existed: lexical until it is rebuilt.
                        log.debug("kNN refused ({}); lexical only", e.getMessage());
                        return Plan.lexicalOnly("the index has no vectors yet");
                    }
                    List<String> ids =
                            knn.hits().stream().map(SearchAnswer.Hit::id).toList();
                    return ids.isEmpty()
                            ? Plan.lexicalOnly("passages have no vectors yet")
                            : new Plan(ids, text == null ? null : knn, null);
                },
                BESIDE);
    }

    /**
     * The query selecting the fused list (without the filters).
     */
    static Query selection(Query text, Plan plan) {
        return HybridQueries.union(text, plan.knnIds());
    }

    /**
     * The page of the fused list that {@code request} asks for.
     *
     * <p>The kNN hits that are not lexical matches come from the kNN answer, shown as they are,
     * unmarked: none of the words matched them as a search, they were found by their meaning. The
     * page's lexical matches come from the lexical window, which carries its passages, and their
     * words are marked here ({@link PassageMarks}, as Elasticsearch's highlighter marks them): no
     * request follows the fusion unless the page reaches past the window ({@link HybridQueries#tail}).
     * Asking Elasticsearch to highlight them, in a request after the fusion, took about a quarter of a hybrid
     * search's time at p95; highlighting every kNN hit cost more than it saved:
     * the two cores are the limit (BENCHMARKS.md).
     *
     * @param plan    a plan made with the lexical query ({@link #plan(SearchQuery, String, Query, Query)})
     * @param lexical the lexical side ({@link #lexical})
     * @param relaxed whether {@code text} is the relaxed query: the plan's hits are then marked
     *                {@value HybridQueries#RELAXED_LEXICAL}
     */
    SearchAnswer page(
            SearchQuery request, String queryText, Query text, Plan plan, LexicalSide lexical, boolean relaxed) {
        UserQuery parsed = UserQuery.parse(queryText);
        SearchAnswer window = join(lexical.window());
        List<String> lexicalIds =
                window.hits().stream().map(SearchAnswer.Hit::id).toList();
        List<String> everyWord = window.hits().stream()
                .filter(hit -> hit.matched().contains(HybridQueries.EVERY_WORD))
                .map(SearchAnswer.Hit::id)
                .toList();
        List<String> fused = RankFusion.fuse(lexicalIds, plan.knnIds(), everyWord);
        int offset = request.offset();
        int size = request.size();
        List<String> pageIds = fused.subList(Math.min(offset, fused.size()), Math.min(offset + size, fused.size()));
        long took = window.took() + plan.knn().took();
        Map<String, SearchAnswer.Hit> byId = new HashMap<>();
        List<SearchAnswer.Hit> beyond = new ArrayList<>(); // the kNN hits that are not lexical matches
        for (SearchAnswer.Hit hit : plan.knn().hits()) {
            if (!hit.matched().contains(HybridQueries.lexicalMark(relaxed))) {
                beyond.add(hit);
                byId.put(hit.id(), hit);
            }
        }
        // The page's lexical matches, with their passages from the window (or the kNN answer, for a
        // lexical match past the window), marked here as the highlighter would mark them.
        Map<String, SearchAnswer.Hit> passages = new HashMap<>();
        plan.knn().hits().forEach(hit -> passages.put(hit.id(), hit));
        window.hits().forEach(hit -> passages.put(hit.id(), hit));
        PassageMarks.Marker marker = marks.forQuery(parsed);
        for (String id : pageIds) {
            SearchAnswer.Hit hit = passages.get(id);
            if (!byId.containsKey(id) && hit != null) {
                byId.put(id, marked(hit, marker));
            }
        }
        List<SearchAnswer.Hit> hits = new ArrayList<>();
        pageIds.stream().map(byId::get).filter(hit -> hit != null).forEach(hits::add);
        if (hits.size() < size && lexicalIds.size() == HybridQueries.WINDOW) {
            int from = Math.max(0, offset - fused.size());
            SearchAnswer tail = sender.send(queries.tail(request, text, parsed, fused, from, size - hits.size()));
            took += tail.took();
            hits.addAll(tail.hits());
        }
        return new SearchAnswer(
                took,
                window.total() + beyond.size(),
                hits,
                SearchAnswer.Aggregation.sum(window.aggregations(), FacetQueries.counted(request, beyond)),
                window.suggestions());
    }

    /** {@code hit} with the typed words marked in its text, as Elasticsearch's highlighter marks them. */
    private static SearchAnswer.Hit marked(SearchAnswer.Hit hit, PassageMarks.Marker marker) {
        if (hit.source() == null) {
            return hit;
        }
        return marker.mark(hit.source().text())
                .map(html -> new SearchAnswer.Hit(
                        hit.id(), hit.source(), Map.of(IndexField.TEXT, List.of(html)), hit.matched(), hit.fields()))
                .orElse(hit);
    }

    /**
     * The lexical side ({@link HybridQueries#lexical}), asked for at once and read when
     * {@link CompletableFuture#join joined}: it runs while the query is embedded.
     */
    LexicalSide lexical(SearchQuery request, String queryText, Query text, Query everyWord) {
        return new LexicalSide(CompletableFuture.supplyAsync(
                () -> sender.send(queries.lexical(request, text, queryText, everyWord)), BESIDE));
    }

    /** The answer of a request sent beside another; its own exception (unavailable, invalid) as thrown. */
    static SearchAnswer join(CompletableFuture<SearchAnswer> pending) {
        return Futures.join(pending);
    }
}
