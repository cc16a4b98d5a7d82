package org.sendsearch.insights;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One part's answer to a matrix by inspection ({@link MatrixService}), read in one pass of
 * Jackson's streaming parser straight into the sets the matrix is folded from. At thousands of
 * inspections the answer holds about a hundred thousand buckets; the client's typed model built an
 * object for each and doubled the time the matrix took (186 ms p95 against Elasticsearch's 97 at
 * the benchmark's 10,000 documents).
 *
 * <p>The shape read is the one {@code MatrixService} asks for: {@code inspections} (each
 * inspection's {@code columns}) and {@code counted}, a filter holding the findings' own
 * {@code columns} and {@code themes} counts and {@code inspections} → {@code columns} →
 * {@code themes}. Aggregation names may carry the {@code typed_keys} prefix
 * ({@code sterms#inspections}); anything else in the answer is skipped.
 *
 * @param columnsByInspection the denominator: every inspection under the filters, with its columns
 * @param counted             the inspections with a finding counted, per column the themes found there
 * @param countedFindings     the findings counted (the filter's {@code doc_count})
 * @param columnFindings      per column, the findings counted
 * @param themeFindings       per theme, the findings counted
 */
record InspectionBuckets(
        Map<String, Set<String>> columnsByInspection,
        Map<String, Map<String, Set<String>>> counted,
        long countedFindings,
        Map<String, Long> columnFindings,
        Map<String, Long> themeFindings) {
    private static final JsonFactory JSON = new JsonFactory();

    /** Reads one answer; the stream is read to its end of the aggregations and not closed. */
    static InspectionBuckets read(InputStream answer) throws IOException {
        Map<String, Set<String>> columnsByInspection = new HashMap<>();
        Map<String, Map<String, Set<String>>> counted = new HashMap<>();
        long[] countedFindings = {0};
        Map<String, Long> columnFindings = new LinkedHashMap<>();
        Map<String, Long> themeFindings = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(answer)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the answer is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("aggregations")) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = plain(parser.currentName());
                    parser.nextToken();
                    switch (name) {
                        case "inspections" ->
                            terms(parser, (inspection, count, sub) -> {
                                Set<String> columns =
                                        columnsByInspection.computeIfAbsent(inspection, k -> new HashSet<>());
                                sub.on("columns", p -> terms(p, (column, n, none) -> columns.add(column)));
                            });
                        case "counted" ->
                            countedFilter(parser, counted, countedFindings, columnFindings, themeFindings);
                        default -> parser.skipChildren();
                    }
                }
            }
        }
        return new InspectionBuckets(columnsByInspection, counted, countedFindings[0], columnFindings, themeFindings);
    }

    private static void countedFilter(
            JsonParser parser,
            Map<String, Map<String, Set<String>>> counted,
            long[] countedFindings,
            Map<String, Long> columnFindings,
            Map<String, Long> themeFindings)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = plain(parser.currentName());
            parser.nextToken();
            switch (name) {
                case "doc_count" -> countedFindings[0] = parser.getLongValue();
                case "columns" -> terms(parser, (column, n, none) -> columnFindings.put(column, n));
                case "themes" -> terms(parser, (theme, n, none) -> themeFindings.put(theme, n));
                case "inspections" ->
                    terms(parser, (inspection, count, sub) -> {
                        Map<String, Set<String>> byColumn = counted.computeIfAbsent(inspection, k -> new HashMap<>());
                        sub.on(
                                "columns",
                                p -> terms(p, (column, n, themes) -> {
                                    Set<String> found = byColumn.computeIfAbsent(column, k -> new HashSet<>());
                                    themes.on("themes", t -> terms(t, (theme, m, none) -> found.add(theme)));
                                }));
                    });
                default -> parser.skipChildren();
            }
        }
    }

    /** What to do with one bucket: its key, its count, and a way to read its sub-aggregations. */
    private interface BucketReader {
        void bucket(String key, long docCount, SubAggregations sub) throws IOException;
    }

    /** Registers a reader for a named sub-aggregation of the bucket being read. */
    private interface SubAggregations {
        void on(String name, AggregationReader reader) throws IOException;
    }

    private interface AggregationReader {
        void read(JsonParser parser) throws IOException;
    }

    /**
     * A terms aggregation, the parser on its opening brace: each bucket's key and count are read
     * first (Elasticsearch writes them before the sub-aggregations), then its sub-aggregations go
     * to the readers {@code each} registers for them; the others are skipped.
     */
    private static void terms(JsonParser parser, BucketReader each) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (!field.equals("buckets")) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String key = null;
                long docCount = 0;
                Map<String, AggregationReader> readers = new HashMap<>(2);
                boolean announced = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = plain(parser.currentName());
                    parser.nextToken();
                    if (name.equals("key")) {
                        key = parser.getValueAsString();
                    } else if (name.equals("doc_count")) {
                        docCount = parser.getLongValue();
                    } else {
                        if (!announced) {
                            announced = true;
                            each.bucket(key, docCount, readers::put);
                        }
                        AggregationReader reader = readers.get(name);
                        if (reader == null) {
                            parser.skipChildren();
                        } else {
                            reader.read(parser);
                        }
                    }
                }
                if (!announced) {
                    each.bucket(key, docCount, (name, reader) -> {});
                }
            }
        }
    }

    /** An aggregation's name without its {@code typed_keys} prefix. */
    private static String plain(String name) {
        int hash = name.indexOf('#');
        return hash < 0 ? name : name.substring(hash + 1);
    }
}
