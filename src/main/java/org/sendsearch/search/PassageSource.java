package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

/**
 * A passage as stored in the passages index: the finding plus the facts copied from its document,
 * which the stored JSON holds as flat fields beside the passage's own ({@code @JsonUnwrapped}).
 * Document-scope searches read documents into this record too: then only {@code id},
 * {@code themes}, {@code text} and {@code document} are filled.
 *
 * @param id         the passage id (the document id, in document scope)
 * @param documentId the document it belongs to
 * @param ordinal    0-based position among the document's passages
 * @param section    the part of the document it belongs to
 * @param heading    the heading path as written
 * @param polarity   strength, weakness ...
 * @param themes     ids of the themes it mentions
 * @param text       the passage ("" when not stored)
 * @param start      offset of its first character in the document's cleaned text
 * @param end        offset just past its last character
 * @param responsible the partner an area for improvement or priority action names, or null
 * @param document   the document's facts
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PassageSource(
        String id,
        String documentId,
        Integer ordinal,
        Section section,
        String heading,
        Polarity polarity,
        List<String> themes,
        String text,
        Integer start,
        Integer end,
        @JsonInclude(JsonInclude.Include.NON_NULL) String responsible,
        @JsonUnwrapped DocumentFacts document) {
    public PassageSource {
        themes = themes == null ? List.of() : List.copyOf(themes);
        text = text == null ? "" : text;
        document = document == null ? DocumentFacts.absent() : document;
    }

    public int ordinalOrZero() {
        return ordinal == null ? 0 : ordinal;
    }
}
