package org.sendsearch.insights;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.sendsearch.model.DocumentType;
import org.sendsearch.search.Facet;
import org.sendsearch.search.InvalidSearchException;
import org.sendsearch.search.SearchQuery;

/**
 * Whose documents a matrix counts, as the {@code authors} parameter: inspectors' findings are
 * never mixed with what a council writes about itself unless asked for ({@link #ALL}). The choice
 * becomes a {@code type} filter on the search itself, so every link from the matrix carries it and
 * lists exactly the findings counted.
 */
public enum Authors {
    /** The inspection's own documents: 2016-2022 letters and 2023 reports (not revisits or monitoring). */
    INSPECTION(
            "inspection",
            "inspection letters and reports",
            type -> type == DocumentType.INSPECTION_LETTER || type == DocumentType.INSPECTION_REPORT),
    /** Every inspectorate document: the inspections, their revisits and monitoring inspections. */
    INSPECTORATE("inspectorate", "inspectorate documents", DocumentType::isInspectorateLetter),
    /** What councils publish: committee reports and minutes, press releases. */
    COUNCIL("council", "council documents", DocumentType::isCouncilDocument),
    /** Every document, whoever wrote it. */
    ALL("all", "all documents", type -> true);

    private final String id;
    private final String label;
    private final Predicate<DocumentType> includes;

    Authors(String id, String label, Predicate<DocumentType> includes) {
        this.id = id;
        this.label = label;
        this.includes = includes;
    }

    public String id() {
        return id;
    }

    /** In words, for captions ("inspection letters and reports"). */
    public String label() {
        return label;
    }

    /** The document type ids this choice counts, in the enum's order. */
    public List<String> typeIds() {
        return Arrays.stream(DocumentType.values())
                .filter(includes)
                .map(DocumentType::id)
                .toList();
    }

    /**
     * The search narrowed to these authors' documents: the types it already filters on that belong
     * to them, or all of theirs when it names none. A search naming another type is refused,
     * naming it, rather than silently dropping it or counting nothing.
     */
    public SearchQuery narrow(SearchQuery search) {
        if (this == ALL) {
            return search;
        }
        List<String> chosen = search.values(Facet.TYPE);
        List<String> mine = typeIds();
        if (chosen.isEmpty()) {
            SearchQuery narrowed = search;
            for (String type : mine) {
                narrowed = narrowed.withFilter(Facet.TYPE, type);
            }
            return narrowed;
        }
        List<String> others =
                chosen.stream().filter(type -> !mine.contains(type)).toList();
        if (!others.isEmpty()) {
            throw new InvalidSearchException("type " + String.join(", ", others) + " is not among the " + label
                    + " counted with authors=" + id + "; choose authors=all or another type.");
        }
        return search;
    }

    /** The choice named by {@code value}; {@code fallback} when it is absent. */
    public static Authors parse(String value, Authors fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String id = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(authors -> authors.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidSearchException(
                        "authors must be 'inspection', 'inspectorate', 'council' or 'all', not '"
                                + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'."));
    }
}
