package org.sendsearch.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A validated search: what was typed, where to look, the chosen facet values, the date range, the
 * order and the page. Built only by {@link #parse} (from URL parameters, rejecting anything it does
 * not understand with a message saying what was wrong) or by the {@code with...} methods, so every
 * instance is valid. {@link #toQueryString()} gives the URL parameters back, which is how pages link
 * to a changed search and why the whole state of a search lives in its URL.
 *
 * @param query   the text as typed, trimmed; empty means "everything" (browse by facets)
 * @param scope   findings or documents
 * @param filters chosen values per facet; values of one facet are OR'ed, facets AND'ed
 * @param from    earliest document date, inclusive, or null
 * @param to      latest document date, inclusive, or null
 * @param sort    result order
 * @param page    1-based page number
 * @param size    results per page
 */
public record SearchQuery(
        String query,
        Scope scope,
        Map<Facet, List<String>> filters,
        LocalDate from,
        LocalDate to,
        ResultOrder sort,
        int page,
        int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The page sizes offered in the UI; the API takes any size from 1 to {@link #MAX_SIZE}. */
    public static final List<Integer> PAGE_SIZES = List.of(10, 20, 50);

    public static final int MAX_QUERY_LENGTH = 500;
    /** Elasticsearch's default result window: deeper pages need a scroll, which no one reading needs. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    static final int MAX_VALUE_LENGTH = 100;
    static final int MAX_VALUES_PER_FACET = 50;

    private static final Set<String> SCALAR_PARAMS = Set.of("q", "scope", "from", "to", "sort", "page", "size");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public SearchQuery {
        query = query == null ? "" : query.strip();
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, List.copyOf(new LinkedHashSet<>(values)));
            }
        });
        filters = Collections.unmodifiableMap(copy);
    }

    /** The first page of everything, as the search page shows before anything is typed. */
    public static SearchQuery browse() {
        return new SearchQuery("", Scope.PASSAGES, Map.of(), null, null, ResultOrder.RELEVANCE, 1, DEFAULT_SIZE);
    }

    /**
     * Reads URL parameters. Facet parameters may repeat; the others may appear once. Unknown
     * parameters are refused too: a misspelt filter that silently filtered nothing would mislead.
     */
    public static SearchQuery parse(Map<String, List<String>> params, Vocabulary vocabulary) {
        for (String name : params.keySet()) {
            if (!SCALAR_PARAMS.contains(name) && Facet.byParam(name).isEmpty()) {
                throw new InvalidSearchException(
                        "Unknown parameter '" + shorten(name) + "'. Known parameters: q, scope, "
                                + String.join(", ", facetParams())
                                + ", from, to, sort, page, size.");
            }
        }
        String query = single(params, "q", "");
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearchException(
                    "The search text is too long: at most " + MAX_QUERY_LENGTH + " characters.");
        }
        String scopeId = single(params, "scope", Scope.PASSAGES.id());
        Scope scope = Scope.byId(scopeId)
                .orElseThrow(() -> new InvalidSearchException(
                        "scope must be 'passages' or 'documents', not '" + shorten(scopeId) + "'."));
        String sortId = single(params, "sort", ResultOrder.RELEVANCE.id());
        ResultOrder sort = ResultOrder.byId(sortId)
                .orElseThrow(() -> new InvalidSearchException(
                        "sort must be 'relevance', 'newest' or 'oldest', not '" + shorten(sortId) + "'."));
        int page = number(params, "page", 1);
        int size = number(params, "size", DEFAULT_SIZE);
        if (page < 1) {
            throw new InvalidSearchException("page must be 1 or more, not " + page + ".");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidSearchException("size must be between 1 and " + MAX_SIZE + ", not " + size + ".");
        }
        if ((long) page * size > MAX_RESULT_WINDOW) {
            throw new InvalidSearchException("page " + page + " of " + size + " results is beyond the first "
                    + MAX_RESULT_WINDOW + " results; narrow the search with filters instead.");
        }
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidSearchException("from (" + from + ") is after to (" + to + ").");
        }
        EnumMap<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = params.getOrDefault(facet.param(), List.of()).stream()
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .toList();
            if (values.isEmpty()) {
                continue;
            }
            if (!facet.appliesTo(scope)) {
                throw new InvalidSearchException("The " + facet.param() + " filter applies to findings only, not to "
                        + "scope=" + scope.id() + ".");
            }
            if (values.size() > MAX_VALUES_PER_FACET) {
                throw new InvalidSearchException(
                        "Too many " + facet.param() + " values: at most " + MAX_VALUES_PER_FACET + ".");
            }
            List<String> checked = new ArrayList<>();
            for (String value : values) {
                checked.add(checkValue(facet, value, vocabulary));
            }
            filters.put(facet, checked);
        }
        return new SearchQuery(query, scope, filters, from, to, sort, page, size);
    }

    private static String checkValue(Facet facet, String value, Vocabulary vocabulary) {
        if (value.length() > MAX_VALUE_LENGTH || CONTROL.matcher(value).find()) {
            throw new InvalidSearchException("The " + facet.param() + " value is too long or has control characters.");
        }
        if (facet == Facet.WSOA) {
            return switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes" -> "true";
                case "false", "no" -> "false";
                default ->
                    throw new InvalidSearchException("wsoa must be 'true' or 'false', not '" + shorten(value) + "'.");
            };
        }
        if (facet == Facet.YEAR && !YEAR.matcher(value).matches()) {
            throw new InvalidSearchException(
                    "year must be a four-digit year such as 2019, not '" + shorten(value) + "'.");
        }
        vocabulary.fixedValues(facet).ifPresent(known -> {
            if (!known.containsKey(value)) {
                throw new InvalidSearchException("Unknown " + facet.param() + " '" + shorten(value)
                        + "'. Known values: " + String.join(", ", known.keySet()) + ".");
            }
        });
        return value;
    }

    private static List<String> facetParams() {
        List<String> names = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            names.add(facet.param());
        }
        return names;
    }

    private static String single(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new InvalidSearchException(
                    "The parameter '" + name + "' was given " + values.size() + " times; give it once.");
        }
        if (values.isEmpty() || values.get(0).isBlank()) {
            return fallback;
        }
        return values.get(0).strip();
    }

    private static int number(Map<String, List<String>> params, String name, int fallback) {
        String value = single(params, name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidSearchException(name + " must be a whole number, not '" + shorten(value) + "'.");
        }
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String value = single(params, name, null);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidSearchException(
                    name + " must be a date written YYYY-MM-DD, not '" + shorten(value) + "'.");
        }
    }

    private static String shorten(String value) {
        String clean = CONTROL.matcher(value).replaceAll("?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    public boolean hasFilters() {
        return !filters.isEmpty() || from != null || to != null;
    }

    public List<String> values(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public boolean isSelected(Facet facet, String value) {
        return values(facet).contains(value);
    }

    /** The index of the first result, for Elasticsearch's {@code from}. */
    public int offset() {
        return (page - 1) * size;
    }

    public SearchQuery withQuery(String newQuery) {
        return new SearchQuery(newQuery, scope, filters, from, to, sort, 1, size);
    }

    public SearchQuery withPage(int newPage) {
        return new SearchQuery(query, scope, filters, from, to, sort, newPage, size);
    }

    /** The same search in another scope, dropping the filters that scope does not have. */
    public SearchQuery withScope(Scope newScope) {
        EnumMap<Facet, List<String>> kept = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (facet.appliesTo(newScope)) {
                kept.put(facet, values);
            }
        });
        return new SearchQuery(query, newScope, kept, from, to, sort, 1, size);
    }

    public SearchQuery withFilter(Facet facet, String value) {
        EnumMap<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        List<String> values = new ArrayList<>(values(facet));
        values.add(value);
        changed.put(facet, values);
        return new SearchQuery(query, scope, changed, from, to, sort, 1, size);
    }

    public SearchQuery withoutFilter(Facet facet, String value) {
        EnumMap<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(filters);
        List<String> values = new ArrayList<>(values(facet));
        values.remove(value);
        changed.put(facet, values);
        return new SearchQuery(query, scope, changed, from, to, sort, 1, size);
    }

    public SearchQuery withoutDates() {
        return new SearchQuery(query, scope, filters, null, null, sort, 1, size);
    }

    public SearchQuery withoutFilters() {
        return new SearchQuery(query, scope, Map.of(), null, null, sort, 1, size);
    }

    /**
     * The URL parameters of this search (without the leading '?'), leaving out defaults so links
     * stay short. Values are URL-encoded; the result is safe in an href once HTML-escaped.
     */
    public String toQueryString() {
        StringJoiner joiner = new StringJoiner("&");
        parameters()
                .forEach(parameter -> joiner.add(
                        parameter.name() + "=" + URLEncoder.encode(parameter.value(), StandardCharsets.UTF_8)));
        return joiner.toString();
    }

    /** One URL parameter of a search, unencoded. */
    public record Parameter(String name, String value) {}

    /**
     * The search as URL parameters, in a fixed order, defaults and empty values left out: what
     * {@link #toQueryString()} encodes, and what a page's form carries as hidden inputs, so that a
     * link and a form can never keep different state.
     */
    public List<Parameter> parameters() {
        List<Parameter> parameters = new ArrayList<>();
        add(parameters, "q", query);
        if (scope != Scope.PASSAGES) {
            add(parameters, "scope", scope.id());
        }
        filters.forEach((facet, values) -> values.forEach(value -> add(parameters, facet.param(), value)));
        add(parameters, "from", from == null ? "" : from.toString());
        add(parameters, "to", to == null ? "" : to.toString());
        if (sort != ResultOrder.RELEVANCE) {
            add(parameters, "sort", sort.id());
        }
        if (page != 1) {
            add(parameters, "page", Integer.toString(page));
        }
        if (size != DEFAULT_SIZE) {
            add(parameters, "size", Integer.toString(size));
        }
        return parameters;
    }

    private static void add(List<Parameter> parameters, String name, String value) {
        if (!value.isEmpty()) {
            parameters.add(new Parameter(name, value));
        }
    }
}
