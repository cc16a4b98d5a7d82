package org.sendsearch.insights;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sendsearch.search.Backend;
import org.sendsearch.search.Deadline;
import org.sendsearch.search.Facet;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.Vocabulary;

/**
 * Builds the {@link ThemeMatrix} with one aggregation request over the findings the search
 * selects (the search's own {@code SearchService#selection}, so counts and the searches they link to agree):
 * a terms aggregation on themes with the pivot's terms under it, and the pivot's terms alone for
 * the column totals.
 *
 * <p>When the search already filters on themes, only those themes become rows: a finding carries
 * several themes, and a row for another of its themes would count findings that the row's own
 * search link (which narrows the theme to that row's one) could not list.
 */
public final class MatrixService {
    /** More than the taxonomy has themes, and more areas than England has local authorities. */
    private static final int MAX_BUCKETS = 500;

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Vocabulary vocabulary;
    private final Deadline deadline;
    private final Function<SearchQuery, Query> selection;

    /** @param selection the search's own query for a request ({@code SearchService::selection}) */
    public MatrixService(Backend backend, Function<SearchQuery, Query> selection) {
        this.client = backend.client();
        this.selection = selection;
        this.indices = backend.indices();
        this.vocabulary = backend.vocabulary();
        this.deadline = backend.deadline();
    }

    public ThemeMatrix matrix(SearchQuery request, Pivot pivot) {
        SearchRequest search = request(request, pivot);
        SearchResponse<PassageSource> response =
                deadline.run("Insights matrix", () -> client.search(search, PassageSource.class));

        Map<String, Long> columnTotals = counts(response.aggregations().get("columns"));
        List<String> keys = new ArrayList<>(columnTotals.keySet());
        keys.sort(
                pivot == Pivot.YEAR
                        ? Comparator.naturalOrder()
                        : Comparator.comparing(key -> key.toLowerCase(Locale.UK)));

        Map<String, Map<String, Long>> byTheme = new LinkedHashMap<>();
        Map<String, Long> themeTotals = new LinkedHashMap<>();
        Aggregate themes = response.aggregations().get("themes");
        if (themes != null && themes.isSterms()) {
            for (StringTermsBucket bucket : themes.sterms().buckets().array()) {
                String theme = bucket.key().stringValue();
                themeTotals.put(theme, bucket.docCount());
                byTheme.put(theme, counts(bucket.aggregations().get("columns")));
            }
        }
        long max = byTheme.values().stream()
                .flatMap(m -> m.values().stream())
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);

        List<ThemeMatrix.Column> columns = new ArrayList<>();
        for (String key : keys) {
            columns.add(new ThemeMatrix.Column(
                    key, columnTotals.get(key), Selections.searchUrl(Selections.only(request, pivot.facet(), key))));
        }
        List<ThemeMatrix.Row> rows = new ArrayList<>();
        byTheme.forEach((theme, cellsByKey) -> {
            SearchQuery themeSearch = Selections.only(request, Facet.THEME, theme);
            List<ThemeMatrix.Cell> cells = new ArrayList<>();
            int recurrence = 0;
            for (String key : keys) {
                long count = cellsByKey.getOrDefault(key, 0L);
                if (count > 0) {
                    recurrence++;
                }
                cells.add(new ThemeMatrix.Cell(
                        key,
                        count,
                        heat(count, max),
                        count == 0 ? null : Selections.searchUrl(Selections.only(themeSearch, pivot.facet(), key))));
            }
            rows.add(new ThemeMatrix.Row(
                    theme,
                    vocabulary.themeLabel(theme),
                    recurrence,
                    themeTotals.get(theme),
                    Selections.searchUrl(themeSearch),
                    cells));
        });
        rows.sort(Comparator.comparingInt(ThemeMatrix.Row::recurrence)
                .reversed()
                .thenComparing(
                        Comparator.comparingLong(ThemeMatrix.Row::findings).reversed())
                .thenComparing(row -> row.label().toLowerCase(Locale.UK)));
        long total =
                response.hits().total() == null ? 0 : response.hits().total().value();
        return new ThemeMatrix(
                pivot.id(), request.values(Facet.POLARITY), total, Selections.searchUrl(request), columns, rows);
    }

    /**
     * The one Elasticsearch search behind a matrix: counts only ({@code size 0}, which the shard
     * request cache keeps until the index changes), themes by columns. Public so that a benchmark
     * can send exactly this request straight to Elasticsearch.
     */
    public SearchRequest request(SearchQuery request, Pivot pivot) {
        String columnField = pivot.facet().field();
        List<String> chosenThemes = request.values(Facet.THEME);
        return SearchRequest.of(s -> s.index(indices.passages())
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .query(QueryBuilder.findingsOnly(selection.apply(request)))
                .aggregations(
                        "themes",
                        a -> a.terms(t -> {
                                    t.field(Facet.THEME.field()).size(MAX_BUCKETS);
                                    if (!chosenThemes.isEmpty()) {
                                        t.include(i -> i.terms(chosenThemes));
                                    }
                                    return t;
                                })
                                .aggregations(
                                        "columns",
                                        c -> c.terms(t -> t.field(columnField).size(MAX_BUCKETS))))
                .aggregations("columns", a -> a.terms(t -> t.field(columnField).size(MAX_BUCKETS))));
    }

    /** Colour bucket 1-5 relative to the largest cell; 0 for an empty cell. */
    static int heat(long count, long max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(5, Math.ceil(5.0 * count / max)));
    }

    static Map<String, Long> counts(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (aggregate != null && aggregate.isSterms()) {
            for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                counts.put(bucket.key().stringValue(), bucket.docCount());
            }
        }
        return counts;
    }
}
