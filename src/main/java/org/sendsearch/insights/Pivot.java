package org.sendsearch.insights;

import java.util.Locale;
import org.sendsearch.search.Facet;
import org.sendsearch.search.InvalidSearchException;

/** What the columns of the theme matrix are: local areas (the default), years or inspection frameworks. */
public enum Pivot {
    AREA("area", Facet.AREA, "Local area"),
    YEAR("year", Facet.YEAR, "Year"),
    FRAMEWORK("framework", Facet.FRAMEWORK, "Inspection framework");

    private final String id;
    private final Facet facet;
    private final String label;

    Pivot(String id, Facet facet, String label) {
        this.id = id;
        this.facet = facet;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public Facet facet() {
        return facet;
    }

    public String label() {
        return label;
    }

    /** The columns in the plural, for headings: "areas", "years", "frameworks". */
    public String plural() {
        return switch (this) {
            case AREA -> "areas";
            case YEAR -> "years";
            case FRAMEWORK -> "frameworks";
        };
    }

    public static Pivot parse(String value) {
        if (value == null || value.isBlank()) {
            return AREA;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "area" -> AREA;
            case "year" -> YEAR;
            case "framework" -> FRAMEWORK;
            default ->
                throw new InvalidSearchException("pivot must be 'area', 'year' or 'framework', not '"
                        + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'.");
        };
    }
}
