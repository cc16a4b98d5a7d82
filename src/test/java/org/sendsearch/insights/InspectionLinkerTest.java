package org.sendsearch.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendsearch.ingest.DocumentFormat;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.Outcome;
import org.sendsearch.search.CouncilPaper;
import org.sendsearch.search.DocumentFacts;
import org.sendsearch.search.DocumentSource;
import org.sendsearch.search.InspectionFacts;
import org.sendsearch.search.StoredFile;

/** The linking rules over one area's documents, with literal documents. */
class InspectionLinkerTest {
    private static final LocalDate LETTER_END = LocalDate.of(2018, 3, 16);

    @Test
    void aLetterItsCopyItsRevisitAndTheResponsesMakeOneInspection() {
        List<Inspection> inspections = InspectionLinker.link(
                "Sefton",
                List.of(
                        doc("press", DocumentType.PRESS_RELEASE, "2018-05-20", null, null, null, null),
                        doc(
                                "letter",
                                DocumentType.INSPECTION_LETTER,
                                "2018-04-20",
                                "2018-03-12",
                                "2018-03-16",
                                Framework.JOINT_LOCAL_AREA_2016,
                                null),
                        doc(
                                "letter-pdf",
                                DocumentType.INSPECTION_LETTER,
                                "2018-04-20",
                                "2018-03-12",
                                "2018-03-16",
                                Framework.JOINT_LOCAL_AREA_2016,
                                null),
                        doc(
                                "revisit",
                                DocumentType.REVISIT_LETTER,
                                "2020-02-01",
                                null,
                                null,
                                Framework.JOINT_LOCAL_AREA_2016,
                                Outcome.INSUFFICIENT_PROGRESS),
                        doc(
                                "cabinet",
                                DocumentType.COUNCIL_REPORT,
                                "2018-09-01",
                                "2018-03-12",
                                "2018-03-16",
                                null,
                                null)));
        assertEquals(1, inspections.size(), inspections.toString());
        Inspection inspection = inspections.get(0);
        assertEquals("sefton-2016-" + LETTER_END, inspection.id());
        assertEquals(List.of("letter", "letter-pdf"), ids(inspection.reports()));
        assertEquals(List.of("revisit"), ids(inspection.followUps()));
        assertEquals(Inspection.Link.FOLLOWS, inspection.followUps().get(0).how());
        assertEquals(List.of("press", "cabinet"), ids(inspection.responses()), "in date order");
        assertEquals(Inspection.Link.AFTER, inspection.responses().get(0).how());
        assertEquals(Inspection.Link.STATES_DATES, inspection.responses().get(1).how());
        assertTrue(inspection.wsoaRequired());
    }

    @Test
    void aResponseGoesToTheLatestInspectionOfItsFrameworkAndNotToOneLongBefore() {
        List<Inspection> inspections = InspectionLinker.link(
                "Sefton",
                List.of(
                        doc(
                                "letter",
                                DocumentType.INSPECTION_LETTER,
                                "2018-04-20",
                                "2018-03-12",
                                "2018-03-16",
                                Framework.JOINT_LOCAL_AREA_2016,
                                null),
                        doc(
                                "report",
                                DocumentType.INSPECTION_REPORT,
                                "2024-03-08",
                                "2024-03-04",
                                "2024-03-08",
                                Framework.AREA_SEND_2023,
                                Outcome.SYSTEMIC_FAILINGS),
                        doc(
                                "monitoring",
                                DocumentType.MONITORING_REPORT,
                                "2025-10-10",
                                "2025-10-06",
                                "2025-10-10",
                                Framework.AREA_SEND_2023,
                                null),
                        doc("old-news", DocumentType.PRESS_RELEASE, "2023-01-10", null, null, null, null),
                        doc("forum", DocumentType.FORUM_POST, "2024-04-01", null, null, Framework.AREA_SEND_2023, null),
                        doc(
                                "wsoa-news",
                                DocumentType.PRESS_RELEASE,
                                "2024-05-01",
                                null,
                                null,
                                Framework.JOINT_LOCAL_AREA_2016,
                                null)));
        assertEquals(2, inspections.size(), inspections.toString());
        Inspection first = inspections.get(0);
        Inspection second = inspections.get(1);
        assertTrue(first.responses().isEmpty(), "news more than four years on is linked to no inspection");
        assertTrue(
                inspections.stream().noneMatch(i -> ids(i.responses()).contains("wsoa-news")),
                "a 2016-framework paper is not linked to the 2023 inspection, and its own was too long before");
        assertEquals(Outcome.SYSTEMIC_FAILINGS, second.outcome());
        assertEquals(List.of("monitoring"), ids(second.followUps()), "a monitoring report follows the 2023 report");
        assertEquals(List.of("forum"), ids(second.responses()));
        assertNull(first.outcome());
    }

    @Test
    void papersNamingAnInspectionNotInTheCollectionMakeItsRecord() {
        List<Inspection> inspections = InspectionLinker.link(
                "Wirral",
                List.of(doc(
                        "board",
                        DocumentType.COUNCIL_REPORT,
                        "2022-02-07",
                        "2021-09-27",
                        "2021-10-01",
                        Framework.JOINT_LOCAL_AREA_2016,
                        null)));
        assertEquals(1, inspections.size());
        assertTrue(inspections.get(0).reports().isEmpty());
        assertEquals(LocalDate.of(2021, 9, 27), inspections.get(0).start());
        assertEquals(
                Inspection.Link.STATES_DATES,
                inspections.get(0).responses().get(0).how());
    }

    private static List<String> ids(List<Inspection.Linked> linked) {
        return linked.stream().map(Inspection.Linked::documentId).toList();
    }

    private static DocumentSource doc(
            String id, DocumentType type, String date, String start, String end, Framework framework, Outcome outcome) {
        LocalDate printed = LocalDate.parse(date);
        DocumentFacts facts = new DocumentFacts(
                id,
                "Sefton",
                "North West",
                type,
                printed.getYear(),
                printed,
                type == DocumentType.INSPECTION_LETTER ? Boolean.TRUE : null,
                null,
                printed,
                framework,
                null,
                outcome);
        InspectionFacts inspection = new InspectionFacts(
                start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of());
        return new DocumentSource(
                id,
                new StoredFile(id + ".txt", DocumentFormat.TXT, 1L, "x", "corpus"),
                facts,
                inspection,
                new CouncilPaper(null, null, null),
                List.of(),
                List.of(),
                "");
    }
}
