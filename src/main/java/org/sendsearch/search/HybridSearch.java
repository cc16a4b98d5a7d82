package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.embed.EmbeddingResult;
import org.sendsearch.embed.EmbeddingUnavailableException;
import org.sendsearch.embed.TextEmbedder;
import org.sendsearch.embed.VectorSwitch;

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
 * not lexical matches, counted with the same aggregations. Export and insights select the union too
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
    private final boolean semantic;

    /**
     * {@code semantic}: whether this service may use vectors at all (and {@link VectorSwitch} too);
     * {@code acronyms}: written out in the text embedded, which the model reads better.
     */
    HybridSearch(SearchSender sender, SearchIndices indices, AcronymGlossary acronyms, boolean semantic) {
        this.sender = sender;
        this.queries = new HybridQueries(indices);
        this.acronyms = acronyms;
        this.semantic = semantic;
    }

    /**
     * What a search will do.
     *
     * @param knnIds      the kNN hits, best first (empty when lexical only)
     * @param lexicalOnly why it is lexical only, for the page; null when hybrid or when it goes without saying
     */
    record Plan(List<String> knnIds, String lexicalOnly) {
        boolean hybrid() {
            return !knnIds.isEmpty();
        }
    }

    /** Whether a search of this kind would be hybrid if vectors are there (checked before embedding). */
    boolean mayBeHybrid(SearchQuery request, String queryText) {
        UserQuery parsed = UserQuery.parse(queryText);
        return request.scope() == Scope.PASSAGES
                && request.sort() == ResultOrder.RELEVANCE
                && !parsed.positive().isBlank()
                && parsed.phrases().isEmpty()
                && semantic
                && VectorSwitch.enabled();
    }

    /** Whether the search may be hybrid, and its kNN hits when so. */
    Plan plan(SearchQuery request, String queryText) {
        UserQuery parsed = UserQuery.parse(queryText);
        if (request.scope() != Scope.PASSAGES
                || request.sort() != ResultOrder.RELEVANCE
                || parsed.positive().isBlank()
                || !parsed.phrases().isEmpty()) {
            return new Plan(List.of(), null);
        }
        if (!semantic || !VectorSwitch.enabled()) {
            return new Plan(List.of(), semantic ? "semantic search is switched off" : null);
        }
        EmbeddingResult vector;
        try {
            vector = TextEmbedder.shared().embedQuery(acronyms.spelledOut(parsed.positive()));
        } catch (EmbeddingUnavailableException e) {
            return new Plan(List.of(), "the embedding model cannot run here");
        }
        if (!vector.isEmbedded()) {
            return new Plan(List.of(), null);
        }
        List<String> ids = new ArrayList<>();
        try {
            for (SearchAnswer.Hit hit :
                    sender.send(queries.knn(request, vector.vector())).hits()) {
                ids.add(hit.id());
            }
        } catch (InvalidSearchException e) {
            // An index built before the vector field existed: lexical until it is rebuilt.
            log.debug("kNN refused ({}); lexical only", e.getMessage());
            return new Plan(List.of(), "the index has no vectors yet");
        }
        return ids.isEmpty() ? new Plan(List.of(), "passages have no vectors yet") : new Plan(ids, null);
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
     * @param lexical the lexical side's answer ({@link #lexical}): its first ids, its total, facet
     *                counts and suggestions
     */
    SearchAnswer page(SearchQuery request, String queryText, Query text, Plan plan, SearchAnswer lexical) {
        UserQuery parsed = UserQuery.parse(queryText);
        List<String> lexicalIds =
                lexical.hits().stream().map(SearchAnswer.Hit::id).toList();
        List<String> fused = RankFusion.fuse(lexicalIds, plan.knnIds());
        // The counts do not depend on the page: the kNN hits beyond the lexical matches are
        // counted while the page's passages are fetched, and added to the lexical side's counts.
        CompletableFuture<SearchAnswer> pending = CompletableFuture.supplyAsync(
                () -> sender.send(queries.semanticOnly(request, text, plan.knnIds())), BESIDE);
        int offset = request.offset();
        int size = request.size();
        List<String> pageIds = fused.subList(Math.min(offset, fused.size()), Math.min(offset + size, fused.size()));
        List<SearchAnswer.Hit> hits = new ArrayList<>();
        long took = lexical.took();
        if (!pageIds.isEmpty()) {
            SearchAnswer found = sender.send(queries.page(parsed, pageIds));
            took += found.took();
            Map<String, SearchAnswer.Hit> byId = new HashMap<>();
            found.hits().forEach(hit -> byId.put(hit.id(), hit));
            pageIds.stream().map(byId::get).filter(hit -> hit != null).forEach(hits::add);
        }
        if (hits.size() < size && lexicalIds.size() == HybridQueries.WINDOW) {
            int from = Math.max(0, offset - fused.size());
            SearchAnswer tail = sender.send(queries.tail(request, text, parsed, fused, from, size - hits.size()));
            took += tail.took();
            hits.addAll(tail.hits());
        }
        SearchAnswer beyond = join(pending);
        return new SearchAnswer(
                took + beyond.took(),
                lexical.total() + beyond.total(),
                hits,
                SearchAnswer.Aggregation.sum(lexical.aggregations(), beyond.aggregations()),
                lexical.suggestions());
    }

    /**
     * The lexical side ({@link HybridQueries#lexical}), asked for at once and read when
     * {@link CompletableFuture#join joined}: it runs while the query is embedded.
     */
    CompletableFuture<SearchAnswer> lexical(SearchQuery request, String queryText, Query text) {
        return CompletableFuture.supplyAsync(() -> sender.send(queries.lexical(request, text, queryText)), BESIDE);
    }

    /** The answer of a request sent beside another; its own exception (unavailable, invalid) as thrown. */
    static SearchAnswer join(CompletableFuture<SearchAnswer> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
