package org.sendsearch.insights;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.IndexField;
import org.sendsearch.model.Outcome;
import org.sendsearch.search.Backend;
import org.sendsearch.search.Deadline;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.Facet;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;

/**
 * Builds {@link OutcomeStats} with one request on the documents index: every inspection letter
 * and report with an inspection key, one terms bucket per inspection ({@code inspectionId}) with
 * its framework, year, region, WSOA and outcome under it, folded here into exact counts of
 * distinct inspections.
 */
public final class OutcomeService {
    private static final int MAX_INSPECTIONS = MatrixService.MAX_INSPECTIONS;

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Deadline deadline;

    public OutcomeService(Backend backend) {
        this.client = backend.client();
        this.indices = backend.indices();
        this.deadline = backend.deadline();
    }

    private record Seen(String framework, String year, String region, String wsoa, String outcome) {}

    public OutcomeStats stats() {
        List<FieldValue> types = List.of(
                FieldValue.of(DocumentType.INSPECTION_LETTER.id()), FieldValue.of(DocumentType.INSPECTION_REPORT.id()));
        SearchResponse<DocumentSource> response = deadline.run(
                "Outcome statistics",
                () -> client.search(
                        s -> s.index(indices.documents())
                                .size(0)
                                .query(q -> q.bool(b -> b.filter(f -> f.terms(
                                                t -> t.field(IndexField.TYPE).terms(v -> v.value(types))))
                                        .filter(f -> f.exists(e -> e.field(IndexField.INSPECTION_ID)))))
                                .aggregations(
                                        "inspections",
                                        a -> a.terms(t -> t.field(IndexField.INSPECTION_ID)
                                                        .size(MAX_INSPECTIONS))
                                                .aggregations("framework", terms(IndexField.FRAMEWORK))
                                                .aggregations("year", terms(IndexField.YEAR))
                                                .aggregations("region", terms(IndexField.REGION))
                                                .aggregations("wsoa", terms(IndexField.WSOA_REQUIRED))
                                                .aggregations("outcome", terms(IndexField.OUTCOME_VALUE))),
                        DocumentSource.class));
        List<Seen> seen = new ArrayList<>();
        Aggregate inspections = response.aggregations().get("inspections");
        if (inspections != null && inspections.isSterms()) {
            for (StringTermsBucket bucket : inspections.sterms().buckets().array()) {
                Map<String, Aggregate> under = bucket.aggregations();
                seen.add(new Seen(
                        first(under.get("framework")),
                        first(under.get("year")),
                        first(under.get("region")),
                        first(under.get("wsoa")),
                        first(under.get("outcome"))));
            }
        }
        List<Seen> old = seen.stream()
                .filter(s -> Framework.JOINT_LOCAL_AREA_2016.id().equals(s.framework()))
                .toList();
        List<Seen> recent = seen.stream()
                .filter(s -> Framework.AREA_SEND_2023.id().equals(s.framework()))
                .toList();
        return new OutcomeStats(
                wsoa(old, Seen::year, Facet.YEAR),
                wsoa(old, Seen::region, Facet.REGION),
                outcomes(recent, Seen::year, Facet.YEAR),
                outcomes(recent, Seen::region, Facet.REGION));
    }

    private static Function<
                    co.elastic.clients.elasticsearch._types.aggregations.Aggregation.Builder,
                    co.elastic.clients.util.ObjectBuilder<
                            co.elastic.clients.elasticsearch._types.aggregations.Aggregation>>
            terms(String field) {
        return a -> a.terms(t -> t.field(field).size(5));
    }

    private static String first(Aggregate aggregate) {
        if (aggregate == null
                || !aggregate.isSterms()
                || aggregate.sterms().buckets().array().isEmpty()) {
            return null;
        }
        return aggregate.sterms().buckets().array().get(0).key().stringValue();
    }

    /** The search for these inspections' documents: letters and reports of a framework, one key. */
    private static SearchQuery documents(Framework framework, Facet facet, String key) {
        SearchQuery query = SearchQuery.browse().withScope(Scope.DOCUMENTS).withFilter(Facet.FRAMEWORK, framework.id());
        for (DocumentType type : List.of(DocumentType.INSPECTION_LETTER, DocumentType.INSPECTION_REPORT)) {
            if (type.framework().orElse(null) == framework) {
                query = query.withFilter(Facet.TYPE, type.id());
            }
        }
        return key == null ? query : query.withFilter(facet, key);
    }

    private static List<OutcomeStats.WsoaRow> wsoa(List<Seen> inspections, Function<Seen, String> by, Facet facet) {
        Map<String, List<Seen>> groups = group(inspections, by);
        List<OutcomeStats.WsoaRow> rows = new ArrayList<>();
        groups.forEach((key, group) -> {
            long wsoa = group.stream().filter(s -> "true".equals(s.wsoa())).count();
            SearchQuery all = documents(Framework.JOINT_LOCAL_AREA_2016, facet, key);
            rows.add(new OutcomeStats.WsoaRow(
                    key,
                    group.size(),
                    Selections.searchUrl(all),
                    wsoa,
                    Selections.searchUrl(all.withFilter(Facet.WSOA, "true")),
                    (double) wsoa / group.size()));
        });
        return rows;
    }

    private static List<OutcomeStats.OutcomeRow> outcomes(
            List<Seen> inspections, Function<Seen, String> by, Facet facet) {
        Map<String, List<Seen>> groups = group(inspections, by);
        List<OutcomeStats.OutcomeRow> rows = new ArrayList<>();
        groups.forEach((key, group) -> {
            SearchQuery all = documents(Framework.AREA_SEND_2023, facet, key);
            Map<String, OutcomeStats.Count> counts = new LinkedHashMap<>();
            for (Outcome outcome : Outcome.values()) {
                if (outcome.framework() != Framework.AREA_SEND_2023) {
                    continue;
                }
                long count = group.stream()
                        .filter(s -> outcome.id().equals(s.outcome()))
                        .count();
                counts.put(
                        outcome.id(),
                        new OutcomeStats.Count(
                                count,
                                count == 0 ? null : Selections.searchUrl(all.withFilter(Facet.OUTCOME, outcome.id()))));
            }
            rows.add(new OutcomeStats.OutcomeRow(key, group.size(), Selections.searchUrl(all), counts));
        });
        return rows;
    }

    /** Inspections by year or region, sorted; an inspection with no year or region is left out of that table. */
    private static Map<String, List<Seen>> group(List<Seen> inspections, Function<Seen, String> by) {
        Map<String, List<Seen>> groups = new TreeMap<>();
        for (Seen seen : inspections) {
            String key = by.apply(seen);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(seen);
            }
        }
        return groups;
    }
}
