package org.sendsearch.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendsearch.model.IndexField;

/**
 * The filter side of a search: the chosen facet values and dates as one filter, and the facet
 * counts, each counted under every filter but its own so that it shows what choosing one more of
 * its values would give. Kept apart from {@link QueryBuilder}, which scores the typed text, because
 * the two never meet: filters never change a score, and the text never changes what a facet lists.
 */
final class FacetQueries {
    private static final int FACET_SIZE = 200;

    private FacetQueries() {}

    /** The aggregation holding, as sub-aggregations, the counts of every facet with nothing chosen. */
    static final String UNCHOSEN_FACETS = "facets";

    /**
     * Every facet of the scope as a {@code terms} aggregation named after it, counted under the
     * filters of the other facets. A facet with values chosen gets a filter aggregation of its own
     * (all filters but its own); the others all count under the same filter (every filter), so they
     * share one filter aggregation, {@link #UNCHOSEN_FACETS}, or none when nothing is chosen. One
     * filter per chosen facet instead of one per facet roughly halves the cost of the counts.
     * {@link #counted} gives the same shape from hits counted in the application.
     */
    static Map<String, Aggregation> aggregations(SearchQuery request) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        Map<String, Aggregation> unchosen = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (!facet.appliesTo(request.scope())) {
                continue;
            }
            Aggregation values =
                    Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(FACET_SIZE)));
            if (request.values(facet).isEmpty()) {
                unchosen.put(facet.param(), values);
            } else {
                Query others = filter(request, facet).orElse(Query.of(q -> q.matchAll(m -> m)));
                aggregations.put(
                        facet.param(), Aggregation.of(a -> a.filter(others).aggregations("values", values)));
            }
        }
        if (!unchosen.isEmpty()) {
            Optional<Query> all = filter(request, null);
            if (all.isEmpty()) {
                aggregations.putAll(unchosen);
            } else {
                aggregations.put(
                        UNCHOSEN_FACETS, Aggregation.of(a -> a.filter(all.get()).aggregations(unchosen)));
            }
        }
        return aggregations;
    }

    /**
     * The counts {@link #aggregations} would give over {@code hits}, made here from each hit's
     * facet fields ({@code docvalue_fields}: the keyword values the terms aggregations count), in
     * the same shape so that {@link SearchAnswer.Aggregation#sum} adds them to an answer's. Exact
     * only for hits that all match every filter (kNN hits, found inside the filters): the counts of
     * a chosen facet then need no filter of their own.
     */
    static Map<String, SearchAnswer.Aggregation> counted(SearchQuery request, List<SearchAnswer.Hit> hits) {
        Map<String, SearchAnswer.Aggregation> aggregations = new LinkedHashMap<>();
        Map<String, SearchAnswer.Aggregation> unchosen = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (!facet.appliesTo(request.scope())) {
                continue;
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (SearchAnswer.Hit hit : hits) {
                for (String value : hit.fields().getOrDefault(facet.field(), List.of())) {
                    counts.merge(value, 1L, Long::sum);
                }
            }
            List<SearchAnswer.Bucket> buckets = counts.entrySet().stream()
                    .map(count -> new SearchAnswer.Bucket(count.getKey(), count.getValue()))
                    .toList();
            SearchAnswer.Aggregation values = new SearchAnswer.Aggregation(buckets, Map.of(), -1);
            if (request.values(facet).isEmpty()) {
                unchosen.put(facet.param(), values);
            } else {
                aggregations.put(
                        facet.param(), new SearchAnswer.Aggregation(null, Map.of("values", values), hits.size()));
            }
        }
        if (!unchosen.isEmpty()) {
            if (filter(request, null).isEmpty()) {
                aggregations.putAll(unchosen);
            } else {
                aggregations.put(UNCHOSEN_FACETS, new SearchAnswer.Aggregation(null, unchosen, hits.size()));
            }
        }
        return aggregations;
    }

    /** The keyword fields of the scope's facets, for {@code docvalue_fields} ({@link #counted}). */
    static List<String> fields(Scope scope) {
        return Arrays.stream(Facet.values())
                .filter(facet -> facet.appliesTo(scope))
                .map(Facet::field)
                .toList();
    }

    /** The facet and date filters AND'ed, leaving out {@code except}'s own; empty if there are none. */
    static Optional<Query> filter(SearchQuery request, Facet except) {
        List<Query> clauses = new ArrayList<>();
        request.filters().forEach((facet, values) -> {
            if (facet != except) {
                List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
                clauses.add(Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(terms)))));
            }
        });
        if (request.from() != null || request.to() != null) {
            clauses.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(IndexField.RESEARCH_DATE).format("strict_date");
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
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.bool(b -> b.filter(clauses))));
    }
}
