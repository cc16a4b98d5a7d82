package org.sendsearch.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

/**
 * One finding or paragraph of a document.
 *
 * @param id       the document id, a hyphen and the ordinal
 * @param ordinal  0-based position among the document's passages
 * @param section  the part of the document it belongs to
 * @param heading  the heading path as written, levels joined by " > " (empty if none)
 * @param polarity strength, weakness, significant weakness, action or neutral
 * @param themes   ids of the themes it mentions, in taxonomy order
 * @param text     the passage, exactly {@code document.text().substring(start, end)}
 * @param start    offset of the first character in the document's cleaned text
 * @param end      offset just past the last character
 * @param responsible the partner an area for improvement or priority action names as responsible
 *                 (a table's "Responsible body" cell, or the item's subject); null for other passages
 * @param standard true for the standard text every letter repeats (section {@code standard}, neutral):
 *                 searchable, but not a finding (written only when true)
 */
public record Passage(
        String id,
        int ordinal,
        Section section,
        String heading,
        Polarity polarity,
        List<String> themes,
        String text,
        int start,
        int end,
        @JsonInclude(JsonInclude.Include.NON_NULL) String responsible,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean standard) {

    public Passage {
        themes = List.copyOf(themes);
    }
}
