package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link SearchRequest} into an Elasticsearch search with the client's typed builders;
 * nothing the user typed is ever spliced into JSON or into query syntax beyond the one
 * {@code simple_query_string} with fixed fields and the operators in {@link #FLAGS}.
 *
 * <p>The parts and why:
 * <ul>
 *   <li>{@code query}: the typed text only. Words are OR'ed with a {@code minimum_should_match}
 *       so that short queries need every word and long questions most of them; passages holding
 *       more of the words, and holding them close together, rank first. Quoted phrases go to the
 *       unstemmed {@code .exact} sub-fields ({@code quote_field_suffix}), so precedent wording is
 *       found exactly as written; exclusions are a {@code must_not}.</li>
 *   <li>{@code post_filter}: the chosen facet values and dates, so hits are filtered but the
 *       aggregations are not.</li>
 *   <li>one {@code filter} aggregation per facet with every filter except that facet's own, so
 *       each facet counts what choosing one more of its values would give.</li>
 *   <li>highlighting with the {@code html} encoder, whole passages for findings and fragments
 *       for documents; a term suggester on the unstemmed field for "did you mean".</li>
 * </ul>
 */
public final class QueryBuilder {
    /** The only query-syntax operators people can use: OR, -, "phrases", prefix* (and whitespace). */
    static final List<SimpleQueryStringFlag> FLAGS = List.of(SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
            SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Whitespace);
    /** Up to three clauses all must match; beyond that, three in four. */
    static final String MINIMUM_SHOULD_MATCH = "3<75%";
    static final String EXACT_SUFFIX = ".exact";
    static final String SUGGESTION = "did-you-mean";
    private static final int FACET_SIZE = 200;

    private final SearchIndices indices;

    public QueryBuilder(SearchIndices indices) {
        this.indices = indices;
    }

    /** The fields the text is searched in, with their weights. */
    static List<String> fields(Scope scope) {
        return scope == Scope.PASSAGES
                ? List.of("text", "heading^0.3", "title^0.5")
                : List.of("title^2", "text", "significantWeaknesses^1.5", "outcome");
    }

    public co.elastic.clients.elasticsearch.core.SearchRequest build(SearchRequest request, String queryText) {
        Scope scope = request.scope();
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(indices.of(scope))
                    .query(textQuery(scope, UserQuery.parse(queryText)))
                    .from(request.offset())
                    .size(request.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(sort(request.sort(), scope))
                    .aggregations(aggregations(request))
                    .highlight(h -> {
                        h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                                .type(HighlighterType.Unified).requireFieldMatch(true);
                        if (scope == Scope.PASSAGES) {
                            h.fields(NamedValue.of("text", HighlightField.of(f -> f.numberOfFragments(0))),
                                    NamedValue.of("text.exact", HighlightField.of(f -> f.numberOfFragments(0))));
                        } else {
                            h.fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(220).numberOfFragments(3)
                                            .noMatchSize(300))),
                                    NamedValue.of("text.exact", HighlightField.of(f -> f.fragmentSize(220).numberOfFragments(3))));
                        }
                        return h;
                    });
            filter(request, null).ifPresent(s::postFilter);
            if (!queryText.isBlank()) {
                s.suggest(g -> g.text(queryText).suggesters(SUGGESTION, f -> f.term(t -> t
                        .field("text.exact").suggestMode(SuggestMode.Missing).size(1).minWordLength(4)
                        .maxEdits(2).prefixLength(1).sort(co.elastic.clients.elasticsearch.core.search.SuggestSort.Score))));
            }
            return s;
        });
    }

    /**
     * The query selecting exactly the results of {@code request}: its text and every filter. For
     * features that must agree with the search they link to (insights counts, export).
     */
    public static Query selection(SearchRequest request) {
        Query text = textQuery(request.scope(), UserQuery.parse(request.query()));
        return filter(request, null).map(f -> Query.of(q -> q.bool(b -> b.must(text).filter(f)))).orElse(text);
    }

    /** The relevance part: only the typed text, never the filters. */
    static Query textQuery(Scope scope, UserQuery query) {
        if (query.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        List<String> fields = fields(scope);
        return Query.of(q -> q.bool(b -> {
            if (query.positive().isEmpty()) {
                b.must(m -> m.matchAll(a -> a));
            } else {
                // An explicit OR asks for alternatives: then any one clause is enough.
                String minimum = query.hasAlternatives() ? "1" : MINIMUM_SHOULD_MATCH;
                b.must(m -> m.simpleQueryString(sq -> sq.query(query.positive()).fields(fields)
                        .defaultOperator(Operator.Or).minimumShouldMatch(minimum)
                        .quoteFieldSuffix(EXACT_SUFFIX).flags(FLAGS)));
                if (query.words().size() > 1) {
                    // Words near one another, in any form (stems and synonyms), rank higher.
                    b.should(p -> p.matchPhrase(mp -> mp.field("text").query(String.join(" ", query.words()))
                            .slop(3).boost(2.0f)));
                }
            }
            if (!query.negative().isEmpty()) {
                b.mustNot(m -> m.simpleQueryString(sq -> sq.query(query.negative()).fields(fields)
                        .defaultOperator(Operator.Or).quoteFieldSuffix(EXACT_SUFFIX).flags(FLAGS)));
            }
            return b;
        }));
    }

    private static List<SortOptions> sort(SortOrder order, Scope scope) {
        List<SortOptions> sorts = new ArrayList<>();
        co.elastic.clients.elasticsearch._types.SortOrder byDate = order == SortOrder.OLDEST
                ? co.elastic.clients.elasticsearch._types.SortOrder.Asc
                : co.elastic.clients.elasticsearch._types.SortOrder.Desc;
        if (order == SortOrder.RELEVANCE) {
            sorts.add(SortOptions.of(o -> o.score(sc -> sc)));
        }
        sorts.add(SortOptions.of(o -> o.field(f -> f.field("date").order(byDate).unmappedType(
                co.elastic.clients.elasticsearch._types.mapping.FieldType.Date))));
        if (order != SortOrder.RELEVANCE) {
            sorts.add(SortOptions.of(o -> o.score(sc -> sc)));
        }
        if (scope == Scope.PASSAGES) {
            sorts.add(SortOptions.of(o -> o.field(f -> f.field("documentId"))));
            sorts.add(SortOptions.of(o -> o.field(f -> f.field("ordinal"))));
        } else {
            sorts.add(SortOptions.of(o -> o.field(f -> f.field("id"))));
        }
        return sorts;
    }

    /** Every facet of the scope: a filter aggregation (the other facets' filters) around a terms one. */
    private static Map<String, Aggregation> aggregations(SearchRequest request) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (!facet.appliesTo(request.scope())) {
                continue;
            }
            Query others = filter(request, facet).orElse(Query.of(q -> q.matchAll(m -> m)));
            aggregations.put(facet.param(), Aggregation.of(a -> a.filter(others)
                    .aggregations("values", v -> v.terms(t -> t.field(facet.field()).size(FACET_SIZE)))));
        }
        return aggregations;
    }

    /** The facet and date filters AND'ed, leaving out {@code except}'s own; empty if there are none. */
    static java.util.Optional<Query> filter(SearchRequest request, Facet except) {
        List<Query> clauses = new ArrayList<>();
        request.filters().forEach((facet, values) -> {
            if (facet != except) {
                List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
                clauses.add(Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(terms)))));
            }
        });
        if (request.from() != null || request.to() != null) {
            clauses.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("date").format("strict_date");
                if (request.from() != null) {
                    d.gte(request.from().toString());
                }
                if (request.to() != null) {
                    d.lte(request.to().toString());
                }
                return d;
            }))));
        }
        if (clauses.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Query.of(q -> q.bool(b -> b.filter(clauses))));
    }
}
