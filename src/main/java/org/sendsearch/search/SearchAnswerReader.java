package org.sendsearch.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Elasticsearch's search answer into a {@link SearchAnswer} in one pass of Jackson's
 * streaming parser, skipping everything {@link SearchService} does not use (shards, scores, sort
 * values, bucket error bounds). Only each hit's {@code _source} goes through data binding, into
 * {@link PassageSource}, as the typed client did.
 *
 * <p>Aggregation and suggester names may carry the type prefix of {@code typed_keys}
 * ({@code sterms#area}, {@code filter#facets}, {@code term#did-you-mean}); it is dropped, so the
 * answer reads the same with or without it.
 */
final class SearchAnswerReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectReader SOURCES = MAPPER.readerFor(PassageSource.class);
    private static final JsonFactory JSON = MAPPER.getFactory();

    private SearchAnswerReader() {}

    /** Reads a whole answer; fails with an {@link IOException} when it is not JSON or not an object. */
    static SearchAnswer read(InputStream json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT);
            long took = 0;
            long total = -1;
            List<SearchAnswer.Hit> hits = List.of();
            Map<String, SearchAnswer.Aggregation> aggregations = Map.of();
            Map<String, List<SearchAnswer.TermSuggestion>> suggestions = Map.of();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "took" -> took = parser.getValueAsLong();
                    case "hits" -> {
                        if (value == JsonToken.START_OBJECT) {
                            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                String name = parser.currentName();
                                JsonToken inner = parser.nextToken();
                                if (name.equals("total")) {
                                    total = total(parser, inner);
                                } else if (name.equals("hits") && inner == JsonToken.START_ARRAY) {
                                    hits = hits(parser);
                                } else {
                                    parser.skipChildren();
                                }
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                    case "aggregations" ->
                        aggregations =
                                value == JsonToken.START_OBJECT ? subAggregations(parser) : skip(parser, Map.of());
                    case "suggest" ->
                        suggestions = value == JsonToken.START_OBJECT ? suggestions(parser) : skip(parser, Map.of());
                    default -> parser.skipChildren();
                }
            }
            return new SearchAnswer(took, total < 0 ? hits.size() : total, hits, aggregations, suggestions);
        }
    }

    /** {@code "total": {"value": 42, "relation": "eq"}}, or a bare number from older clusters. */
    private static long total(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return parser.getLongValue();
        }
        long total = -1;
        if (value == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("value")) {
                    total = parser.getValueAsLong();
                } else {
                    parser.skipChildren();
                }
            }
        } else {
            parser.skipChildren();
        }
        return total;
    }

    private static List<SearchAnswer.Hit> hits(JsonParser parser) throws IOException {
        List<SearchAnswer.Hit> hits = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String id = null;
            PassageSource source = null;
            Map<String, List<String>> highlight = Map.of();
            Set<String> matched = Set.of();
            Map<String, List<String>> fields = Map.of();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "_id" -> id = parser.getValueAsString();
                    case "_source" ->
                        source = value == JsonToken.START_OBJECT ? SOURCES.readValue(parser) : skip(parser, null);
                    case "highlight" ->
                        highlight = value == JsonToken.START_OBJECT ? stringLists(parser) : skip(parser, Map.of());
                    case "matched_queries" -> matched = matched(parser, value);
                    case "fields" ->
                        fields = value == JsonToken.START_OBJECT ? stringLists(parser) : skip(parser, Map.of());
                    default -> parser.skipChildren();
                }
            }
            hits.add(new SearchAnswer.Hit(id, source, highlight, matched, fields));
        }
        return hits;
    }

    /**
     * {@code "matched_queries": ["name", ...]}, or {@code {"name": score, ...}} when the request
     * asked for the named queries' scores: the names either way.
     */
    private static Set<String> matched(JsonParser parser, JsonToken value) throws IOException {
        Set<String> names = new HashSet<>();
        if (value == JsonToken.START_ARRAY) {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                names.add(parser.getValueAsString());
            }
        } else if (value == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                names.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } else {
            parser.skipChildren();
        }
        return names;
    }

    /**
     * An object of string arrays by field: {@code "highlight": {"text": ["fragment", ...]}} or
     * {@code "fields": {"area": ["Knowsley"]}}.
     */
    private static Map<String, List<String>> stringLists(JsonParser parser) throws IOException {
        Map<String, List<String>> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.START_ARRAY) {
                fields.put(field, strings(parser));
            } else {
                parser.skipChildren();
            }
        }
        return fields;
    }

    /** The strings of the array the parser is at the start of; other values are skipped. */
    private static List<String> strings(JsonParser parser) throws IOException {
        List<String> strings = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == JsonToken.VALUE_STRING) {
                strings.add(parser.getText());
            } else {
                parser.skipChildren();
            }
        }
        return strings;
    }

    /**
     * The aggregations of the object the parser is in, by name: every field whose value is an
     * object, except {@code meta}. Holds for the top-level {@code aggregations} and for the fields
     * of a single-bucket aggregation, whose other fields ({@code doc_count}) are numbers.
     */
    private static Map<String, SearchAnswer.Aggregation> subAggregations(JsonParser parser) throws IOException {
        Map<String, SearchAnswer.Aggregation> aggregations = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() == JsonToken.START_OBJECT && !name.equals("meta")) {
                aggregations.put(untyped(name), aggregation(parser));
            } else {
                parser.skipChildren();
            }
        }
        return aggregations;
    }

    private static SearchAnswer.Aggregation aggregation(JsonParser parser) throws IOException {
        List<SearchAnswer.Bucket> buckets = null;
        Map<String, SearchAnswer.Aggregation> subAggregations = new HashMap<>();
        long docCount = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("buckets") && value == JsonToken.START_ARRAY) {
                buckets = buckets(parser);
            } else if (name.equals("doc_count") && value == JsonToken.VALUE_NUMBER_INT) {
                docCount = parser.getLongValue();
            } else if (value == JsonToken.START_OBJECT && !name.equals("meta")) {
                subAggregations.put(untyped(name), aggregation(parser));
            } else {
                parser.skipChildren();
            }
        }
        return new SearchAnswer.Aggregation(buckets, subAggregations, docCount);
    }

    /** A terms aggregation's buckets: each one's key (as text) and count; sub-aggregations are skipped. */
    private static List<SearchAnswer.Bucket> buckets(JsonParser parser) throws IOException {
        List<SearchAnswer.Bucket> buckets = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String key = null;
            long count = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                switch (name) {
                    case "key" -> key = parser.getValueAsString();
                    case "doc_count" -> count = parser.getValueAsLong();
                    default -> parser.skipChildren();
                }
            }
            if (key != null) {
                buckets.add(new SearchAnswer.Bucket(key, count));
            }
        }
        return buckets;
    }

    /** {@code "suggest": {"term#did-you-mean": [{"text", "offset", "length", "options": [{"text"}]}]}}. */
    private static Map<String, List<SearchAnswer.TermSuggestion>> suggestions(JsonParser parser) throws IOException {
        Map<String, List<SearchAnswer.TermSuggestion>> suggesters = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int hash = name.indexOf('#');
            boolean term = hash < 0 || name.substring(0, hash).equals("term");
            if (value != JsonToken.START_ARRAY || !term) {
                parser.skipChildren();
                continue;
            }
            List<SearchAnswer.TermSuggestion> entries = new ArrayList<>();
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                entries.add(termSuggestion(parser));
            }
            suggesters.put(untyped(name), entries);
        }
        return suggesters;
    }

    private static SearchAnswer.TermSuggestion termSuggestion(JsonParser parser) throws IOException {
        int offset = 0;
        int length = 0;
        List<String> options = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (name) {
                case "offset" -> offset = parser.getValueAsInt();
                case "length" -> length = parser.getValueAsInt();
                case "options" -> {
                    if (value == JsonToken.START_ARRAY) {
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            String text = null;
                            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                String option = parser.currentName();
                                parser.nextToken();
                                if (option.equals("text")) {
                                    text = parser.getValueAsString();
                                } else {
                                    parser.skipChildren();
                                }
                            }
                            if (text != null) {
                                options.add(text);
                            }
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new SearchAnswer.TermSuggestion(offset, length, options);
    }

    /** The name without the {@code type#} prefix {@code typed_keys} adds. */
    private static String untyped(String name) {
        int hash = name.indexOf('#');
        return hash < 0 ? name : name.substring(hash + 1);
    }

    private static <T> T skip(JsonParser parser, T value) throws IOException {
        parser.skipChildren();
        return value;
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new com.fasterxml.jackson.core.JsonParseException(
                    parser, "Expected " + expected + " in Elasticsearch's search answer, found " + actual);
        }
    }
}
