package org.sendsearch.insights;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts of a matrix by inspection ({@link MatrixService}), read from the answers of its parts
 * in one pass of Jackson's streaming parser each. Every inspection is one bucket of one part (the
 * parts split the inspections), so distinct inspections are counted by counting buckets: no set of
 * inspection ids is built. At 8,155 inspections the answers hold about 100,000 buckets; the
 * client's typed model, then sets of ids per cell, took the server twice Elasticsearch's time.
 *
 * <p>The shape read is the one {@code MatrixService} asks for: {@code inspections} (each
 * inspection's {@code columns}) and {@code counted}, a filter holding the findings' own
 * {@code columns} and {@code themes} counts and {@code inspections} → {@code columns} →
 * {@code themes}. Aggregation names may carry the {@code typed_keys} prefix
 * ({@code sterms#inspections}); anything else in the answer is skipped.
 *
 * @param inspections        the inspections under the filters (the denominator)
 * @param byColumn           per column, the inspections under the filters with a document there
 * @param counted            the inspections with a finding counted
 * @param countedByColumn    per column, the inspections with a finding counted there
 * @param countedByTheme     per theme, the inspections with a finding on it counted (once each,
 *                           whatever its columns)
 * @param cells              per theme, per column, the inspections with a finding on it counted there
 * @param countedFindings    the findings counted (the filter's {@code doc_count}; first part only)
 * @param columnFindings     per column, the findings counted (first part only)
 * @param themeFindings      per theme, the findings counted, in Elasticsearch's order (first part only)
 */
record InspectionBuckets(
        long inspections,
        Map<String, Long> byColumn,
        long counted,
        Map<String, Long> countedByColumn,
        Map<String, Long> countedByTheme,
        Map<String, Map<String, Long>> cells,
        long countedFindings,
        Map<String, Long> columnFindings,
        Map<String, Long> themeFindings) {
    private static final JsonFactory JSON = new JsonFactory();

    /** The counts of all the parts' answers together (the findings' own counts from the first). */
    static InspectionBuckets read(List<InputStream> answers) throws IOException {
        Counts counts = new Counts();
        boolean first = true;
        for (InputStream answer : answers) {
            counts.read(answer, first);
            first = false;
        }
        return new InspectionBuckets(
                counts.inspections,
                counts.byColumn,
                counts.counted,
                counts.countedByColumn,
                counts.countedByTheme,
                counts.cells,
                counts.countedFindings,
                counts.columnFindings,
                counts.themeFindings);
    }

    /** The counts as they are read. */
    private static final class Counts {
        long inspections;
        final Map<String, Long> byColumn = new HashMap<>();
        long counted;
        final Map<String, Long> countedByColumn = new HashMap<>();
        final Map<String, Long> countedByTheme = new HashMap<>();
        final Map<String, Map<String, Long>> cells = new HashMap<>();
        long countedFindings;
        final Map<String, Long> columnFindings = new LinkedHashMap<>();
        final Map<String, Long> themeFindings = new LinkedHashMap<>();

        void read(InputStream answer, boolean first) throws IOException {
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
                                terms(parser, (inspection, n, sub) -> {
                                    inspections++;
                                    sub.on("columns", p -> terms(p, (column, m, none) -> add(byColumn, column)));
                                });
                            case "counted" -> countedFilter(parser, first);
                            default -> parser.skipChildren();
                        }
                    }
                }
            }
        }

        private void countedFilter(JsonParser parser, boolean first) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = plain(parser.currentName());
                parser.nextToken();
                switch (name) {
                    case "doc_count" -> {
                        if (first) {
                            countedFindings = parser.getLongValue();
                        }
                    }
                    case "columns" -> terms(parser, (column, n, none) -> columnFindings.put(column, n));
                    case "themes" -> terms(parser, (theme, n, none) -> themeFindings.put(theme, n));
                    case "inspections" ->
                        terms(parser, (inspection, n, sub) -> {
                            counted++;
                            Set<String> themes = new HashSet<>();
                            sub.on(
                                    "columns",
                                    p -> terms(p, (column, m, under) -> {
                                        add(countedByColumn, column);
                                        under.on(
                                                "themes",
                                                t -> terms(t, (theme, k, leaf) -> {
                                                    add(cells.computeIfAbsent(theme, key -> new HashMap<>()), column);
                                                    themes.add(theme);
                                                }));
                                    }));
                            sub.after(() -> themes.forEach(theme -> add(countedByTheme, theme)));
                        });
                    default -> parser.skipChildren();
                }
            }
        }

        private static void add(Map<String, Long> counts, String key) {
            counts.merge(key, 1L, Long::sum);
        }
    }

    /** What to do with one bucket: its key, its count, and a way to read its sub-aggregations. */
    private interface BucketReader {
        void bucket(String key, long docCount, SubAggregations sub) throws IOException;
    }

    /** How a bucket's reader asks for its sub-aggregations, and for a step once they are read. */
    private interface SubAggregations {
        void on(String name, AggregationReader reader);

        void after(Runnable step);
    }

    private interface AggregationReader {
        void read(JsonParser parser) throws IOException;
    }

    /** A bucket's readers of its sub-aggregations, and what to do once it is read. */
    private static final class Bucket implements SubAggregations {
        final Map<String, AggregationReader> readers = new HashMap<>(2);
        Runnable after;

        @Override
        public void on(String name, AggregationReader reader) {
            readers.put(name, reader);
        }

        @Override
        public void after(Runnable step) {
            after = step;
        }
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
                Bucket bucket = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = plain(parser.currentName());
                    parser.nextToken();
                    if (name.equals("key")) {
                        key = parser.getValueAsString();
                    } else if (name.equals("doc_count")) {
                        docCount = parser.getLongValue();
                    } else {
                        if (bucket == null) {
                            bucket = new Bucket();
                            each.bucket(key, docCount, bucket);
                        }
                        AggregationReader reader = bucket.readers.get(name);
                        if (reader == null) {
                            parser.skipChildren();
                        } else {
                            reader.read(parser);
                        }
                    }
                }
                if (bucket == null) {
                    bucket = new Bucket();
                    each.bucket(key, docCount, bucket);
                }
                if (bucket.after != null) {
                    bucket.after.run();
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
