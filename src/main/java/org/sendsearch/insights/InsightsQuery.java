package org.sendsearch.insights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendsearch.search.Facet;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.Scope;
import org.sendsearch.search.SearchQuery;
import org.sendsearch.search.Vocabulary;

/**
 * The selection an insight is about: any search (text, filters, dates) over findings, with the
 * polarity chosen by {@link PolarityChoice} rather than the search's own polarity facet, plus the
 * insight's own parameters (e.g. {@code pivot}) which are taken out before the rest is read as a
 * search. The search parser stays the one judge of what a valid search is.
 *
 * @param search the findings counted, polarity filter included, so links to it list exactly them
 */
public record InsightsQuery(SearchQuery search, Map<String, String> own) {

    /**
     * @param ownParams the parameters that belong to the insight (each may be given once)
     * @param polarityDefault the {@link PolarityChoice} when {@code polarity} is not given
     *                        ("weakness", "all"...)
     */
    public static InsightsQuery parse(
            Map<String, List<String>> params, Vocabulary vocabulary, Set<String> ownParams, String polarityDefault) {
        Map<String, List<String>> rest = new LinkedHashMap<>(params);
        Map<String, String> own = new LinkedHashMap<>();
        for (String name : ownParams) {
            List<String> values = rest.remove(name);
            if (values == null || values.isEmpty() || values.get(0).isBlank()) {
                continue;
            }
            if (values.size() > 1) {
                throw new InvalidSearchException(
                        "The parameter '" + name + "' was given " + values.size() + " times; give it once.");
            }
            own.put(name, values.get(0).strip());
        }
        List<String> scope = rest.getOrDefault("scope", List.of());
        if (!scope.isEmpty() && !scope.equals(List.of(Scope.PASSAGES.id()))) {
            throw new InvalidSearchException("Insights count findings: scope must be 'passages' or left out.");
        }
        List<String> given = rest.getOrDefault(Facet.POLARITY.param(), List.of());
        List<String> ids = PolarityChoice.expand(given.isEmpty() ? List.of(polarityDefault) : given);
        if (ids.isEmpty()) {
            rest.remove(Facet.POLARITY.param());
        } else {
            rest.put(Facet.POLARITY.param(), ids);
        }
        return new InsightsQuery(SearchQuery.parse(rest, vocabulary), Map.copyOf(own));
    }

    public String own(String name, String fallback) {
        return own.getOrDefault(name, fallback);
    }
}
