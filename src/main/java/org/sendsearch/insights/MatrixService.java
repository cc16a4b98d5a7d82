package org.sendsearch.insights;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.endpoints.BinaryResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.sendsearch.model.IndexField;
import org.sendsearch.search.Backend;
import org.sendsearch.search.Deadline;
import org.sendsearch.search.Facet;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.ResultCache;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.util.Futures;

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
    private final ResultCache<Asked, ThemeMatrix> cache;
    private final ElasticsearchTransport transport;
    private final TransportOptions options;
    private final SearchIndices indices;
    private final Vocabulary vocabulary;
    private final Deadline deadline;
    private final Function<SearchQuery, Query> selection;

    /** @param selection the search's own query for a request ({@code SearchService::selection}) */
    public MatrixService(Backend backend, Function<SearchQuery, Query> selection) {
        this(backend, selection, null);
    }

    /** A matrix's request, as the cache keys it. */
    public record Asked(SearchQuery request, Pivot pivot, CountUnit unit, Authors authors) {}

    /**
     * @param selection the search's own query for a request ({@code SearchService::selection})
     * @param cache     matrices answered again while the index is unchanged (null: none): one by
     *                  inspection costs both cores a tenth of a second at thousands of inspections,
     *                  and the insights page is opened again and again on the same settings
     */
    public MatrixService(
            Backend backend, Function<SearchQuery, Query> selection, ResultCache<Asked, ThemeMatrix> cache) {
        this.cache = cache;
        this.client = backend.client();
        this.transport = client == null ? null : client._transport();
        this.options = client == null ? null : client._transportOptions();
        this.selection = selection;
        this.indices = backend.indices();
        this.vocabulary = backend.vocabulary();
        this.deadline = backend.deadline();
    }

    /** Findings by area or year over every document, as the matrix counted before units existed. */
    public ThemeMatrix matrix(SearchQuery request, Pivot pivot) {
        return matrix(request, pivot, CountUnit.PASSAGES, Authors.ALL);
    }

    /**
     * The matrix of the findings {@code request} selects among {@code authors}' documents (which
     * becomes a type filter of the search, so the links carry it), counting {@code unit}.
     */
    public ThemeMatrix matrix(SearchQuery request, Pivot pivot, CountUnit unit, Authors authors) {
        return cache == null
                ? compute(request, pivot, unit, authors)
                : cache.answer(new Asked(request, pivot, unit, authors), () -> compute(request, pivot, unit, authors));
    }

    private ThemeMatrix compute(SearchQuery request, Pivot pivot, CountUnit unit, Authors authors) {
        SearchQuery narrowed = authors.narrow(request);
        if (unit == CountUnit.PASSAGES) {
            SearchRequest search = request(narrowed, pivot, unit);
            SearchResponse<PassageSource> response =
                    deadline.run("Insights matrix", () -> client.search(search, PassageSource.class));
            return byPassage(narrowed, pivot, authors, response);
        }
        return byInspection(narrowed, pivot, authors, requests(narrowed, pivot));
    }

    /** The matrix by inspection sent in {@code parts} parts, whatever the collection's size (for tests). */
    ThemeMatrix matrixInParts(SearchQuery request, Pivot pivot, Authors authors, int parts) {
        SearchQuery narrowed = authors.narrow(request);
        return byInspection(narrowed, pivot, authors, requests(narrowed, pivot, parts));
    }

    private ThemeMatrix byInspection(SearchQuery request, Pivot pivot, Authors authors, List<SearchRequest> searches) {
        InspectionBuckets counts = deadline.run("Insights matrix", () -> sendAll(searches));
        return fold(request, pivot, authors, counts);
    }

    /**
     * The buckets one request of the matrix by inspection may make. Elasticsearch refuses a search
     * that makes more than its {@code search.max_buckets} (65,536 unless a cluster sets it lower),
     * and each inspection makes a few buckets plus one per theme: at the 10,000 generated documents
     * of the benchmark (thousands of inspections) one request was refused. A collection that needs
     * more is split by inspection ({@code include.partition} of the inspections' terms
     * aggregation), the parts sent side by side; each inspection falls in one part, so the sets
     * the cells are folded from are unions of disjoint parts, as exact as one request.
     */
    static final int BUCKET_BUDGET = 20_000;

    /** The most parts a matrix is split into: 20,000 inspections with every theme fit. */
    static final int MAX_PARTITIONS = 64;

    /** The search endpoint with the answer left as bytes, for {@link InspectionBuckets}. */
    private static final Endpoint<SearchRequest, BinaryResponse, ErrorResponse> BINARY =
            SearchRequest._ENDPOINT.withBinaryResponse();

    /**
     * The searches behind a matrix by inspection of {@code request} (already narrowed to its
     * authors), one per part. The number of parts comes from an estimate of the inspections under
     * the denominator ({@link #estimateRequest}), asked first.
     */
    List<SearchRequest> requests(SearchQuery request, Pivot pivot) {
        SearchRequest estimate = estimateRequest(request);
        SearchResponse<PassageSource> counted =
                deadline.run("Insights matrix", () -> client.search(estimate, PassageSource.class));
        Aggregate inspections = counted.aggregations().get(ESTIMATE);
        long estimated = inspections != null && inspections.isCardinality()
                ? inspections.cardinality().value()
                : 0;
        return requests(request, pivot, partitions(request, estimated));
    }

    /** The name of the estimate's one aggregation ({@link #estimateRequest}). */
    public static final String ESTIMATE = "inspections";

    /**
     * The first request of a matrix by inspection: about how many inspections the denominator
     * holds ({@code cardinality}, approximate, which is all choosing the parts needs). Public so
     * that a benchmark can send exactly the service's requests.
     */
    public SearchRequest estimateRequest(SearchQuery request) {
        return SearchRequest.of(s -> s.index(indices.passages())
                .size(0)
                .trackTotalHits(t -> t.enabled(false))
                .query(selection.apply(denominator(request)))
                .aggregations(ESTIMATE, a -> a.cardinality(c -> c.field(IndexField.INSPECTION_ID))));
    }

    /** The parts a matrix of {@code request} needs for about {@code inspections} inspections. */
    public int partitions(SearchQuery request, long inspections) {
        List<String> chosen = request.values(Facet.THEME);
        return partitions(inspections, chosen.isEmpty() ? vocabulary.themeIds().size() : chosen.size());
    }

    /** The searches of a matrix by inspection of {@code request} (narrowed to its authors) in {@code parts} parts. */
    public List<SearchRequest> requests(SearchQuery request, Pivot pivot, int parts) {
        List<SearchRequest> searches = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            searches.add(byInspectionRequest(request, pivot, part, parts));
        }
        return List.copyOf(searches);
    }

    /**
     * How many parts a matrix of about {@code inspections} inspections and {@code themes} themes
     * needs to keep each request within {@link #BUCKET_BUDGET}: per inspection, its bucket and its
     * columns' among all, and among those counted its bucket, its columns' and a theme's under
     * each column; a tenth more for the estimate's error.
     */
    static int partitions(long inspections, int themes) {
        long buckets = (long) Math.ceil(inspections * 1.1) * (4L + themes);
        long parts = (buckets + BUCKET_BUDGET - 1) / BUCKET_BUDGET;
        return (int) Math.max(1, Math.min(MAX_PARTITIONS, parts));
    }

    /**
     * Sends the parts at once through the client's transport, each answer left as bytes and read
     * by {@link InspectionBuckets} (the typed model doubled the time at thousands of inspections).
     * Going through the transport keeps the connection's authentication and the client's error
     * decoding, as {@code SearchSender} does for searches.
     */
    private InspectionBuckets sendAll(List<SearchRequest> searches) throws IOException {
        List<CompletableFuture<BinaryResponse>> pending = new ArrayList<>();
        for (SearchRequest search : searches) {
            pending.add(transport.performRequestAsync(search, BINARY, options));
        }
        List<BinaryResponse> answers = new ArrayList<>();
        try {
            for (CompletableFuture<BinaryResponse> part : pending) {
                try {
                    answers.add(Futures.join(part));
                } catch (RuntimeException e) {
                    pending.forEach(other -> other.cancel(true));
                    throw e;
                }
            }
            List<InputStream> contents = new ArrayList<>();
            for (BinaryResponse answer : answers) {
                contents.add(answer.content());
            }
            return InspectionBuckets.read(contents);
        } finally {
            for (BinaryResponse answer : answers) {
                answer.close();
            }
        }
    }

    private ThemeMatrix byPassage(
            SearchQuery request, Pivot pivot, Authors authors, SearchResponse<PassageSource> response) {
        Map<String, Long> columnTotals = counts(response.aggregations().get("columns"));
        List<String> keys = sortedKeys(columnTotals.keySet(), pivot);

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
                    key,
                    columnTotals.get(key),
                    null,
                    null,
                    null,
                    Selections.searchUrl(Selections.only(request, pivot.facet(), key))));
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
                cells.add(cell(themeSearch, pivot, key, count, null, heat(count, max)));
            }
            rows.add(new ThemeMatrix.Row(
                    theme,
                    vocabulary.themeLabel(theme),
                    recurrence,
                    themeTotals.get(theme),
                    null,
                    null,
                    Selections.searchUrl(themeSearch),
                    cells));
        });
        long total =
                response.hits().total() == null ? 0 : response.hits().total().value();
        return new ThemeMatrix(
                pivot.id(),
                CountUnit.PASSAGES.id(),
                authors.id(),
                request.values(Facet.POLARITY),
                total,
                null,
                null,
                Selections.searchUrl(request),
                columns,
                sorted(rows));
    }

    private ThemeMatrix fold(SearchQuery request, Pivot pivot, Authors authors, InspectionBuckets counts) {
        Map<String, Long> columnInspections = counts.byColumn();
        Map<String, Long> columnCounted = counts.countedByColumn();
        Map<String, Long> themeCounted = counts.countedByTheme();
        Map<String, Map<String, Long>> cellsByTheme = counts.cells();
        Map<String, Long> columnFindings = counts.columnFindings();
        Map<String, Long> themeFindings = counts.themeFindings();
        long inspections = counts.inspections();
        List<String> keys = sortedKeys(columnInspections.keySet(), pivot);

        List<ThemeMatrix.Column> columns = new ArrayList<>();
        for (String key : keys) {
            long m = columnInspections.get(key);
            long n = columnCounted.getOrDefault(key, 0L);
            columns.add(new ThemeMatrix.Column(
                    key,
                    columnFindings.getOrDefault(key, 0L),
                    m,
                    n,
                    share(n, m),
                    Selections.searchUrl(Selections.only(request, pivot.facet(), key))));
        }
        List<ThemeMatrix.Row> rows = new ArrayList<>();
        cellsByTheme.forEach((theme, cellsByKey) -> {
            SearchQuery themeSearch = Selections.only(request, Facet.THEME, theme);
            List<ThemeMatrix.Cell> cells = new ArrayList<>();
            int recurrence = 0;
            for (String key : keys) {
                long count = cellsByKey.getOrDefault(key, 0L);
                if (count > 0) {
                    recurrence++;
                }
                Double share = share(count, columnInspections.get(key));
                int heat = count == 0 || share == null ? 0 : (int) Math.max(1, Math.min(5, Math.ceil(5 * share)));
                cells.add(cell(themeSearch, pivot, key, count, share, heat));
            }
            long withTheme = themeCounted.get(theme);
            rows.add(new ThemeMatrix.Row(
                    theme,
                    vocabulary.themeLabel(theme),
                    recurrence,
                    themeFindings.getOrDefault(theme, 0L),
                    withTheme,
                    share(withTheme, inspections),
                    Selections.searchUrl(themeSearch),
                    cells));
        });
        return new ThemeMatrix(
                pivot.id(),
                CountUnit.INSPECTIONS.id(),
                authors.id(),
                request.values(Facet.POLARITY),
                counts.countedFindings(),
                inspections,
                counts.counted(),
                Selections.searchUrl(request),
                columns,
                sorted(rows));
    }

    private static ThemeMatrix.Cell cell(
            SearchQuery themeSearch, Pivot pivot, String key, long count, Double share, int heat) {
        return new ThemeMatrix.Cell(
                key,
                count,
                share,
                heat,
                count == 0 ? null : Selections.searchUrl(Selections.only(themeSearch, pivot.facet(), key)));
    }

    private static List<ThemeMatrix.Row> sorted(List<ThemeMatrix.Row> rows) {
        rows.sort(Comparator.comparingInt(ThemeMatrix.Row::recurrence)
                .reversed()
                .thenComparing(
                        Comparator.comparingLong(ThemeMatrix.Row::measure).reversed())
                .thenComparing(
                        Comparator.comparingLong(ThemeMatrix.Row::findings).reversed())
                .thenComparing(row -> row.label().toLowerCase(Locale.UK)));
        return rows;
    }

    private static List<String> sortedKeys(java.util.Collection<String> keys, Pivot pivot) {
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(
                pivot != Pivot.AREA
                        ? Comparator.naturalOrder()
                        : Comparator.comparing(key -> key.toLowerCase(Locale.UK)));
        return sorted;
    }

    /** n over m, or null when there is nothing to divide by. */
    static Double share(long n, Long m) {
        return m == null || m <= 0 ? null : (double) n / m;
    }

    /**
     * The one Elasticsearch search behind a findings matrix: counts only ({@code size 0}, which the
     * shard request cache keeps until the index changes), themes by columns. Public so that a
     * benchmark can send exactly this request straight to Elasticsearch.
     */
    public SearchRequest request(SearchQuery request, Pivot pivot) {
        return request(request, pivot, CountUnit.PASSAGES);
    }

    /**
     * The one Elasticsearch search behind a matrix of {@code request} (already narrowed to its
     * authors). By inspection, its query is the denominator (the search's filters without its
     * words, themes, polarity or section) and a {@code filter} aggregation holds the findings
     * counted. Distinct inspections are counted exactly, as buckets: a terms aggregation on
     * {@code inspectionId} (every inspection a bucket), with the columns and themes under it, is
     * folded here into sets of inspections per cell. ({@code cardinality} would be approximate,
     * and its precision threshold reserves memory per cell: at 40,000 it tripped the request
     * circuit breaker on 160 documents.) This is the request whole, in one part: a collection
     * too large for one request is split by {@link #requests}.
     */
    public SearchRequest request(SearchQuery request, Pivot pivot, CountUnit unit) {
        return unit == CountUnit.PASSAGES
                ? byPassageRequest(request, pivot)
                : byInspectionRequest(request, pivot, 0, 1);
    }

    private SearchRequest byPassageRequest(SearchQuery request, Pivot pivot) {
        String columnField = pivot.facet().field();
        List<String> chosenThemes = request.values(Facet.THEME);
        return SearchRequest.of(s -> s.index(indices.passages())
                .size(0)
                .trackTotalHits(t -> t.enabled(true))
                .query(QueryBuilder.findingsOnly(selection.apply(request)))
                .aggregations(
                        "themes",
                        a -> themes(a, chosenThemes)
                                .aggregations(
                                        "columns",
                                        c -> c.terms(t -> t.field(columnField).size(MAX_BUCKETS))))
                .aggregations("columns", a -> a.terms(t -> t.field(columnField).size(MAX_BUCKETS))));
    }

    /** Part {@code part} of {@code parts} of the matrix by inspection (see {@link #BUCKET_BUDGET}). */
    private SearchRequest byInspectionRequest(SearchQuery request, Pivot pivot, int part, int parts) {
        String columnField = pivot.facet().field();
        List<String> chosenThemes = request.values(Facet.THEME);
        Query denominator = selection.apply(denominator(request));
        Query counted = QueryBuilder.findingsOnly(selection.apply(request));
        return SearchRequest.of(s -> s.index(indices.passages())
                .size(0)
                .trackTotalHits(t -> t.enabled(false))
                .query(denominator)
                .aggregations(
                        "inspections",
                        a -> inspections(a, part, parts)
                                .aggregations(
                                        "columns",
                                        c -> c.terms(t -> t.field(columnField).size(MAX_BUCKETS))))
                .aggregations("counted", a -> {
                    var filter = a.filter(counted);
                    if (part == 0) {
                        filter.aggregations(
                                        "columns",
                                        c -> c.terms(t -> t.field(columnField).size(MAX_BUCKETS)))
                                .aggregations("themes", t -> themes(t, chosenThemes));
                    }
                    return filter.aggregations(
                            "inspections",
                            i -> inspections(i, part, parts)
                                    .aggregations(
                                            "columns",
                                            c -> c.terms(t ->
                                                            t.field(columnField).size(MAX_BUCKETS))
                                                    .aggregations("themes", t -> themes(t, chosenThemes))));
                }));
    }

    /**
     * More inspections than a collection can hold: England has about 150 local areas, inspected
     * at most every few years since 2016.
     */
    public static final int MAX_INSPECTIONS = 20_000;

    private static Aggregation.Builder.ContainerBuilder themes(Aggregation.Builder a, List<String> chosenThemes) {
        return a.terms(t -> {
            t.field(Facet.THEME.field()).size(MAX_BUCKETS);
            if (!chosenThemes.isEmpty()) {
                t.include(i -> i.terms(chosenThemes));
            }
            return t;
        });
    }

    /** Every inspection, one bucket each: distinct inspections are then counted exactly, as buckets. */
    private static Aggregation.Builder.ContainerBuilder inspections(Aggregation.Builder a, int part, int parts) {
        return a.terms(t -> {
            t.field(IndexField.INSPECTION_ID).size(MAX_INSPECTIONS);
            if (parts > 1) {
                t.include(i -> i.partition(p -> p.partition(part).numPartitions(parts)));
            }
            return t;
        });
    }

    /**
     * The inspections a matrix divides by: those with a document under the search's filters
     * (area, region, type, year, framework, outcome, dates...), whatever its words, themes,
     * polarity or section, which say what is counted, not what could have been.
     */
    static SearchQuery denominator(SearchQuery request) {
        SearchQuery all = request.withQuery("");
        for (Facet facet : List.of(Facet.THEME, Facet.POLARITY, Facet.SECTION)) {
            for (String value : request.values(facet)) {
                all = all.withoutFilter(facet, value);
            }
        }
        return all;
    }

    /** Per inspection (bucket key), the column keys (terms) under it; each inspection's theme buckets by column. */
    private static List<StringTermsBucket> buckets(Aggregate aggregate) {
        return aggregate != null && aggregate.isSterms()
                ? aggregate.sterms().buckets().array()
                : List.of();
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
