package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A document as stored in the documents index (the fields of the extraction's
 * {@code ExtractedDocument} without its passages, which live in the passages index). Dates and
 * keyword values are read as the strings the index holds. {@code source} is the folder or file the
 * document was indexed from (null in indices made before sources were kept).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentSource(String id, String sourcePath, String format, Long sizeBytes, String sha256,
                             String type, String area, String region, String title, String date, String year,
                             String inspectionStart, String inspectionEnd, String wsoaRequired,
                             List<String> significantWeaknesses, String outcome, String leadInspector,
                             List<String> inspectors, List<String> addressees, List<String> healthBodies,
                             String committee, String meetingDate, String author, List<String> warnings,
                             List<String> themes, String text, String source) {
    public DocumentSource {
        significantWeaknesses = orEmpty(significantWeaknesses);
        inspectors = orEmpty(inspectors);
        addressees = orEmpty(addressees);
        healthBodies = orEmpty(healthBodies);
        warnings = orEmpty(warnings);
        themes = orEmpty(themes);
        text = text == null ? "" : text;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
