package org.sendsearch.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The mixed workload: each entry is a named request as the API takes it (endpoint and query
 * parameters). Every search returns facet counts and highlighted passages, so every search
 * exercises both; "facets + highlights" is the default page of the UI's heaviest kind of search (a
 * theme filter and three words to highlight), then the same with 50 results per page. The insights
 * matrix (themes by area, weaknesses) and similar findings (for one passage) complete the mix.
 *
 * @param name     what kind of request it is, for the table
 * @param kind     which endpoint serves it
 * @param passage  the passage whose similar findings are asked for ({@link Kind#SIMILAR} only)
 * @param params   the API's query parameters
 */
record Workload(String name, Kind kind, String passage, Map<String, List<String>> params) {

    /** The endpoints measured. */
    enum Kind {
        SEARCH,
        MATRIX,
        SIMILAR,
        /** The Atom feed of a search ({@code /search.atom}), newest first. */
        ATOM,
        /**
         * How a quoted phrase has been used ({@code /api/phrases/usage}): directly, its one counting
         * request (the neighbours' embedding and kNN search run beside it in the API).
         */
        PHRASE_USAGE
    }

    /** Words people search for, recombined by {@link #distinct}: SEND terms, single and in pairs. */
    private static final List<String> WORDS = List.of(
            "assessment",
            "autism",
            "EHC plans",
            "CAMHS",
            "transition",
            "joint commissioning",
            "speech and language",
            "waiting times",
            "exclusions",
            "co-production",
            "local offer",
            "annual reviews",
            "preparation for adulthood",
            "health visitors",
            "short breaks",
            "mental health",
            "leadership",
            "identification",
            "parents",
            "tribunal",
            "attendance",
            "social care",
            "therapy",
            "ADHD",
            "quality assurance",
            "personal budgets",
            "complaints",
            "training",
            "SENCO",
            "early years");

    static List<Workload> mixed(List<String> areas, String passage) {
        List<Workload> all = new ArrayList<>();
        all.add(search("keyword", "q", "assessment"));
        all.add(search("quoted phrase", "q", "\"joint commissioning\""));
        all.add(search("acronym", "q", "CAMHS"));
        all.add(search(
                "filtered by area and polarity", "q", "EHC plans", "area", areas.get(0), "polarity", "weakness"));
        all.add(search("facets + highlights", "q", "autism waiting times", "theme", "neurodevelopmental"));
        all.add(search(
                "facets + highlights, 50 per page",
                "q",
                "autism waiting times",
                "theme",
                "neurodevelopmental",
                "size",
                "50"));
        all.add(search("keyword, other area", "q", "transition", "area", areas.get(Math.min(1, areas.size() - 1))));
        all.add(new Workload("insights matrix (themes by area, weaknesses)", Kind.MATRIX, null, parameters()));
        all.add(new Workload(
                "insights matrix by inspection (themes by area, weaknesses)",
                Kind.MATRIX,
                null,
                parameters("unit", "inspections")));
        all.add(new Workload(
                "insights matrix by inspection (themes by year, weaknesses)",
                Kind.MATRIX,
                null,
                parameters("unit", "inspections", "pivot", "year")));
        all.add(new Workload("similar findings", Kind.SIMILAR, passage, parameters()));
        all.add(new Workload(
                "Atom feed (q=autism waiting times)", Kind.ATOM, null, parameters("q", "autism waiting times")));
        all.add(new Workload(
                "phrase usage (q=\"joint commissioning\")",
                Kind.PHRASE_USAGE,
                null,
                parameters("q", "\"joint commissioning\"")));
        return all;
    }

    /**
     * The {@code i}-th of many different searches (two words or phrases, one area, sometimes a
     * polarity), so that no cache, ours or Elasticsearch's, can answer one from an earlier one.
     */
    static Workload distinct(long i, List<String> areas) {
        String first = WORDS.get((int) (i % WORDS.size()));
        String second = WORDS.get((int) ((i / WORDS.size() + 1 + i) % WORDS.size()));
        String area = areas.get((int) ((i / 7) % areas.size()));
        List<String> keyValues = new ArrayList<>(List.of("q", first + " " + second, "area", area));
        if (i % 3 == 0) {
            keyValues.addAll(List.of("polarity", "weakness"));
        }
        return search("distinct", keyValues.toArray(String[]::new));
    }

    /**
     * The {@code i}-th variant of "facets + highlights" that no cache can answer from another: the
     * same words and theme, and a date range starting {@code i} days after 1 January 2000, which
     * for the first seventeen years or so excludes no document (the corpus starts in 2016).
     */
    static Workload facetsEachDifferent(long i) {
        String from = java.time.LocalDate.of(2000, 1, 1).plusDays(i % 5000).toString();
        return search(
                "facets + highlights, each different",
                "q",
                "autism waiting times",
                "theme",
                "neurodevelopmental",
                "from",
                from);
    }

    /** The {@code i}-th matrix by inspection with a date range no earlier one had: no cache answers it. */
    static Workload matrixEachDifferent(long i) {
        String from = java.time.LocalDate.of(2000, 1, 1).plusDays(i % 5000).toString();
        return new Workload(
                "insights matrix by inspection, each different",
                Kind.MATRIX,
                null,
                parameters("unit", "inspections", "from", from));
    }

    private static Workload search(String name, String... keyValues) {
        return new Workload(name, Kind.SEARCH, null, parameters(keyValues));
    }

    private static Map<String, List<String>> parameters(String... keyValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        return params;
    }

    /** The API path and query string of this request. */
    String apiPath() {
        return switch (kind) {
            case SEARCH -> "/api/search?" + queryString();
            case MATRIX -> "/api/insights/matrix?" + queryString();
            case ATOM -> "/search.atom?" + queryString();
            case PHRASE_USAGE -> "/api/phrases/usage?" + queryString();
            case SIMILAR -> "/api/passages/" + URLEncoder.encode(passage, StandardCharsets.UTF_8) + "/similar";
        };
    }

    /** The query string of the API request. */
    String queryString() {
        StringJoiner joiner = new StringJoiner("&");
        params.forEach((key, values) ->
                values.forEach(value -> joiner.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return joiner.toString();
    }

    /** How the table names it: the query string for searches. */
    String label() {
        return kind == Kind.SEARCH ? name + " (" + queryString() + ")" : name;
    }
}
