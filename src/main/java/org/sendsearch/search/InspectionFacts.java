package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.sendsearch.model.IsoDate;
import org.sendsearch.model.RevisitProgress;

/**
 * What an inspection document states about the inspection, as its {@link DocumentSource} holds
 * it; null or empty for the other documents.
 *
 * @param inspectionStart       first day of the inspection
 * @param inspectionEnd         last day of the inspection
 * @param significantWeaknesses the listed areas of significant weakness, one string each
 * @param outcome               the outcome sentence as written (one of the {@link org.sendsearch.model.Outcome}s)
 * @param inspectors            the inspectors of the team other than the lead
 * @param addressees            the people the letter is addressed to
 * @param healthBodies          clinical commissioning groups and integrated care boards named
 * @param previousInspectionStart first day of the previous inspection a 2023 report names
 * @param previousInspectionEnd last day of it
 * @param nextInspection        when the next full inspection is due, as stated
 * @param nextInspectionBy      the inspection's last day plus that period
 * @param monitoringBy          the inspection's last day plus the period stated for a monitoring inspection
 * @param priorityActions       a 2023 report's areas for priority action
 * @param areasForImprovement   its areas for improvement
 * @param revisitProgress       a revisit letter's verdict on each significant weakness
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InspectionFacts(
        @IsoDate.Json LocalDate inspectionStart,
        @IsoDate.Json LocalDate inspectionEnd,
        List<String> significantWeaknesses,
        String outcome,
        List<String> inspectors,
        List<String> addressees,
        List<String> healthBodies,
        @IsoDate.Json LocalDate previousInspectionStart,
        @IsoDate.Json LocalDate previousInspectionEnd,
        String nextInspection,
        @IsoDate.Json LocalDate nextInspectionBy,
        @IsoDate.Json LocalDate monitoringBy,
        List<String> priorityActions,
        List<String> areasForImprovement,
        List<RevisitProgress> revisitProgress) {
    public InspectionFacts {
        priorityActions = orEmpty(priorityActions);
        areasForImprovement = orEmpty(areasForImprovement);
        revisitProgress = revisitProgress == null ? List.of() : List.copyOf(revisitProgress);
        significantWeaknesses = orEmpty(significantWeaknesses);
        inspectors = orEmpty(inspectors);
        addressees = orEmpty(addressees);
        healthBodies = orEmpty(healthBodies);
    }

    static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
