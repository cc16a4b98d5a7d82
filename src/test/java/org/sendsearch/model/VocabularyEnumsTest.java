package org.sendsearch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VocabularyEnumsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyIdRoundTripsAndIdsAndLabelsAreUnique() throws Exception {
        roundTrips(DocumentType.values(), DocumentType::fromId, DocumentType.class);
        roundTrips(Section.values(), Section::fromId, Section.class);
        roundTrips(Polarity.values(), Polarity::fromId, Polarity.class);
        roundTrips(Framework.values(), Framework::fromId, Framework.class);
        roundTrips(Outcome.values(), Outcome::fromId, Outcome.class);
    }

    private static <E extends Identified> void roundTrips(E[] values, Function<String, E> fromId, Class<E> type)
            throws Exception {
        for (E value : values) {
            assertEquals(value, fromId.apply(value.id()));
            assertEquals("\"" + value.id() + "\"", JSON.writeValueAsString(value));
            assertEquals(value, JSON.readValue("\"" + value.id() + "\"", type));
            assertFalse(value.label().isBlank());
        }
        assertEquals(
                values.length,
                new HashSet<>(Arrays.stream(values).map(Identified::id).toList()).size());
        assertEquals(
                values.length,
                new HashSet<>(Arrays.stream(values).map(Identified::label).toList()).size());
    }

    @Test
    void theStoredIdsAreThoseTheIndexAlreadyHolds() {
        assertEquals(
                List.of(
                        "inspection-letter",
                        "inspection-report",
                        "revisit-letter",
                        "monitoring-report",
                        "council-report",
                        "press-release",
                        "forum-post",
                        "other"),
                Arrays.stream(DocumentType.values()).map(DocumentType::id).toList());
        assertEquals(
                List.of(
                        "main-findings",
                        "identifying",
                        "meeting-needs",
                        "improving-outcomes",
                        "experiences",
                        "effective",
                        "do-better",
                        "priority-actions",
                        "areas-for-improvement",
                        "significant-weaknesses",
                        "summary",
                        "recommendations",
                        "background",
                        "standard",
                        "progress",
                        "other"),
                Arrays.stream(Section.values()).map(Section::id).toList());
        assertEquals(
                List.of(
                        "strength",
                        "weakness",
                        "significant-weakness",
                        "area-for-improvement",
                        "priority-action",
                        "action",
                        "neutral"),
                Arrays.stream(Polarity.values()).map(Polarity::id).toList());
    }

    @Test
    void anUnknownIdIsRejectedNamingTheVocabularyTheIdAndTheAllowedIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Polarity.fromId("weak"));
        assertEquals(
                "Unknown polarity 'weak': expected one of strength, weakness, significant-weakness,"
                        + " area-for-improvement, priority-action, action, neutral",
                e.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DocumentType.fromId("INSPECTION_LETTER"))
                .getMessage()
                .startsWith("Unknown document type 'INSPECTION_LETTER': expected one of inspection-letter,"));
        assertThrows(IllegalArgumentException.class, () -> Section.fromId(null));
        ValueInstantiationException json =
                assertThrows(ValueInstantiationException.class, () -> JSON.readValue("\"sideways\"", Section.class));
        assertTrue(json.getMessage().contains("Unknown section 'sideways'"), json.getMessage());
    }

    @Test
    void inspectionDocumentsAndWeaknessesAreDefinedOnce() {
        assertEquals(
                List.of(
                        DocumentType.INSPECTION_LETTER,
                        DocumentType.INSPECTION_REPORT,
                        DocumentType.REVISIT_LETTER,
                        DocumentType.MONITORING_REPORT),
                Arrays.stream(DocumentType.values())
                        .filter(DocumentType::isInspectorateLetter)
                        .toList());
        assertEquals(
                List.of(DocumentType.COUNCIL_REPORT, DocumentType.PRESS_RELEASE),
                Arrays.stream(DocumentType.values())
                        .filter(DocumentType::isCouncilDocument)
                        .toList());
        assertEquals(
                List.of(
                        Polarity.WEAKNESS,
                        Polarity.SIGNIFICANT_WEAKNESS,
                        Polarity.AREA_FOR_IMPROVEMENT,
                        Polarity.PRIORITY_ACTION),
                Polarity.WEAKNESSES);
        assertEquals(
                List.of("weakness", "significant-weakness", "area-for-improvement", "priority-action"),
                Polarity.weaknessIds());
        assertTrue(Polarity.isWeaknessId("significant-weakness"));
        assertFalse(Polarity.isWeaknessId("strength"));
        assertFalse(Polarity.isWeaknessId(null));
        assertEquals(
                List.of(Section.IDENTIFYING, Section.MEETING_NEEDS, Section.IMPROVING_OUTCOMES),
                Arrays.stream(Section.values())
                        .filter(Section::isInspectedQuestion)
                        .toList());
        assertEquals(Optional.of(Framework.AREA_SEND_2023), DocumentType.INSPECTION_REPORT.framework());
        assertEquals(Optional.empty(), DocumentType.COUNCIL_REPORT.framework());
    }

    @Test
    void concernsAreTheOutcomesThatRecordOne() {
        assertTrue(Outcome.SYSTEMIC_FAILINGS.isConcern());
        assertTrue(Outcome.INSUFFICIENT_PROGRESS.isConcern());
        assertFalse(Outcome.POSITIVE.isConcern());
    }
}
