package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.IsoDate;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

/**
 * One result: a finding (or, in document scope, a document), ready to show and to cite. Its JSON
 * is the API's: vocabulary values as their ids, the date as YYYY-MM-DD.
 *
 * @param id         the passage id (the document id in document scope)
 * @param documentId the document it comes from
 * @param date       the document's date as printed, or null
 * @param researchDate the date research counts it by (its inspection's end, for a letter printed
 *                   before its inspection), or null
 * @param section    the passage's section (null in document scope)
 * @param polarity   the passage's polarity (null in document scope)
 * @param responsible the partner an area for improvement or priority action names, or null
 * @param text       the passage as written (a short opening in document scope)
 * @param highlight  {@link #marked} as HTML: escaped text with {@code <mark>} around the matches
 * @param citation   how to cite it
 * @param url        where it is in the document page
 * @param marked     the same, as segments, for the server-rendered pages
 */
public record SearchHit(
        String id,
        String documentId,
        String title,
        String area,
        DocumentType type,
        @IsoDate.Json LocalDate date,
        @IsoDate.Json LocalDate researchDate,
        Section section,
        String heading,
        Polarity polarity,
        @JsonInclude(JsonInclude.Include.NON_NULL) String responsible,
        List<String> themes,
        String text,
        String highlight,
        String citation,
        String url,
        @JsonIgnore Highlight marked) {
    public SearchHit {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /**
     * A finding as a hit, cited and linked to its place in its document.
     *
     * @param id     the hit's id (the passage's own, or the search hit's when the source has none)
     * @param marked the passage's text with its matches
     */
    public static SearchHit finding(String id, PassageSource passage, Highlight marked) {
        DocumentFacts document = passage.document();
        return new SearchHit(
                id,
                passage.documentId(),
                document.title(),
                document.area(),
                document.type(),
                document.date(),
                document.researchDate(),
                passage.section(),
                passage.heading(),
                passage.polarity(),
                passage.responsible(),
                passage.themes(),
                passage.text(),
                marked.toHtml(),
                Citation.of(passage),
                SearchService.passageUrl(passage.documentId(), passage.ordinalOrZero()),
                marked);
    }

    /**
     * A whole document as a hit (document scope): no section, heading or polarity.
     *
     * @param opening the opening of its text, shown as the hit's text
     * @param marked  the matched fragments (or the opening when nothing was highlighted)
     */
    public static SearchHit document(
            String id, DocumentFacts document, List<String> themes, String opening, Highlight marked) {
        return new SearchHit(
                id,
                id,
                document.title(),
                document.area(),
                document.type(),
                document.date(),
                document.researchDate(),
                null,
                null,
                null,
                null,
                themes,
                opening,
                marked.toHtml(),
                Citation.of(document),
                SearchService.documentUrl(id),
                marked);
    }
}
