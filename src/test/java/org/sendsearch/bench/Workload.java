package org.sendsearch.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The mixed search workload: each entry is a named search as the API takes it (query parameters).
 * Every API search returns facet counts and highlighted passages, so every entry exercises both;
 * "facets + highlights" is the default page of the UI's heaviest kind of search (a theme filter
 * and three words to highlight), then the same with 50 results per page.
 *
 * @param name   what kind of search it is, for the table
 * @param params the API's query parameters
 */
record Workload(String name, Map<String, List<String>> params) {

    static List<Workload> mixed(List<String> areas) {
        List<Workload> all = new ArrayList<>();
        all.add(of("keyword", "q", "assessment"));
        all.add(of("quoted phrase", "q", "\"joint commissioning\""));
        all.add(of("acronym", "q", "CAMHS"));
        all.add(of("filtered by area and polarity", "q", "EHC plans", "area", areas.get(0), "polarity", "weakness"));
        all.add(of("facets + highlights", "q", "autism waiting times", "theme", "neurodevelopmental"));
        all.add(of("facets + highlights, 50 per page", "q", "autism waiting times", "theme", "neurodevelopmental", "size", "50"));
        all.add(of("keyword, other area", "q", "transition", "area", areas.get(Math.min(1, areas.size() - 1))));
        return all;
    }

    private static Workload of(String name, String... keyValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.computeIfAbsent(keyValues[i], k -> new ArrayList<>()).add(keyValues[i + 1]);
        }
        return new Workload(name, params);
    }

    /** The query string of the API request. */
    String queryString() {
        StringJoiner joiner = new StringJoiner("&");
        params.forEach((key, values) -> values.forEach(value ->
                joiner.add(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return joiner.toString();
    }
}
