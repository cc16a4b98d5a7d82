package org.sendsearch.web.page;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.sendsearch.search.Facet;
import org.sendsearch.search.SearchQuery;

/**
 * The hidden inputs that carry a search's state through a form: every parameter of
 * {@link SearchQuery#parameters()} (the same list its links are made of) except the page, since a
 * submitted form starts again at page 1, and the fields the form shows itself.
 */
public final class SearchState {
    /** The filter fields: every facet and the two dates. */
    public static final Set<String> FILTERS = filters();

    private SearchState() {}

    /** Hidden inputs for {@code query}'s state but the page and {@code fields}. */
    public static void keep(Element form, SearchQuery query, Collection<String> fields) {
        for (SearchQuery.Parameter parameter : query.parameters()) {
            if (!parameter.name().equals("page") && !fields.contains(parameter.name())) {
                form.appendElement("input")
                        .attr("type", "hidden")
                        .attr("name", parameter.name())
                        .attr("value", parameter.value());
            }
        }
    }

    private static Set<String> filters() {
        Set<String> names = new HashSet<>(Set.of("from", "to"));
        for (Facet facet : Facet.values()) {
            names.add(facet.param());
        }
        return Set.copyOf(names);
    }
}
