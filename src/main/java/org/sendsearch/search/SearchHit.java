package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * One result: a finding (or, in document scope, a document), ready to show and to cite.
 *
 * @param id         the passage id (the document id in document scope)
 * @param documentId the document it comes from
 * @param date       the document's date, YYYY-MM-DD, or null
 * @param section    section id (null in document scope)
 * @param polarity   polarity id (null in document scope)
 * @param text       the passage as written (a short opening in document scope)
 * @param highlight  {@link #marked} as HTML: escaped text with {@code <mark>} around the matches
 * @param citation   how to cite it
 * @param url        where it is in the document page
 * @param marked     the same, as segments, for the server-rendered pages
 */
public record SearchHit(String id, String documentId, String title, String area, String type, String date,
                        String section, String heading, String polarity, List<String> themes, String text,
                        String highlight, String citation, String url, @JsonIgnore Highlight marked) {
    public SearchHit {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
