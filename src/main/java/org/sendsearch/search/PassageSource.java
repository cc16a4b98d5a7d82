package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * A passage as stored in the passages index: the finding plus the facet fields copied from its
 * document. Dates and keyword values are read as the strings the index holds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PassageSource(String id, String documentId, Integer ordinal, String section, String heading,
                            String polarity, List<String> themes, String text, Integer start, Integer end,
                            String title, String area, String region, String type, String year, String date,
                            String wsoaRequired, String leadInspector) {
    public PassageSource {
        themes = themes == null ? List.of() : List.copyOf(themes);
        text = text == null ? "" : text;
    }

    public int ordinalOrZero() {
        return ordinal == null ? 0 : ordinal;
    }
}
