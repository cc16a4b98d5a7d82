package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.IndexField;

/**
 * The requests of a hybrid search over passages (see {@link HybridSearch}): the lexical ranking's
 * first {@value #WINDOW} ids with the lexical matches' totals and facets, the kNN ranking with the
 * same filters inside it, its hits marked when they are lexical matches and carrying their facet
 * fields (the others' counts, added to the lexical side's, give those of the union, {@link #union}),
 * and the lexical tail past the fused window, highlighted.
 */
final class HybridQueries {
    /** Lexical hits fused with the kNN ones; past them the list goes on in lexical order. */
    static final int WINDOW = 100;
    /** kNN hits taken into the fused list. */
    static final int K = 40;
    /** HNSW candidates per shard for those {@value #K}. */
    static final int CANDIDATES = 200;

    private final SearchIndices indices;

    HybridQueries(SearchIndices indices) {
        this.indices = indices;
    }

    /**
     * The lexical side whole: the first {@value #WINDOW} passages, best first (no highlights: the
     * page's are marked in the application, {@link PassageMarks}),
     * with the total and the facet counts of every lexical match, those holding every word of the
     * query ({@code everyWord}, may be null) marked {@value #EVERY_WORD}. Sent before the query is embedded,
     * so that its cost, most of a search's, overlaps the embedding and the kNN search; the kNN hits
     * that are not lexical matches are counted from the kNN answer ({@link #knn}) and added.
     */
    SearchRequest lexical(SearchQuery request, Query text, String queryText, Query everyWord) {
        Query query = everyWord == null
                ? text
                : Query.of(q -> q.bool(b -> b.must(text)
                        .should(sh -> sh.constantScore(
                                c -> c.filter(everyWord).boost(0.0f).queryName(EVERY_WORD)))));
        return SearchRequest.of(s -> {
            s.index(indices.passages())
                    .query(query)
                    .size(WINDOW)
                    .trackTotalHits(t -> t.enabled(true))
                    .aggregations(FacetQueries.aggregations(request))
                    .sort(byScore())
                    .requestCache(true);
            FacetQueries.filter(request, null).ifPresent(s::postFilter);
            if (!queryText.isBlank()) {
                s.suggest(QueryBuilder.didYouMean(queryText));
            }
            return s;
        });
    }

    /**
     * The name of the clause of the lexical side that marks (without scoring) the hits holding
     * every word of the query ({@code matched_queries}); see {@link QueryBuilder#everyWord}.
     */
    static final String EVERY_WORD = "every-word";

    /**
     * The name of the clause of a kNN request that marks (without scoring) its hits that are
     * lexical matches ({@code matched_queries}).
     */
    static final String LEXICAL = "lexical";

    /**
     * The name of the clause marking the kNN hits that match any of the words (the relaxed query):
     * the round of any of the words has the same vector and filters as the round of the words as
     * typed, so it reads the typed round's kNN answer with this mark instead of asking again.
     */
    static final String RELAXED_LEXICAL = "relaxed-lexical";

    /** The mark of lexical matches for a round: {@link #LEXICAL}, or {@link #RELAXED_LEXICAL} when relaxed. */
    static String lexicalMark(boolean relaxed) {
        return relaxed ? RELAXED_LEXICAL : LEXICAL;
    }

    /**
     * The {@value #K} passages nearest the query vector among those the filters select. Standard
     * text is not among them: it is found by its words only, and ranks below the findings.
     *
     * <p>With {@code text} (the lexical query), the answer also carries each hit's passage, its
     * facet fields ({@code docvalue_fields}, for {@link FacetQueries#counted}) and whether it is a
     * lexical match (named {@value #LEXICAL}): the hits that are not are what the fused list holds
     * beyond the lexical side's total and counts, counted in the application. No highlights: a
     * hit that is not a lexical match is shown unmarked, and the words of the lexical matches a
     * page shows are marked in the application ({@link PassageMarks}). Counting and highlighting
     * here cost the search about as much as the kNN search itself. With {@code relaxedText} too (may be null), the hits matching any
     * of the words are marked {@value #RELAXED_LEXICAL}. Without {@code text}, ids only.
     *
     * <p>A {@code knn} query rather than the request's top-level {@code knn} section: that runs in
     * a phase of its own before the query phase, and a query can sit beside the named clause. On
     * one shard the two give the same hits.
     */
    SearchRequest knn(SearchQuery request, float[] vector, Query text, Query relaxedText) {
        List<Float> query = new ArrayList<>(vector.length);
        for (float value : vector) {
            query.add(value);
        }
        Query findings = QueryBuilder.findingsOnly(
                FacetQueries.filter(request, null).orElseGet(() -> Query.of(q -> q.matchAll(m -> m))));
        Query nearest = Query.of(q -> q.knn(k -> k.field(IndexField.VECTOR)
                .queryVector(query)
                .k(K)
                .numCandidates(CANDIDATES)
                .filter(findings)));
        return SearchRequest.of(s -> {
            s.index(indices.passages()).size(K).trackTotalHits(t -> t.enabled(false));
            if (text == null) {
                s.query(nearest).source(src -> src.fetch(false));
            } else {
                Query marked = Query.of(
                        q -> q.constantScore(c -> c.filter(text).boost(0.0f).queryName(LEXICAL)));
                s.query(q -> q.bool(b -> {
                    b.must(nearest).should(marked);
                    if (relaxedText != null) {
                        b.should(sh -> sh.constantScore(
                                c -> c.filter(relaxedText).boost(0.0f).queryName(RELAXED_LEXICAL)));
                    }
                    return b;
                }));
                FacetQueries.fields(Scope.PASSAGES).forEach(field -> s.docvalueFields(f -> f.field(field)));
            }
            return s;
        });
    }

    /**
     * The query selecting exactly the fused list: the lexical matches or one of the kNN hits.
     * Filters are not in it (they are the post filter, or the caller's).
     */
    static Query union(Query text, List<String> knnIds) {
        if (knnIds.isEmpty()) {
            return text;
        }
        Query semantic = Query.of(q -> q.ids(ids -> ids.values(knnIds)));
        return Query.of(q -> q.bool(b -> b.should(text).should(semantic).minimumShouldMatch("1")));
    }

    /** The lexical matches past the fused window (none of {@code fused}), from {@code from}, highlighted. */
    SearchRequest tail(SearchQuery request, Query text, UserQuery parsed, List<String> fused, int from, int size) {
        Query rest = Query.of(q -> q.bool(b -> b.must(text).mustNot(n -> n.ids(i -> i.values(fused)))));
        return SearchRequest.of(s -> {
            s.index(indices.passages())
                    .query(rest)
                    .from(from)
                    .size(size)
                    .sort(byScore())
                    .trackTotalHits(t -> t.enabled(false))
                    .highlight(h -> highlight(h, parsed));
            FacetQueries.filter(request, null).ifPresent(s::postFilter);
            return s;
        });
    }

    private static co.elastic.clients.elasticsearch.core.search.Highlight.Builder highlight(
            co.elastic.clients.elasticsearch.core.search.Highlight.Builder h, UserQuery parsed) {
        h.encoder(HighlighterEncoder.Html)
                .preTags(Highlight.OPEN)
                .postTags(Highlight.CLOSE)
                .type(HighlighterType.Unified)
                .requireFieldMatch(true);
        QueryBuilder.highlightQuery(Scope.PASSAGES, parsed).ifPresent(h::highlightQuery);
        return h.fields(NamedValue.of(IndexField.TEXT, HighlightField.of(f -> f.numberOfFragments(0))));
    }

    private static List<SortOptions> byScore() {
        List<SortOptions> sorts = new ArrayList<>();
        sorts.add(SortOptions.of(o -> o.score(sc -> sc)));
        sorts.addAll(QueryBuilder.tieBreakers(Scope.PASSAGES));
        return sorts;
    }
}
