package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.sendsearch.util.Futures;

/**
 * One round of a search, started at once and read in two steps: first whether its lexical side
 * found anything, then its whole answer. A search runs up to three rounds (the words as typed,
 * their spelling correction, any of the words: see {@link SearchService#search}), and whether it
 * goes on to the next is decided by the lexical side alone.
 *
 * <p>Why two steps: a hybrid round's lexical window comes back before its kNN search is done, and
 * a round that found nothing lexically is the answer only when no later round finds anything. So
 * the search goes on to the next round as soon as the window is in, and the empty round's kNN
 * search goes on beside it, read only in that case. A search of three rounds waits for one whole
 * round and two windows, not three whole rounds, and the round of any of the words sends no kNN
 * search of its own ({@link #relaxed}): searches of two or three rounds were most of the slowest
 * hybrid ones (BENCHMARKS.md, "The same steps side by side").
 *
 * <p>Not thread-safe: one search, on one thread.
 */
final class SearchRound {
    /**
     * A round's answer for the page.
     *
     * @param answer      the passages or documents, totals and facets
     * @param lexicalOnly why it was lexical only, when the page should say; null otherwise
     */
    record Answer(SearchAnswer answer, String lexicalOnly) {}

    private final SearchSender sender;
    private final QueryBuilder queries;
    private final HybridSearch hybrid;
    private final SearchQuery request;
    private final String queryText;
    private final boolean relaxed;
    private final Query text;
    private HybridSearch.LexicalSide lexical; // null: lexical only (known before embedding, or when read)
    private final CompletableFuture<HybridSearch.Plan> plan;
    private Answer answer; // once read

    /**
     * Starts a round of these words (as typed, or their spelling correction): the lexical side is
     * sent, the query embedded and the kNN search sent beside, marking its hits that match the
     * words and those that match any of them (for {@link #relaxed}).
     */
    SearchRound(SearchSender sender, QueryBuilder queries, HybridSearch hybrid, SearchQuery request, String queryText) {
        this(
                sender,
                queries,
                hybrid,
                request,
                queryText,
                false,
                lexical -> hybrid.plan(request, queryText, lexical, queries.text(request, queryText, true)));
    }

    private SearchRound(
            SearchSender sender,
            QueryBuilder queries,
            HybridSearch hybrid,
            SearchQuery request,
            String queryText,
            boolean relaxed,
            Function<Query, CompletableFuture<HybridSearch.Plan>> planFor) {
        this.sender = sender;
        this.queries = queries;
        this.hybrid = hybrid;
        this.request = request;
        this.queryText = queryText;
        this.relaxed = relaxed;
        this.text = queries.text(request, queryText, relaxed);
        // Sent before the query is embedded; wasted only when the search turns out lexical (no vectors).
        this.lexical = hybrid.mayBeHybrid(request, queryText)
                ? hybrid.lexical(request, queryText, text, queries.everyWord(request, queryText))
                : null;
        this.plan = planFor.apply(text);
    }

    /**
     * The round of any of these words, started. Its kNN side is this round's (the same vector
     * and filters), whose answer already marks the hits matching any of the words, so it is read
     * again rather than asked for: only the lexical side is sent.
     */
    SearchRound relaxed() {
        return new SearchRound(sender, queries, hybrid, request, queryText, true, anyWord -> plan);
    }

    /** The lexical side's answer, for its spelling suggestions; waits for that side alone. */
    SearchAnswer lexicalAnswer() {
        SearchAnswer window = window();
        return window == null ? answer().answer() : window;
    }

    /** Whether the lexical side found anything: what decides on the spelling correction and the relaxed round. */
    boolean found() {
        SearchAnswer window = window();
        return window == null ? answer().answer().total() > 0 : !window.hits().isEmpty();
    }

    /** The hybrid lexical side's window; null when the round is lexical only (its answer is then that side's). */
    private SearchAnswer window() {
        if (lexical == null) {
            answer();
        }
        return lexical == null ? null : HybridSearch.join(lexical.window());
    }

    /** The whole answer, waiting for the kNN side too. */
    Answer answer() {
        if (answer == null) {
            answer = read();
        }
        return answer;
    }

    private Answer read() {
        HybridSearch.Plan known = Futures.join(plan);
        if (!known.hybrid()) {
            return new Answer(sender.send(queries.build(request, queryText, relaxed)), known.lexicalOnly());
        }
        if (lexical == null) { // vectors switched on between the two checks
            lexical = hybrid.lexical(request, queryText, text, queries.everyWord(request, queryText));
        }
        return new Answer(hybrid.page(request, queryText, text, known, lexical, relaxed), null);
    }
}
