package org.sendsearch.insights;

import org.sendsearch.search.Facet;
import org.sendsearch.search.SearchQuery;

/**
 * Links from an insight back to the search that lists exactly the findings it counts. Every
 * number on the insights and area pages is such a link, so a researcher can always check a count
 * against the passages behind it.
 */
public final class Selections {
    private Selections() {}

    /**
     * The same search with {@code facet} narrowed to {@code value} alone. Adding a value to a
     * facet that already has some would OR it with them and count more than the cell shows, so the
     * facet's other values are dropped first.
     */
    public static SearchQuery only(SearchQuery request, Facet facet, String value) {
        SearchQuery narrowed = request;
        for (String existing : request.values(facet)) {
            narrowed = narrowed.withoutFilter(facet, existing);
        }
        return narrowed.withFilter(facet, value);
    }

    /** The search page URL of a request (first page). */
    public static String searchUrl(SearchQuery request) {
        String query = request.withPage(1).toQueryString();
        return query.isEmpty() ? "/search" : "/search?" + query;
    }
}
