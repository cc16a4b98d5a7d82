package org.sendsearch.search;

/**
 * One value of a facet with the number of results it would give, counting the other facets'
 * filters but not its own (so choosing a second value adds to the results, as people expect).
 *
 * @param selected whether the search already filters on it
 */
public record FacetValue(String value, String label, long count, boolean selected) {}
