package org.sendsearch.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendsearch.search.Facet;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.Vocabulary;
import org.sendsearch.web.page.FieldError;

/**
 * A search page request that {@link SearchQuery#parse} refused, turned into what the page shows
 * instead of an empty form (WCAG 3.3.1 and 3.3.3): the first problem, tied to the field it is
 * about, and the rest of the request kept as it was typed. The wrong parameter is found by
 * parsing again without each one in turn, so no error message is read for its words; search text
 * over the limit is kept cut to the limit rather than dropped.
 *
 * @param query the request without the wrong parts, which the page fills its form from
 * @param error the first problem, with the id of the field to fix
 * @param typed the values as typed of the fields the kept query leaves out (by field id), for the
 *              form to show again: the wrong value, and the other date of a wrong date range
 */
record KeptSearch(SearchQuery query, FieldError error, Map<String, String> typed) {
    KeptSearch {
        typed = Map.copyOf(typed);
    }

    /** The wrong value as typed, or null. */
    String shown() {
        return typed.get(error.fieldId());
    }
    /** The order the parameters are blamed in: the form's own order, so "from after to" blames From. */
    private static final List<String> ORDER = order();

    static KeptSearch of(Map<String, List<String>> params, Vocabulary vocabulary, InvalidSearchException first) {
        Map<String, List<String>> kept = new LinkedHashMap<>(params);
        String culprit = culprit(kept, vocabulary, first.getMessage());
        String shown = culprit == null || kept.getOrDefault(culprit, List.of()).size() != 1
                ? null
                : kept.get(culprit).get(0);
        boolean tooLong = "q".equals(culprit) && shown != null && shown.length() > SearchQuery.MAX_QUERY_LENGTH;
        String message = tooLong
                ? first.getMessage() + " It has been cut to its first " + SearchQuery.MAX_QUERY_LENGTH
                        + " characters: check the end of it, then search again."
                : first.getMessage();
        Map<String, String> typed = new LinkedHashMap<>();
        boolean dates = "from".equals(culprit) || "to".equals(culprit);
        if (dates && rangeReversed(kept)) {
            message = "The From date must be the same as or before the To date.";
        }
        FieldError error = new FieldError(fieldId(culprit), message);
        if (tooLong) {
            shown = shown.substring(0, SearchQuery.MAX_QUERY_LENGTH);
            kept.put("q", List.of(shown));
        } else if (dates) {
            // A wrong range is dropped whole (searching half of it would mislead) and both dates shown again.
            for (String date : List.of("from", "to")) {
                List<String> values = kept.remove(date);
                if (values != null && values.size() == 1) {
                    typed.put(fieldId(date), values.get(0));
                }
            }
        } else if (culprit != null) {
            kept.remove(culprit);
        } else {
            kept.clear();
        }
        if (shown != null) {
            typed.put(error.fieldId(), shown);
        }
        // Anything else wrong is dropped quietly: the first problem is the one to fix.
        for (int tries = 0; tries < 20; tries++) {
            try {
                return new KeptSearch(SearchQuery.parse(kept, vocabulary), error, typed);
            } catch (InvalidSearchException again) {
                String next = culprit(kept, vocabulary, again.getMessage());
                if (next == null) {
                    break;
                }
                kept.remove(next);
            }
        }
        return new KeptSearch(SearchQuery.browse(), error, typed);
    }

    /** Whether From and To are both real dates, From the later. */
    private static boolean rangeReversed(Map<String, List<String>> params) {
        try {
            List<String> from = params.getOrDefault("from", List.of());
            List<String> to = params.getOrDefault("to", List.of());
            return from.size() == 1
                    && to.size() == 1
                    && java.time.LocalDate.parse(from.get(0).strip())
                            .isAfter(java.time.LocalDate.parse(to.get(0).strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The first parameter (in form order) whose absence cures or changes the problem; null if none does. */
    private static String culprit(Map<String, List<String>> params, Vocabulary vocabulary, String message) {
        List<String> names = new ArrayList<>(params.keySet());
        names.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        for (String name : names) {
            Map<String, List<String>> without = new LinkedHashMap<>(params);
            without.remove(name);
            try {
                SearchQuery.parse(without, vocabulary);
                return name;
            } catch (InvalidSearchException e) {
                if (!e.getMessage().equals(message)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static int rank(String name) {
        int at = ORDER.indexOf(name);
        return at < 0 ? -1 : at; // an unknown parameter is blamed first: it is the likeliest culprit
    }

    /** The id of the field a problem with {@code param} is fixed in. */
    static String fieldId(String param) {
        if (param == null) {
            return "q";
        }
        return switch (param) {
            case "q" -> "q";
            case "from" -> "date-from";
            case "to" -> "date-to";
            case "sort" -> "sort";
            case "size" -> "size";
            case "scope" -> "scope-passages";
            default -> Facet.byParam(param).isPresent() ? "filters-heading" : "q";
        };
    }

    private static List<String> order() {
        List<String> names = new ArrayList<>(List.of("q", "scope"));
        for (Facet facet : Facet.values()) {
            names.add(facet.param());
        }
        names.addAll(List.of("from", "to", "sort", "size", "page"));
        return List.copyOf(names);
    }
}
