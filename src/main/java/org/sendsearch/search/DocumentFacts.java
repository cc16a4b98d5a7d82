package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.IsoDate;
import org.sendsearch.model.Outcome;
import org.sendsearch.model.PublishedAddress;

/**
 * The facts about a document that its passages carry too (the indexer copies them onto every
 * passage so that findings can be filtered by them): what a citation and a facet need. Read from
 * {@code _source} as flat fields of {@link PassageSource} and {@link DocumentSource}.
 *
 * @param title         the document's title as written, or null
 * @param area          the local authority's short name, or null
 * @param region        its region of England, or null
 * @param type          the document type, or null
 * @param year          the year of the document (of its inspection if undated), or null
 * @param date          the document's date, or null
 * @param wsoaRequired  whether a written statement of action was required; null if not stated
 * @param leadInspector the lead inspector's name, or null
 * @param researchDate  the date research counts the document by (its own, or its inspection's end
 *                      when it was printed before the inspection ended), or null
 * @param framework     the inspection framework, or null
 * @param inspectionId  the key of the inspection it is about, or null
 * @param outcomeValue  the outcome it states, or null
 * @param publishedAddress where it is published on the web, and how that is known, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentFacts(
        String title,
        String area,
        String region,
        DocumentType type,
        Integer year,
        @IsoDate.Json LocalDate date,
        Boolean wsoaRequired,
        String leadInspector,
        @IsoDate.Json LocalDate researchDate,
        Framework framework,
        String inspectionId,
        Outcome outcomeValue,
        PublishedAddress publishedAddress) {
    private static final DocumentFacts ABSENT =
            new DocumentFacts(null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The facts of a document whose published address is not known. */
    public DocumentFacts(
            String title,
            String area,
            String region,
            DocumentType type,
            Integer year,
            LocalDate date,
            Boolean wsoaRequired,
            String leadInspector,
            LocalDate researchDate,
            Framework framework,
            String inspectionId,
            Outcome outcomeValue) {
        this(
                title,
                area,
                region,
                type,
                year,
                date,
                wsoaRequired,
                leadInspector,
                researchDate,
                framework,
                inspectionId,
                outcomeValue,
                null);
    }

    /**
     * The published address when it may be shown as a link, else null: checked again on the way
     * out ({@link PublishedAddress#refusal}), as the index may hold what an older or another
     * indexer wrote.
     */
    public PublishedAddress linkableAddress() {
        return publishedAddress != null && PublishedAddress.isAcceptable(publishedAddress.url())
                ? publishedAddress
                : null;
    }

    /** No facts known: every field null. */
    public static DocumentFacts absent() {
        return ABSENT;
    }
}
