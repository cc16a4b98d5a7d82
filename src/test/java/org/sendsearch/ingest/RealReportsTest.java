package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;
import org.sendsearch.search.CorpusIndex;

/**
 * Real 2023-framework reports as Ofsted publishes them, read from {@code ../shared/real-reports/} when
 * that folder is there (it is not in the repository, whose users have other reports): type, outcome,
 * inspection dates, the three questions' sections and polarities, and no end matter among the findings.
 */
class RealReportsTest {
    private static final Path REPORTS = CorpusIndex.realReports();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hartlepool.pdf|Hartlepool|typically lead to positive|2023-03-13|2023-03-17|false|Alex Thorp",
                "dorset.pdf|Dorset|typically lead to positive|2024-03-11|2024-03-15|false|Leanne Thirlby",
                "wiltshire.pdf|Wiltshire|typically lead to positive|2024-10-14|2024-10-18|false|Matthew Barnes",
                "cornwall.pdf|Cornwall|lead to inconsistent experiences|2023-02-06|2023-02-10|false|Leanne Thirlby",
                "medway.pdf|Medway|lead to inconsistent experiences|2024-02-05|2024-02-09|false|Emma Leavey",
                "newham.pdf|Newham|lead to inconsistent experiences|2024-10-07|2024-10-11|false|Joanna Walters",
                "oxfordshire.pdf|Oxfordshire|widespread and/or systemic failings|2023-07-13|2023-07-21|true|Jo Petch",
                "lancashire.pdf|Lancashire|widespread and/or systemic failings|2024-12-09|2024-12-13|true|Sue Eastwood"
            })
    void aPublishedReportIsReadRight(
            String file, String area, String outcome, String start, String end, boolean priorityActions, String lead) {
        Path report = REPORTS.resolve(file);
        assumeTrue(Files.isRegularFile(report), "the real reports are not here: " + REPORTS);
        ExtractedDocument document = TestCorpus.document(report, REPORTS);

        assertEquals(DocumentType.INSPECTION_REPORT, document.type());
        assertEquals(area, document.area());
        assertTrue(document.outcome() != null && document.outcome().contains(outcome), document.outcome());
        assertEquals(LocalDate.parse(end), document.inspectionEnd());
        assertEquals(LocalDate.parse(start), document.inspectionStart());
        assertEquals(LocalDate.parse(end), document.date(), "dated by the inspection's last day");
        assertEquals(lead, document.leadInspector(), "Ofsted's lead inspector, from the inspection team");
        assertTrue(
                document.warnings().stream().noneMatch(w -> w.contains("before the end of the inspection")),
                document.warnings().toString());

        List<Passage> passages = document.passages();
        assertTrue(count(passages, Section.EXPERIENCES, null) >= 4, "experiences");
        assertTrue(count(passages, Section.EFFECTIVE, Polarity.STRENGTH) >= 5, "what is effective");
        assertTrue(count(passages, Section.DO_BETTER, Polarity.WEAKNESS) >= 3, "what to do better");
        assertTrue(
                count(passages, Section.AREAS_FOR_IMPROVEMENT, Polarity.AREA_FOR_IMPROVEMENT) >= 2,
                "areas for improvement, each a passage of its own");
        assertEquals(
                priorityActions,
                count(passages, Section.PRIORITY_ACTIONS, Polarity.PRIORITY_ACTION) >= 2,
                "areas for priority action, each a passage of its own");
        assertEquals(0, count(passages, Section.SIGNIFICANT_WEAKNESSES, null), "no 2016 significant weaknesses");
        for (Passage passage : passages) {
            if (passage.section().isActionList() && !passage.text().matches("^[a-z].*")) {
                assertNotNull(passage.responsible(), "the partner responsible for: " + passage.text());
                assertFalse(passage.text().contains("\t"), passage.text());
            }
            if (passage.section() == Section.PRIORITY_ACTIONS) {
                assertTrue(passage.responsible().matches(".*(?:Council|ICB).*"), passage.responsible());
                assertTrue(
                        passage.text().startsWith("Leaders"),
                        "the table's columns are not interleaved: " + passage.text());
            }
        }
        assertTrue(
                passages.stream()
                        .noneMatch(p -> p.text().contains("Crown copyright")
                                || p.text().toLowerCase().startsWith("area send inspection report:")
                                || p.text().contains("enquiries@ofsted.gov.uk")),
                "end matter and running headers are not findings");
    }

    private static long count(List<Passage> passages, Section section, Polarity polarity) {
        return passages.stream()
                .filter(p -> p.section() == section && (polarity == null || p.polarity() == polarity))
                .count();
    }
}
