package org.sendsearch.ingest;

import java.time.LocalDate;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.Outcome;
import org.sendsearch.model.PublishedAddress;
import org.sendsearch.model.RevisitProgress;

/**
 * A document and what was found in it, with fields named as in the index. Values not stated in
 * the document are null (or empty lists); {@code warnings} says where the document contradicts
 * itself or something expected is missing.
 *
 * @param id                    stable id from the path relative to the corpus root (slug + short hash)
 * @param sourcePath            path relative to the corpus root, with '/' separators
 * @param format                file format
 * @param sizeBytes             file size
 * @param sha256                hex SHA-256 of the file's bytes
 * @param type                  document type
 * @param area                  the local authority's short name ("Knowsley"), or null
 * @param region                region of England of that authority, or null
 * @param title                 the document's title as written
 * @param date                  letter, meeting or publication date as written
 * @param researchDate          the date research counts the document by: its own date, unless it is
 *                              an inspectorate document printed before its inspection ended (then the
 *                              inspection's last day, with a warning); the inspection's last day if
 *                              it has no date of its own
 * @param year                  the year of {@code researchDate}
 * @param inspectionStart       first day of the inspection
 * @param inspectionEnd         last day of the inspection
 * @param wsoaRequired          whether a Written Statement of Action was required; null if not stated
 * @param significantWeaknesses the listed areas of significant weakness, one string each
 * @param outcome               the outcome wording of a 2023-framework report (or revisit letter)
 * @param outcomeValue          that outcome as one of the fixed values, or null
 * @param framework             the inspection framework the document belongs to, or null if it cannot be told
 * @param inspectionId          the key of the inspection it is about ({@link org.sendsearch.model.InspectionKey}),
 *                              when it names that inspection's dates: a letter's or report's own, a
 *                              monitoring report's full inspection, a council paper's stated dates
 * @param previousInspectionStart first day of the previous inspection a 2023 report names
 * @param previousInspectionEnd last day of it
 * @param nextInspection        when the next full inspection is due, as stated ("within approximately 3 years")
 * @param nextInspectionBy      the inspection's last day plus that period
 * @param monitoringBy          the inspection's last day plus the period stated for a monitoring inspection
 * @param priorityActions       a 2023 report's areas for priority action, one string each
 * @param areasForImprovement   its areas for improvement
 * @param revisitProgress       a revisit letter's verdict on each significant weakness
 * @param leadInspector         the lead inspector's name
 * @param inspectors            the other inspectors of the team
 * @param addressees            the people the letter is addressed to
 * @param healthBodies          clinical commissioning groups and integrated care boards named
 * @param committee             the committee or board a council report goes to
 * @param meetingDate           the date of that meeting
 * @param author                the council report's author
 * @param warnings              data-quality warnings, one sentence each
 * @param publishedAddress      where the document is published on the web, and how that is known
 *                              ({@link PublishedAddresses}), or null
 * @param text                  the cleaned text
 * @param passages              the findings and paragraphs, in document order
 */
public record ExtractedDocument(
        String id,
        String sourcePath,
        DocumentFormat format,
        long sizeBytes,
        String sha256,
        DocumentType type,
        String area,
        String region,
        String title,
        LocalDate date,
        LocalDate researchDate,
        Integer year,
        LocalDate inspectionStart,
        LocalDate inspectionEnd,
        Boolean wsoaRequired,
        List<String> significantWeaknesses,
        String outcome,
        Outcome outcomeValue,
        Framework framework,
        String inspectionId,
        LocalDate previousInspectionStart,
        LocalDate previousInspectionEnd,
        String nextInspection,
        LocalDate nextInspectionBy,
        LocalDate monitoringBy,
        List<String> priorityActions,
        List<String> areasForImprovement,
        List<RevisitProgress> revisitProgress,
        String leadInspector,
        List<String> inspectors,
        List<String> addressees,
        List<String> healthBodies,
        String committee,
        LocalDate meetingDate,
        String author,
        List<String> warnings,
        PublishedAddress publishedAddress,
        String text,
        List<Passage> passages)
        implements ExtractionOutcome {

    public ExtractedDocument {
        significantWeaknesses = List.copyOf(significantWeaknesses);
        priorityActions = List.copyOf(priorityActions);
        areasForImprovement = List.copyOf(areasForImprovement);
        revisitProgress = List.copyOf(revisitProgress);
        inspectors = List.copyOf(inspectors);
        addressees = List.copyOf(addressees);
        healthBodies = List.copyOf(healthBodies);
        warnings = List.copyOf(warnings);
        passages = List.copyOf(passages);
    }
}
