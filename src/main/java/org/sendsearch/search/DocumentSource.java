package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A document as stored in the documents index (the fields of the extraction's
 * {@code ExtractedDocument} without its passages, which live in the passages index), plus the
 * themes of its passages and the source it was indexed from. The stored JSON is flat; its fields
 * are read into the parts below ({@code @JsonUnwrapped}), so a reader names the part it needs.
 *
 * @param id         the document id
 * @param file       where it came from
 * @param facts      the facts its passages carry too (type, area, date ...)
 * @param inspection what an inspection document states about the inspection
 * @param paper      what a council report states about its meeting
 * @param warnings   data-quality warnings, one sentence each
 * @param themes     the themes of its passages
 * @param text       the cleaned text ("" when not stored)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentSource(
        String id,
        @JsonUnwrapped StoredFile file,
        @JsonUnwrapped DocumentFacts facts,
        @JsonUnwrapped InspectionFacts inspection,
        @JsonUnwrapped CouncilPaper paper,
        List<String> warnings,
        List<String> themes,
        String text) {
    public DocumentSource {
        warnings = InspectionFacts.orEmpty(warnings);
        themes = InspectionFacts.orEmpty(themes);
        text = text == null ? "" : text;
    }
}
