package org.sendsearch.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import org.sendsearch.model.IsoDate;

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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InspectionFacts(
        @IsoDate.Json LocalDate inspectionStart,
        @IsoDate.Json LocalDate inspectionEnd,
        List<String> significantWeaknesses,
        String outcome,
        List<String> inspectors,
        List<String> addressees,
        List<String> healthBodies) {
    public InspectionFacts {
        significantWeaknesses = orEmpty(significantWeaknesses);
        inspectors = orEmpty(inspectors);
        addressees = orEmpty(addressees);
        healthBodies = orEmpty(healthBodies);
    }

    static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
