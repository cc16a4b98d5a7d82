package org.sendsearch.insights;

import java.time.LocalDate;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.IsoDate;

/**
 * Everything about one local area: its inspections, each with the documents about it ({@link
 * InspectionLinker}), its documents in date order, the areas of significant
 * weakness it was told to address, its strengths and weaknesses by theme, and the data-quality
 * warnings extraction raised on its documents (so a reader knows which dates or labels to check),
 * and where it stands against its last full inspection ({@link Accountability}, null when the
 * collection holds no inspection report of it).
 */
public record AreaProfile(
        String area,
        String region,
        List<Inspection> inspections,
        List<TimelineEntry> timeline,
        List<SignificantWeakness> significantWeaknesses,
        List<ThemeBalance> themes,
        List<DocumentWarning> warnings,
        String searchUrl,
        Accountability accountability) {
    public AreaProfile {
        inspections = List.copyOf(inspections);
        timeline = List.copyOf(timeline);
        significantWeaknesses = List.copyOf(significantWeaknesses);
        themes = List.copyOf(themes);
        warnings = List.copyOf(warnings);
    }

    /**
     * One document on the timeline.
     *
     * @param date     the document's date, or null (undated documents come last)
     * @param wsoa     whether a written statement of action was required, or null if not stated
     * @param findings its findings in the index
     */
    public record TimelineEntry(
            String documentId,
            String title,
            DocumentType type,
            String typeLabel,
            @IsoDate.Json LocalDate date,
            String displayDate,
            Boolean wsoa,
            String outcome,
            long findings,
            List<String> warnings,
            String url,
            String citation) {
        public TimelineEntry {
            warnings = List.copyOf(warnings);
        }
    }

    /** An area of significant weakness as the letter put it, with the letter it is from. */
    public record SignificantWeakness(
            String text, String documentId, @IsoDate.Json LocalDate date, String url) {}

    /** A data-quality warning on one of the area's documents. */
    public record DocumentWarning(String documentId, String title, String warning, String url) {}
}
