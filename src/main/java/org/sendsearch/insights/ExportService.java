package org.sendsearch.insights;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.sendsearch.model.IndexField;
import org.sendsearch.search.Backend;
import org.sendsearch.search.Citation;
import org.sendsearch.search.Deadline;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.PassageSource;
import org.sendsearch.search.QueryBuilder;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchIndices;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.Vocabulary;

/**
 * Exports every finding (or document) a search matches, not just a page of them, as CSV or JSON.
 *
 * <p>Memory stays constant whatever the size: results are read a page at a time over a
 * point-in-time (a consistent snapshot even while the indexer swaps indices) with
 * {@code search_after}, and each page's rows are written to the output stream and flushed before
 * the next page is asked for; nothing collects the rows. An export stops at {@link #MAX_ROWS},
 * and says so (a response header, a closing row in CSV, {@code capped}/{@code message} in JSON).
 *
 * <p>CSV is for people: it opens with {@link #CSV_PREAMBLE_ROWS} rows saying what was searched and
 * filtered, when it was exported and how many rows it holds, then a header of column labels, and
 * its values are labelled ({@link ExportColumns}). JSON is for programs: column names and ids.
 *
 * <p>Order: newest documents first, then document and position in it, so a finding's neighbours
 * stay together in a spreadsheet.
 */
public final class ExportService {
    private static final Logger log = LogManager.getLogger(ExportService.class);
    public static final int MAX_ROWS = 50_000;
    static final int PAGE_SIZE = 500;
    private static final String KEEP_ALIVE = "2m";
    private static final JsonFactory JSON = new JsonFactory();

    private final ElasticsearchClient client;
    private final SearchIndices indices;
    private final Deadline deadline;
    private final int maxRows;
    private final Function<SearchQuery, Query> selection;
    private final Vocabulary vocabulary;

    /** @param selection the search's own query for a request ({@code SearchService::selection}) */
    public ExportService(Backend backend, Function<SearchQuery, Query> selection) {
        this(backend, selection, MAX_ROWS);
    }

    /** With a different cap, for tests. */
    public ExportService(Backend backend, Function<SearchQuery, Query> selection, int maxRows) {
        this.client = backend.client();
        this.selection = selection;
        this.indices = backend.indices();
        this.deadline = backend.deadline();
        this.vocabulary = backend.vocabulary();
        this.maxRows = maxRows;
    }

    /** Where an export goes: opened once the total is known, so headers can say it. */
    public interface Target {
        OutputStream open(long total, boolean capped) throws IOException;
    }

    /** What was exported. */
    public record Summary(long total, long rows, boolean capped) {}

    public int maxRows() {
        return maxRows;
    }

    /** The message shown when an export is cut short. */
    public String capMessage(long total) {
        return "This export stops at " + maxRows + " rows of " + total + " matching; narrow the search with filters "
                + "(area, year, theme...) and export again to get the rest.";
    }

    /**
     * Streams the export of {@code request} (its page and size are ignored) to the target.
     *
     * @param baseUrl put before the links in the rows, e.g. {@code http://127.0.0.1:7070}
     */
    public Summary export(SearchQuery request, ExportFormat format, String baseUrl, Target target) throws IOException {
        if (request.scope() == Scope.PASSAGES) {
            return run(request, format, target, PassageSource.class, ExportColumns.findings(baseUrl, vocabulary));
        }
        return run(request, format, target, DocumentSource.class, ExportColumns.documents(baseUrl, vocabulary));
    }

    private <T> Summary run(
            SearchQuery request,
            ExportFormat format,
            Target target,
            Class<T> type,
            List<ExportColumns.Column<T>> columns)
            throws IOException {
        String index = indices.of(request.scope());
        String pit = deadline.run(
                        "Export snapshot",
                        () -> client.openPointInTime(p -> p.index(index).keepAlive(k -> k.time(KEEP_ALIVE))))
                .id();
        try {
            List<FieldValue> after = null;
            long rows = 0;
            RowWriter<T> writer = null;
            long total = 0;
            boolean capped = false;
            while (true) {
                SearchResponse<T> page;
                try {
                    page = page(request, pit, after, rows == 0 && writer == null, type);
                } catch (RuntimeException e) {
                    if (writer != null) {
                        // Headers are sent: say in the file itself that it is incomplete, rather than end it silently.
                        writer.fail(
                                rows, "Export interrupted after " + rows + " of " + total + " rows: " + e.getMessage());
                    }
                    throw e;
                }
                if (page.pitId() != null) {
                    pit = page.pitId();
                }
                if (writer == null) {
                    total = page.hits().total() == null
                            ? 0
                            : page.hits().total().value();
                    capped = total > maxRows;
                    writer = format == ExportFormat.CSV
                            ? new CsvRows<>(target.open(total, capped), columns, about(request, total))
                            : new JsonRows<>(
                                    target.open(total, capped),
                                    columns,
                                    request.scope(),
                                    total,
                                    maxRows,
                                    capped ? capMessage(total) : null);
                }
                List<Hit<T>> hits = page.hits().hits();
                for (Hit<T> hit : hits) {
                    if (rows >= maxRows) {
                        break;
                    }
                    if (hit.source() != null) {
                        writer.row(hit.source());
                        rows++;
                    }
                }
                writer.flush();
                if (hits.size() < PAGE_SIZE || rows >= maxRows) {
                    break;
                }
                after = hits.get(hits.size() - 1).sort();
            }
            writer.finish(rows, capped ? capMessage(total) : null);
            log.info("Exported {} of {} {} as {}", rows, total, request.scope().id(), format.id());
            return new Summary(total, rows, capped);
        } finally {
            String id = pit;
            try {
                client.closePointInTime(c -> c.id(id));
            } catch (IOException | RuntimeException e) {
                log.warn("Could not close the export's point-in-time (it expires by itself): {}", e.toString());
            }
        }
    }

    /** The rows a CSV export opens with, before its header: what was searched, filtered, when, how much. */
    public static final int CSV_PREAMBLE_ROWS = 5;

    private List<List<String>> about(SearchQuery request, long total) {
        List<String> filters = new ArrayList<>();
        request.filters()
                .forEach((facet, values) -> filters.add(facet.label() + ": "
                        + String.join(
                                " or ",
                                values.stream()
                                        .map(v -> vocabulary.label(facet, v))
                                        .toList())));
        if (request.from() != null || request.to() != null) {
            filters.add("Date: " + (request.from() == null ? "any time" : Citation.longDate(request.from())) + " to "
                    + (request.to() == null ? "now" : Citation.longDate(request.to())));
        }
        String what = request.scope() == Scope.PASSAGES ? "findings" : "documents";
        String exported = ZonedDateTime.now(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.UK));
        return List.of(
                List.of("Search", request.hasQuery() ? request.query() : "(everything)"),
                List.of("Filters", filters.isEmpty() ? "none" : String.join("; ", filters)),
                List.of("Exported", exported),
                List.of("Rows", Math.min(total, maxRows) + " of " + total + " " + what),
                List.of(""));
    }

    private <T> SearchResponse<T> page(
            SearchQuery request, String pit, List<FieldValue> after, boolean first, Class<T> type) {
        return deadline.run(
                "Export",
                () -> client.search(
                        s -> {
                            s.pit(p -> p.id(pit).keepAlive(k -> k.time(KEEP_ALIVE)))
                                    .size(PAGE_SIZE)
                                    .query(selection.apply(request))
                                    .sort(sort(request.scope()))
                                    .trackTotalHits(t -> t.enabled(first));
                            if (after != null) {
                                s.searchAfter(after);
                            }
                            return s;
                        },
                        type));
    }

    private static List<SortOptions> sort(Scope scope) {
        List<SortOptions> sorts = new ArrayList<>();
        sorts.add(SortOptions.of(o -> o.field(f -> f.field(IndexField.RESEARCH_DATE)
                .order(SortOrder.Desc)
                .missing(FieldValue.of("_last"))
                .unmappedType(FieldType.Date))));
        sorts.addAll(QueryBuilder.tieBreakers(scope));
        // The point-in-time's own tiebreaker, so search_after never skips or repeats a row.
        sorts.add(SortOptions.of(o -> o.field(f -> f.field("_shard_doc"))));
        return sorts;
    }

    /** Writes rows of one format. */
    private interface RowWriter<T> {
        void row(T source) throws IOException;

        void flush() throws IOException;

        void finish(long rows, String capMessage) throws IOException;

        /** Ends an export that could not be completed, saying so in the output. */
        void fail(long rows, String message) throws IOException;
    }

    private static final class CsvRows<T> implements RowWriter<T> {
        private final Writer out;
        private final CsvWriter csv;
        private final List<ExportColumns.Column<T>> columns;

        CsvRows(OutputStream stream, List<ExportColumns.Column<T>> columns, List<List<String>> about)
                throws IOException {
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 32 * 1024);
            this.csv = new CsvWriter(out);
            this.columns = columns;
            out.write(CsvWriter.BOM);
            for (List<String> row : about) {
                csv.row(row);
            }
            csv.row(columns.stream().map(ExportColumns.Column::label).toList());
        }

        @Override
        public void row(T source) throws IOException {
            List<String> cells = new ArrayList<>(columns.size());
            for (ExportColumns.Column<T> column : columns) {
                cells.add(ExportColumns.cell(column.shown().apply(source)));
            }
            csv.row(cells);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void finish(long rows, String capMessage) throws IOException {
            if (capMessage != null) {
                csv.row(List.of("Export stopped: " + capMessage));
            }
            out.flush();
        }

        @Override
        public void fail(long rows, String message) throws IOException {
            csv.row(List.of(message));
            out.flush();
        }
    }

    private static final class JsonRows<T> implements RowWriter<T> {
        private final JsonGenerator json;
        private final List<ExportColumns.Column<T>> columns;

        JsonRows(
                OutputStream stream,
                List<ExportColumns.Column<T>> columns,
                Scope scope,
                long total,
                int maxRows,
                String capMessage)
                throws IOException {
            this.json = JSON.createGenerator(stream);
            this.columns = columns;
            json.writeStartObject();
            json.writeStringField("scope", scope.id());
            json.writeNumberField("total", total);
            json.writeNumberField("maxRows", maxRows);
            json.writeBooleanField("capped", capMessage != null);
            if (capMessage != null) {
                json.writeStringField("message", capMessage);
            }
            json.writeArrayFieldStart("columns");
            for (ExportColumns.Column<T> column : columns) {
                json.writeString(column.name());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
        }

        @Override
        public void row(T source) throws IOException {
            json.writeStartObject();
            for (ExportColumns.Column<T> column : columns) {
                Object value = column.value().apply(source);
                json.writeFieldName(column.name());
                if (value == null) {
                    json.writeNull();
                } else if (value instanceof List<?> list) {
                    json.writeStartArray();
                    for (Object item : list) {
                        json.writeString(String.valueOf(item));
                    }
                    json.writeEndArray();
                } else {
                    json.writeString(value.toString());
                }
            }
            json.writeEndObject();
        }

        @Override
        public void flush() throws IOException {
            json.flush();
        }

        @Override
        public void finish(long rows, String capMessage) throws IOException {
            json.writeEndArray();
            json.writeNumberField("exported", rows);
            json.writeEndObject();
            json.flush();
        }

        @Override
        public void fail(long rows, String message) throws IOException {
            json.writeEndArray();
            json.writeNumberField("exported", rows);
            json.writeStringField("error", message);
            json.writeEndObject();
            json.flush();
        }
    }
}
