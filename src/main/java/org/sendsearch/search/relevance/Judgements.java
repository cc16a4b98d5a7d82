package org.sendsearch.search.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendsearch.util.Sha256;

/**
 * The judged queries of {@code index-config/relevance/judgements.json}: for each query, the
 * passages that answer it with a grade. A passage is named by its source file and the opening
 * words of its text rather than by id or ordinal, so judgements survive re-splitting.
 */
public record Judgements(List<JudgedQuery> queries) {
    /** One relevant passage: grade 2 answers the query, grade 1 bears on it. */
    public record Judgement(String document, String snippet, int grade) {}

    /**
     * A query as typed, what kind of test it is (acronym, stem, phrase, typo, question), its answers,
     * and the facet filters it is searched with (facet parameter to values, as the API takes them).
     */
    public record JudgedQuery(String query, String kind, List<Judgement> relevant, Map<String, List<String>> filters) {
        public JudgedQuery {
            relevant = List.copyOf(relevant);
            filters = Map.copyOf(filters);
        }

        public JudgedQuery(String query, String kind, List<Judgement> relevant) {
            this(query, kind, relevant, Map.of());
        }

        /**
         * Whether the query is in the held-out half: the first hex digit of the SHA-256 of its text
         * (Unicode NFKC, lower case, white space runs as one space, trimmed) is 8 to f. The rule reads
         * nothing but the text, so adding a query never moves another; tune on the other half only.
         */
        public boolean heldOut() {
            return Judgements.heldOut(query);
        }
    }

    /**
     * The split rule, for these queries and any other judged set: a text is in the held-out half
     * when the first hex digit of the SHA-256 of its normalised form (Unicode NFKC, lower case,
     * white space runs as one space, trimmed) is 8 to f.
     */
    public static boolean heldOut(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        return Character.digit(Sha256.hex(normal).charAt(0), 16) >= 8;
    }

    public Judgements {
        queries = List.copyOf(queries);
    }

    public static Judgements load(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        List<JudgedQuery> queries = new ArrayList<>();
        for (JsonNode query : root.path("queries")) {
            List<Judgement> relevant = new ArrayList<>();
            for (JsonNode judgement : query.path("relevant")) {
                int grade = judgement.path("grade").asInt();
                if (grade < 1 || grade > 3) {
                    throw new IllegalArgumentException(file + ": grade must be 1 to 3 in " + judgement);
                }
                relevant.add(new Judgement(text(judgement, "document", file), text(judgement, "snippet", file), grade));
            }
            if (relevant.isEmpty()) {
                throw new IllegalArgumentException(
                        file + ": query " + query.path("query") + " has no relevant passages");
            }
            Map<String, List<String>> filters = new LinkedHashMap<>();
            query.path("filters").properties().forEach(entry -> {
                List<String> values = new ArrayList<>();
                entry.getValue().forEach(value -> values.add(value.asText()));
                filters.put(entry.getKey(), values);
            });
            queries.add(new JudgedQuery(text(query, "query", file), text(query, "kind", file), relevant, filters));
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException(file + ": no queries");
        }
        return new Judgements(queries);
    }

    private static String text(JsonNode node, String field, Path file) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(file + ": missing \"" + field + "\" in " + node);
        }
        return value;
    }
}
