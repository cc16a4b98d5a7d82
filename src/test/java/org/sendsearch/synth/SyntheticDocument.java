package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.List;
import org.sendsearch.model.DocumentType;

/**
 * A generated document before it is written to a file: what it is meant to be (type, area, date,
 * which extraction should find again) and its blocks.
 *
 * @param stem  the file name without extension, unique within a generated corpus
 * @param type  the document type extraction should recognise
 * @param area  the local authority's short name, as in the authority table
 * @param date  the letter, meeting or publication date
 * @param style how headings are marked in plain text (council reports use Markdown, letters plain lines)
 * @param parts the blocks, in order
 */
public record SyntheticDocument(
        String stem, DocumentType type, String area, LocalDate date, TextStyle style, List<Part> parts) {

    /** How plain text marks headings and bullets, as the real sources vary. */
    public enum TextStyle {
        /** Headings as lines of their own, bullets as "- " (the converted inspection letters). */
        PLAIN,
        /** Headings as "## **HEADING**", as in the converted council reports. */
        MARKDOWN
    }

    public SyntheticDocument {
        parts = List.copyOf(parts);
    }
}
