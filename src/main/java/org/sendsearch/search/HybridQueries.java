package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
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
 * same filters inside it and the totals and facets of its hits that are not lexical matches (the two
 * add up to those of the union, {@link #union}), passages by id with highlights, and the lexical tail
 * past the fused window.
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
     * The lexical side whole: the first {@value #WINDOW} ids, best first (no source or highlights),
     * with the total and the facet counts of every lexical match, those holding every word of the
     * query ({@code everyWord}, may be null) marked {@value #EVERY_WORD}. Sent before the query is embedded,
     * so that its cost, most of a search's, overlaps the embedding and the kNN search; the kNN hits
     * that are not lexical matches are counted by the kNN request ({@link #knn}) and added.
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
                    .source(src -> src.fetch(false))
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

    /** The aggregation of a kNN answer holding the counts of its hits that are not lexical matches. */
    static final String BEYOND = "beyond";

    /**
     * The {@value #K} passages nearest the query vector among those the filters select. Standard
     * text is not among them: it is found by its words only, and ranks below the findings.
     *
     * <p>With {@code text} (the lexical query), the answer carries the hits' passages, the typed
     * words marked (a fused page then needs no request after the fusion for the lexical matches
     * among them, which are most of its deeper lexical ranks), and, in the aggregation
     * {@value #BEYOND}, the total ({@code doc_count}) and the facet counts of the hits that are not
     * lexical matches: what the fused list holds beyond the lexical side's counts,
     * with the same aggregations, so the two add up to the counts of the union ({@link #union}).
     * A kNN search aggregates over its {@value #K} hits only, so this costs little, and it saves a
     * request after the kNN search. Without {@code text}, ids only.
     */
    SearchRequest knn(SearchQuery request, float[] vector, Query text, UserQuery parsed) {
        List<Float> query = new ArrayList<>(vector.length);
        for (float value : vector) {
            query.add(value);
        }
        Query findings = QueryBuilder.findingsOnly(
                FacetQueries.filter(request, null).orElseGet(() -> Query.of(q -> q.matchAll(m -> m))));
        return SearchRequest.of(s -> {
            s.index(indices.passages())
                    .knn(k -> k.field(IndexField.VECTOR)
                            .queryVector(query)
                            .k(K)
                            .numCandidates(CANDIDATES)
                            .filter(findings))
                    .size(K);
            if (text == null) {
                s.source(src -> src.fetch(false));
            } else {
                s.highlight(h -> highlight(h, parsed));
                Query notLexical = Query.of(q -> q.bool(b -> b.mustNot(text)));
                s.aggregations(
                        BEYOND,
                        Aggregation.of(a -> a.filter(notLexical).aggregations(FacetQueries.aggregations(request))));
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

    /** The passages of {@code ids} (one page), with the typed words marked. */
    SearchRequest page(UserQuery parsed, List<String> ids) {
        return SearchRequest.of(s -> s.index(indices.passages())
                .query(q -> q.ids(i -> i.values(ids)))
                .size(ids.size())
                .highlight(h -> highlight(h, parsed)));
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
                .preTags("<mark>")
                .postTags("</mark>")
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
