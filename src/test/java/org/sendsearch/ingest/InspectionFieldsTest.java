package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Framework;
import org.sendsearch.model.Outcome;
import org.sendsearch.model.RevisitProgress;

/**
 * The facts about an inspection that research counts by: the framework, the outcome as a value, the
 * previous inspection's dates, when the next inspections are due, the date a document is counted
 * by, and a revisit letter's verdict on each significant weakness.
 */
class InspectionFieldsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Dates of previous inspection: 3 to 7 July 2017|2017-07-03|2017-07-07",
                "Date of previous inspection: 3 to 7 October 2016|2016-10-03|2016-10-07",
                "Dates of previous inspection: 29 January 2018 to 2 February 2018|2018-01-29|2018-02-02",
                "Dates of previous inspection: 27 November - 1 December 2017|2017-11-27|2017-12-01"
            })
    void aReportGivesItsPreviousInspection(String line, String start, String end, @TempDir Path dir)
            throws IOException {
        ExtractedDocument report = extract(
                dir,
                "r.txt",
                report(line, "The next full area SEND inspection will be" + " within approximately 3 years."));
        assertEquals(LocalDate.parse(start), report.previousInspectionStart());
        assertEquals(LocalDate.parse(end), report.previousInspectionEnd());
        assertEquals(LocalDate.of(2024, 3, 8), report.inspectionEnd(), "this inspection is not the previous one");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The next full area SEND inspection will be within approximately 3 years.|within approximately 3 years|2027-03-08|",
                "The next full area SEND inspection will be within approximately five years.|within approximately five years|2029-03-08|",
                "The next full area SEND inspection will be within five years.|within five years|2029-03-08|",
                "A monitoring inspection will be carried out within approximately 18 months. The next full reinspection"
                        + " will be within approximately three years.|within approximately three years|2027-03-08|2025-09-08"
            })
    void aReportSaysWhenItsNextInspectionsAreDue(
            String sentence, String stated, String by, String monitoring, @TempDir Path dir) throws IOException {
        ExtractedDocument report =
                extract(dir, "r.txt", report("Dates of previous inspection: 3 to 7 July 2017", sentence));
        assertEquals(stated, report.nextInspection());
        assertEquals(LocalDate.parse(by), report.nextInspectionBy());
        assertEquals(monitoring == null ? null : LocalDate.parse(monitoring), report.monitoringBy());
        assertEquals(Framework.AREA_SEND_2023, report.framework());
        assertEquals(Outcome.INCONSISTENT, report.outcomeValue());
        assertEquals("sefton-2023-2024-03-08", report.inspectionId(), "the key research counts inspections by");
    }

    @Test
    void aLetterPrintedBeforeItsInspectionIsCountedByTheInspection(@TempDir Path dir) throws IOException {
        String letter = "26 April 2021\n\nDear Ms Example\n\nJoint area SEND inspection in Sefton\n\n"
                + "Between 14 March 2022 and 18 March 2022, Ofsted and the Care Quality Commission (CQC) conducted a joint"
                + " inspection of the local area of Sefton to judge the effectiveness of the area in implementing the"
                + " special educational needs and/or disabilities (SEND) reforms.\n\nMain findings\n\n"
                + "- Children wait too long for their needs to be assessed.\n\nYours sincerely\n\nA. N. Example\n\n"
                + "Her Majesty's Inspector\n";
        ExtractedDocument document = extract(dir, "l.txt", letter);
        assertEquals(LocalDate.of(2021, 4, 26), document.date(), "the printed date is kept");
        assertEquals(LocalDate.of(2022, 3, 18), document.researchDate());
        assertEquals(2022, document.year());
        assertEquals(Framework.JOINT_LOCAL_AREA_2016, document.framework());
        assertTrue(document.warnings().stream().anyMatch(w -> w.contains("counted by the inspection's last day")));
    }

    @Test
    void aCouncilPapersFrameworkComesFromTheInspectionItDiscusses(@TempDir Path dir) throws IOException {
        String paper = "Sefton Council\n\nReport to the Children's Services Committee, 12 June 2023\n\n"
                + "Purpose of the report\n\nTo tell the committee what the inspection found.\n\n"
                + "Area SEND inspection outcome\n\nBetween 6 and 10 March 2023 Ofsted and the CQC carried out an area"
                + " SEND inspection of the local area partnership. The inspection found that arrangements lead to"
                + " inconsistent experiences and outcomes for children and young people with SEND.\n";
        ExtractedDocument document = extract(dir, "c.txt", paper);
        assertEquals(DocumentType.COUNCIL_REPORT, document.type());
        assertEquals(Framework.AREA_SEND_2023, document.framework());
        assertEquals(Outcome.INCONSISTENT, document.outcomeValue());
        assertNull(document.nextInspection(), "only a report's own schedule is read");
        assertEquals("sefton-2023-2023-03-10", document.inspectionId(), "the inspection whose dates it states");
    }

    @Test
    void aRevisitLetterGivesItsVerdictOnEachWeakness(@TempDir Path dir) throws IOException {
        String letter = "12 May 2021\n\nDear Ms Example\n\nJoint local area SEND revisit in Sefton\n\n"
                + "Between 12 and 14 April 2021, Ofsted and CQC revisited the area of Sefton to decide whether"
                + " sufficient progress has been made in addressing each of the areas of significant weakness.\n\n"
                + "Main findings\n\n"
                + "At the initial inspection, inspectors found that the waits for autism assessment were too long.\n\n"
                + "Leaders have commissioned an additional provider and waits have halved.\n\n"
                + "The area has made sufficient progress in addressing this area of weakness.\n\n"
                + "At the initial inspection, inspectors found weak joint commissioning.\n\n"
                + "Joint commissioning arrangements are still at an early stage.\n\n"
                + "The area has not made sufficient progress in addressing this significant weakness.\n\n"
                + "Yours sincerely\n\nA. N. Example\n\nHer Majesty's Inspector\n";
        ExtractedDocument document = extract(dir, "v.txt", letter);
        assertEquals(DocumentType.REVISIT_LETTER, document.type());
        List<RevisitProgress> verdicts = document.revisitProgress();
        assertEquals(2, verdicts.size(), verdicts.toString());
        assertEquals(
                "the waits for autism assessment were too long", verdicts.get(0).weakness());
        assertTrue(verdicts.get(0).sufficient());
        assertEquals("weak joint commissioning", verdicts.get(1).weakness());
        assertFalse(verdicts.get(1).sufficient());
        assertEquals(
                "The area has not made sufficient progress in addressing this significant weakness.",
                verdicts.get(1).sentence());
        assertEquals(Framework.JOINT_LOCAL_AREA_2016, document.framework());
    }

    @Test
    void aMonitoringReportGivesItsVerdictOnEachPriorityAction(@TempDir Path dir) throws IOException {
        String report = "Area SEND monitoring inspection of Sefton Local Area Partnership\n\n"
                + "Inspection dates: 6 to 8 October 2025\n\nDates of previous inspection: 4 to 8 March 2024\n\n"
                + "Ofsted and the Care Quality Commission (CQC) carried out a monitoring inspection to evaluate the"
                + " effectiveness of actions on the areas for priority action.\n\nMain findings\n\n"
                + "At the full inspection, inspectors found that the waits for speech and language therapy were too long."
                + " Leaders have commissioned more therapists. The partnership is taking effective action to address"
                + " this area for priority action.\n\n"
                + "At the full inspection, inspectors identified weak oversight of EHC plans. Leaders have not taken"
                + " effective action to improve the timeliness of plans.\n";
        ExtractedDocument document = extract(dir, "m.txt", report);
        assertEquals(DocumentType.MONITORING_REPORT, document.type());
        List<RevisitProgress> verdicts = document.revisitProgress();
        assertEquals(2, verdicts.size(), verdicts.toString());
        assertEquals(
                "the waits for speech and language therapy were too long",
                verdicts.get(0).weakness());
        assertTrue(verdicts.get(0).sufficient());
        assertEquals("weak oversight of EHC plans", verdicts.get(1).weakness());
        assertFalse(verdicts.get(1).sufficient());
        assertEquals(LocalDate.of(2024, 3, 8), document.previousInspectionEnd());
        assertEquals(Framework.AREA_SEND_2023, document.framework());
        assertEquals("sefton-2023-2024-03-08", document.inspectionId(), "keyed to the full inspection it follows");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The area has made sufficient progress in addressing this area of weakness.|true",
                "The area has not made sufficient progress in improving this area of significant weakness.|false",
                "Sufficient progress has been made in addressing this area of significant weakness.|true",
                "Sufficient progress has not been made in addressing this significant weakness.|false",
                "The local area has made insufficient progress in addressing this weakness.|false",
                "Leaders have not taken sufficiently effective action to address this area for priority action.|false",
                "The partnership is taking effective action to address this area for priority action.|true",
                "The partnership has taken ineffective action on this area for priority action.|false"
            })
    void everyWordingOfAVerdictIsRead(String verdict, boolean sufficient, @TempDir Path dir) throws IOException {
        String letter = "12 May 2021\n\nDear Ms Example\n\nJoint local area SEND revisit in Sefton\n\n"
                + "Between 12 and 14 April 2021, Ofsted and CQC revisited the area of Sefton to decide whether"
                + " sufficient progress has been made in addressing each of the areas of significant weakness.\n\n"
                + "Main findings\n\nAt the initial inspection, inspectors found weak joint commissioning.\n\n"
                + verdict + "\n\nYours sincerely\n\nA. N. Example\n\nHer Majesty's Inspector\n";
        List<RevisitProgress> verdicts = extract(dir, "v.txt", letter).revisitProgress();
        assertEquals(1, verdicts.size(), verdicts.toString());
        assertEquals(sufficient, verdicts.get(0).sufficient(), verdict);
        assertEquals("weak joint commissioning", verdicts.get(0).weakness());
    }

    @Test
    void aSummaryOfVerdictsIsNoVerdictOfItsOwn(@TempDir Path dir) throws IOException {
        String report = "Area SEND monitoring inspection of Sefton Local Area Partnership\n\n"
                + "Inspection dates: 6 to 8 October 2025\n\nDates of the full area SEND inspection: 4 to 8 March 2024\n\n"
                + "Ofsted and the Care Quality Commission (CQC) carried out a monitoring inspection to evaluate the"
                + " effectiveness of actions on the areas for priority action.\n\nMain findings\n\n"
                + "There were three areas for priority action. The partnership is taking effective action in 2 of them.\n\n"
                + "At the full inspection, inspectors found weak oversight of EHC plans. Leaders have not taken"
                + " effective action to improve the timeliness of plans.\n";
        ExtractedDocument document = extract(dir, "m.txt", report);
        assertEquals(
                1, document.revisitProgress().size(), document.revisitProgress().toString());
        assertEquals(LocalDate.of(2024, 3, 4), document.previousInspectionStart(), "the full inspection's dates");
    }

    private static String report(String previous, String schedule) {
        return "Area SEND inspection of Sefton Local Area Partnership\n\nInspection dates: 4 to 8 March 2024\n\n"
                + previous + "\n\nInspection outcome\n\nThe local area partnership's arrangements lead to inconsistent"
                + " experiences and outcomes for children and young people with special educational needs and/or"
                + " disabilities (SEND). The local area partnership must work jointly to make improvements.\n\n"
                + schedule + " Ofsted and CQC ask that the local area partnership updates and publishes its strategic"
                + " plan." + "\n\nWhat does the area partnership need to do better?\n\n"
                + "Too many children wait for an autism assessment.\n";
    }

    private static ExtractedDocument extract(Path dir, String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return TestCorpus.document(file, dir);
    }
}
