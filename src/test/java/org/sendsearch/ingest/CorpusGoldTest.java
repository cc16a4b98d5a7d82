package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendsearch.ingest.TestCorpus.corpus;
import static org.sendsearch.ingest.TestCorpus.counts;
import static org.sendsearch.ingest.TestCorpus.passageStartingWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

/**
 * Gold tests: every metadata field, the passage counts per section and polarity (counted by hand
 * from the text), passages word for word and their themes, for the five corpus documents.
 */
class CorpusGoldTest {
    private static final String KNOWSLEY = "knowsley-2022-joint-area-send-inspection-letter.txt";
    private static final String LIVERPOOL = "liverpool-2019-joint-local-area-send-inspection-letter.txt";
    private static final String ST_HELENS = "st-helens-2018-joint-local-area-send-inspection-letter.txt";
    private static final String WIRRAL = "wirral-2022-health-and-wellbeing-board-send-inspection-update.txt";
    private static final String PRESS = "knowsley-2024-press-release-send-improvements.txt";

    private static final String MEETING =
            "The effectiveness of the local area in meeting the needs of children and young people with"
                    + " special educational needs and/or disabilities";

    @Test
    void knowsleyLetterMetadata() {
        ExtractedDocument d = corpus(KNOWSLEY);
        assertEquals(DocumentType.INSPECTION_LETTER, d.type());
        assertEquals("knowsley-2022-joint-area-send-inspection-letter.txt", d.sourcePath());
        assertTrue(d.id().startsWith("knowsley-2022-joint-area-send-inspection-letter-txt-"), d.id());
        assertEquals(DocumentFormat.TXT, d.format());
        assertEquals(25069, d.sizeBytes());
        assertEquals(64, d.sha256().length());
        assertEquals("Knowsley", d.area());
        assertEquals("North West", d.region());
        assertEquals("Joint area SEND inspection in Knowsley Metropolitan Borough Council", d.title());
        assertEquals(LocalDate.of(2021, 4, 26), d.date(), "the date as written, not corrected");
        assertEquals(LocalDate.of(2022, 3, 18), d.researchDate(), "printed before its inspection: counted by its end");
        assertEquals(2022, d.year());
        assertEquals(org.sendsearch.model.Framework.JOINT_LOCAL_AREA_2016, d.framework());
        assertEquals("knowsley-2016-2022-03-18", d.inspectionId());
        assertEquals(LocalDate.of(2022, 3, 14), d.inspectionStart());
        assertEquals(LocalDate.of(2022, 3, 18), d.inspectionEnd());
        assertEquals(Boolean.TRUE, d.wsoaRequired());
        assertEquals(
                List.of(
                        "the planning for and communication about preparation for adulthood that starts too late for too many young people with SEND",
                        "the lack of a universal birth to 25 public health offer, resulting in poor identification of needs in children with SEND in the earliest years",
                        "the high number of children and young people who wait too long to have their neurodevelopmental needs assessed, compounded by variable communication and support to families while they wait"),
                d.significantWeaknesses());
        assertNull(d.outcome());
        assertEquals("Adam Sproston", d.leadInspector());
        assertEquals(List.of("Claire Mason", "Andy Lawrence"), d.inspectors());
        assertEquals(List.of("Julie Moss", "Jan Ledward", "Jill Albertina"), d.addressees());
        assertEquals(List.of("Knowsley Clinical Commissioning Group"), d.healthBodies());
        assertNull(d.committee());
        assertNull(d.meetingDate());
        assertNull(d.author());
    }

    @Test
    void knowsleyLetterWarnsThatItIsDatedBeforeItsInspection() {
        List<String> warnings = corpus(KNOWSLEY).warnings();
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(
                "document dated 26 April 2021 is before the end of the inspection it reports on"
                        + " (14 March 2022 to 18 March 2022): one of the dates is wrong; it is counted by the"
                        + " inspection's last day",
                warnings.get(0));
    }

    @Test
    void knowsleyLetterPassages() {
        ExtractedDocument d = corpus(KNOWSLEY);
        assertEquals(
                Map.of(
                        "main-findings/strength",
                        5,
                        "main-findings/weakness",
                        4,
                        "identifying/strength",
                        6,
                        "identifying/weakness",
                        3,
                        "meeting-needs/strength",
                        11,
                        "meeting-needs/weakness",
                        4,
                        "improving-outcomes/strength",
                        9,
                        "improving-outcomes/weakness",
                        6,
                        "significant-weaknesses/significant-weakness",
                        3),
                counts(d));
        assertEquals(58, d.passages().size(), "51 findings and 7 paragraphs of standard text");

        // The first finding under "Areas for development" lost its bullet and runs over a page break.
        Passage neuro = passageStartingWith(d, "Children and young people in Knowsley wait too long");
        assertEquals(
                "Children and young people in Knowsley wait too long for assessment on the neurodevelopmental"
                        + " pathway. This pathway assesses ASD, ADHD and other neurodevelopmental conditions. The local area"
                        + " identified this weakness in 2019 and started to address the long waiting times. By 2020, waiting"
                        + " times were improving. However, at the time of the inspection, over 700 children and young people are"
                        + " still waiting for an assessment. A small number have waited for more than three years. Families told"
                        + " inspectors that they have limited communication from agencies while they wait and do not know where"
                        + " to go for support.",
                neuro.text());
        assertEquals(MEETING + " > Areas for development", neuro.heading());
        assertEquals(Section.MEETING_NEEDS, neuro.section());
        assertEquals(Polarity.WEAKNESS, neuro.polarity());
        assertEquals(List.of("neurodevelopmental", "communication-with-families"), neuro.themes());

        Passage team = passageStartingWith(d, "The team around the family process");
        assertEquals(
                "The team around the family process offers a robust way of working for the assessment of needs in"
                        + " the early years. When required, children and young people are referred to a range of services,"
                        + " including therapists and social care professionals. This means that children's and young people's"
                        + " needs are considered and identified well by a range of agencies.",
                team.text());
        assertEquals(Polarity.STRENGTH, team.polarity());
        assertEquals(List.of("early-identification"), team.themes());

        // A list of phrases: the third item after the page break is the next item, not a continuation.
        Passage third = passageStartingWith(d, "the high number of children");
        assertEquals(
                "the high number of children and young people who wait too long to have their neurodevelopmental"
                        + " needs assessed, compounded by variable communication and support to families while they wait.",
                third.text());
        assertEquals(Section.SIGNIFICANT_WEAKNESSES, third.section());
        assertEquals(Polarity.SIGNIFICANT_WEAKNESS, third.polarity());
        assertEquals("The inspection raises significant concerns about the effectiveness of the area", third.heading());
        assertEquals(List.of("neurodevelopmental", "communication-with-families"), third.themes());

        List<Passage> findings =
                d.passages().stream().filter(p -> !p.standard()).toList();
        Passage first = findings.get(0);
        assertEquals("Main findings", first.heading());
        assertTrue(first.text().startsWith("Leaders are passionate about improving outcomes"));
        assertEquals(Polarity.STRENGTH, first.polarity());
        assertEquals(Polarity.WEAKNESS, findings.get(1).polarity(), "'not consistently impacting well'");

        Passage schoolNurses = passageStartingWith(d, "School nurses have limited capacity");
        assertEquals(List.of("school-nursing", "workforce-training"), schoolNurses.themes());
        Passage camhs = passageStartingWith(d, "Waiting times for the child and adolescent mental health service");
        assertTrue(camhs.themes().contains("mental-health"), camhs.themes().toString());
    }

    @Test
    void liverpoolLetter() {
        ExtractedDocument d = corpus(LIVERPOOL);
        assertEquals(DocumentType.INSPECTION_LETTER, d.type());
        assertEquals("Liverpool", d.area());
        assertEquals("North West", d.region());
        assertEquals("Joint local area SEND inspection in Liverpool", d.title());
        assertEquals(LocalDate.of(2019, 2, 26), d.date());
        assertEquals(2019, d.year());
        assertEquals(LocalDate.of(2019, 1, 14), d.inspectionStart());
        assertEquals(LocalDate.of(2019, 1, 18), d.inspectionEnd());
        assertEquals(Boolean.TRUE, d.wsoaRequired());
        assertEquals(
                List.of(
                        "the failure of leaders to take the necessary actions to remedy known weaknesses",
                        "the significant weaknesses in the EHC processes, timeliness and quality of plans",
                        "the underdeveloped joint commissioning arrangements for 0 to 25 SEND provision"),
                d.significantWeaknesses());
        assertNull(d.outcome());
        assertEquals("Jonathan Jones", d.leadInspector());
        assertEquals(List.of("Elaine Croll", "Matthew Rooney"), d.inspectors());
        assertEquals(
                List.of("Steve Reddy", "Jan Ledward", "Suzanne Metcalfe"),
                d.addressees(),
                "two recipients run into one line");
        assertEquals(List.of("Liverpool Clinical Commissioning Group"), d.healthBodies());
        assertNull(d.committee());
        assertNull(d.meetingDate());
        assertNull(d.author());
        assertEquals(List.of(), d.warnings());

        assertEquals(
                Map.of(
                        "main-findings/strength",
                        2,
                        "main-findings/weakness",
                        9,
                        "identifying/strength",
                        6,
                        "identifying/weakness",
                        8,
                        "meeting-needs/strength",
                        8,
                        "meeting-needs/weakness",
                        13,
                        "improving-outcomes/strength",
                        5,
                        "improving-outcomes/weakness",
                        8,
                        "significant-weaknesses/significant-weakness",
                        3),
                counts(d));

        Passage sendias = passageStartingWith(d, "Demand for special educational needs information");
        assertEquals(
                "Demand for special educational needs information, advice and support (SENDIAS) services is high,"
                        + " with approximately 70 new cases reported per quarter. Dedicated staff provide telephone support to"
                        + " families, with the aim of reducing the need for face-to-face support but are unable to meet the"
                        + " current demand.",
                sendias.text());
        assertEquals(List.of("sendiass-advice"), sendias.themes());

        Passage epitome = passageStartingWith(d, "Children and young people with SEND in Liverpool are the epitome");
        assertEquals(Section.MAIN_FINDINGS, epitome.section());
        assertEquals(Polarity.STRENGTH, epitome.polarity());

        Passage nice = passageStartingWith(d, "Inspectors identified aspects of the local area's SEND arrangements");
        assertEquals(Polarity.WEAKNESS, nice.polarity(), "'Excellence' in a name is not praise");

        Passage wheelchairs = passageStartingWith(d, "Children's access to wheelchair services");
        assertEquals(List.of("physiotherapy-equipment"), wheelchairs.themes());
        Passage neet = passageStartingWith(d, "The proportion of young people with SEND who are not engaged");
        assertEquals(List.of("neet-employment"), neet.themes());
        Passage budgets = passageStartingWith(d, "The reach of personal health budgets is low");
        assertEquals(List.of("personal-budgets"), budgets.themes());
    }

    @Test
    void stHelensLetter() {
        ExtractedDocument d = corpus(ST_HELENS);
        assertEquals(DocumentType.INSPECTION_LETTER, d.type());
        assertEquals("St Helens", d.area());
        assertEquals("North West", d.region());
        assertEquals("Joint local area SEND inspection in St Helens", d.title());
        assertEquals(LocalDate.of(2018, 3, 21), d.date());
        assertEquals(2018, d.year());
        assertEquals(LocalDate.of(2018, 1, 29), d.inspectionStart());
        assertEquals(LocalDate.of(2018, 2, 2), d.inspectionEnd());
        assertEquals(
                Boolean.FALSE, d.wsoaRequired(), "2016 framework: the letter states a WSOA only when one is required");
        assertEquals(List.of(), d.significantWeaknesses());
        assertEquals("Pippa Jackson Maitland", d.leadInspector());
        assertEquals(List.of("Daniel Carrick", "Pat Tate"), d.inspectors());
        assertEquals(List.of("Mike Wyatt", "Sarah O'Brien", "Joanne Davies"), d.addressees());
        assertEquals(List.of("St Helens Clinical Commissioning Group"), d.healthBodies());
        assertNull(d.committee());
        assertNull(d.author());
        assertEquals(List.of(), d.warnings());

        assertEquals(
                Map.of(
                        "main-findings/strength",
                        11,
                        "main-findings/weakness",
                        4,
                        "identifying/strength",
                        5,
                        "identifying/weakness",
                        3,
                        "meeting-needs/strength",
                        12,
                        "meeting-needs/weakness",
                        3,
                        "improving-outcomes/strength",
                        8,
                        "improving-outcomes/weakness",
                        2),
                counts(d));

        // The bullet crosses a page break mid-sentence ("frontline / staff").
        Passage first =
                d.passages().stream().filter(p -> !p.standard()).findFirst().orElseThrow();
        assertEquals(
                "Leaders have a deep and accurate understanding of the local area's strengths and weaknesses."
                        + " Leaders acknowledge that the local area was late in starting to implement the reforms. However,"
                        + " progress in implementation has speeded up considerably over the past 12 months. Senior leaders,"
                        + " managers and frontline staff have embraced the spirit of the reforms, putting children, young people"
                        + " and families at the heart of their plans.",
                first.text());
        assertEquals(Section.MAIN_FINDINGS, first.section());
        assertEquals(Polarity.STRENGTH, first.polarity());
        assertEquals(first.text(), d.text().substring(first.start(), first.end()));

        // After a page break: "Consequently, ..." continues the bullet before it.
        Passage forum = passageStartingWith(d, "The parent carer forum, 'Listen4Change'");
        assertTrue(
                forum.text()
                        .endsWith("in the refresh of the local offer. Consequently, the new local offer is more"
                                + " relevant and accessible to children, young people and their families."),
                forum.text());
        assertEquals(
                List.of("neurodevelopmental", "co-production", "local-offer", "parent-carer-forum"), forum.themes());

        // After a page break the bullet glyph restarts, but the sentence goes on in lower case.
        Passage virtualHead = passageStartingWith(d, "The virtual headteacher for children looked after");
        assertTrue(
                virtualHead
                        .text()
                        .endsWith(
                                "Consequently, there are marked improvements for this group, particularly"
                                        + " in their progress in writing at key stage 2 and reading at the end of key stage 1."),
                virtualHead.text());
        assertEquals(List.of("looked-after-youth-justice"), virtualHead.themes());

        Passage employment = passageStartingWith(d, "Parents, young people and professionals are unanimous");
        assertEquals(Polarity.WEAKNESS, employment.polarity());
        assertEquals(List.of("neet-employment"), employment.themes());
        Passage shortBreaks = passageStartingWith(d, "The local area's short-break provision is ineffective.");
        assertEquals(List.of("short-breaks"), shortBreaks.themes());
        assertEquals(
                "The effectiveness of the local area in improving outcomes for children and young people who have"
                        + " SEN and/or disabilities > Areas for improvement",
                d.passages().get(d.passages().size() - 1).heading());
    }

    @Test
    void wirralCouncilReport() {
        ExtractedDocument d = corpus(WIRRAL);
        assertEquals(DocumentType.COUNCIL_REPORT, d.type());
        assertEquals("Wirral", d.area());
        assertEquals("North West", d.region());
        assertEquals("LOCAL AREA SEND INSPECTION UPDATE", d.title());
        assertEquals(LocalDate.of(2022, 2, 7), d.date());
        assertEquals(2022, d.year());
        assertEquals(LocalDate.of(2022, 2, 7), d.meetingDate());
        assertEquals(LocalDate.of(2021, 9, 27), d.inspectionStart());
        assertEquals(LocalDate.of(2021, 10, 1), d.inspectionEnd());
        assertEquals(Boolean.TRUE, d.wsoaRequired());
        assertEquals("Health and Wellbeing Board", d.committee());
        assertEquals("James Backhouse", d.author());
        assertNull(d.leadInspector());
        assertEquals(List.of(), d.inspectors());
        assertEquals(List.of(), d.addressees());
        assertEquals(List.of(), d.healthBodies(), "the CCG is never named");
        assertNull(d.outcome());
        assertEquals(List.of(), d.warnings());
        assertEquals(
                List.of(
                        "the quality and timeliness of Education Health and Care assessments and annual reviews",
                        "High level dissatisfaction with the area's provision",
                        "Poor communication with parents and carers across the area",
                        "The published local offer not being well publicised and not providing parents and carers with the information that they need",
                        "The lack of meaningful co-production",
                        "The fractured relationship between the area and the Parent Carer Partnership Wirral and the impact of this on the area's progress in implementing the reforms",
                        "The lack of joint commissioning of services in the area",
                        "The lack of effective strategic oversight to ensure effectiveness of plans and provision and hold leaders, managers and partners to account",
                        "The lack of accurate, up-to-date and useful information which informs the area's plans and evaluated the impact of their actions",
                        "the graduated response not being consistently applied across all schools and settings"),
                d.significantWeaknesses());

        assertEquals(
                Map.of(
                        "summary/neutral",
                        6,
                        "recommendations/neutral",
                        8,
                        "background/neutral",
                        6,
                        "main-findings/strength",
                        10,
                        "main-findings/weakness",
                        8,
                        "main-findings/neutral",
                        4,
                        "significant-weaknesses/significant-weakness",
                        10,
                        "progress/action",
                        31,
                        "other/neutral",
                        16),
                counts(d));
        assertEquals(99, d.passages().size());

        // A single blank line in the middle of a sentence ("have an / effective").
        Passage vulnerable = passageStartingWith(d, "Vulnerable children and young people are helped quickly");
        assertEquals(
                "Vulnerable children and young people are helped quickly, and their needs identified well. Young"
                        + " people referred to the youth justice service have an effective multi-agency assessment and their"
                        + " needs are reviewed regularly. A designated SEND social care officer ensures that parents within social"
                        + " care services are contacted and offered support for any identified need.",
                vulnerable.text());
        assertEquals(Polarity.STRENGTH, vulnerable.polarity());
        assertEquals(
                "SUPPORTING INFORMATION > 3.0 BACKGROUND INFORMATION > 3.4 MAIN FINDINGS - STRENGTHS",
                vulnerable.heading());
        assertEquals(List.of("looked-after-youth-justice"), vulnerable.themes());

        // A capitalised name cut by a blank line ("Equality Impact / Assessment").
        Passage equality = passageStartingWith(d, "Wirral Council has a legal requirement");
        assertTrue(equality.text().contains("An Equality Impact Assessment is a tool"), equality.text());
        assertEquals(Section.OTHER, equality.section());

        Passage coproduction = passageStartingWith(d, "The lack of meaningful co-production");
        assertEquals("The lack of meaningful co-production", coproduction.text());
        assertEquals(Polarity.SIGNIFICANT_WEAKNESS, coproduction.polarity());
        assertEquals(List.of("co-production"), coproduction.themes());

        // Stray Markdown ("**") removed, numbered label kept out of the passage.
        Passage workstream = passageStartingWith(d, "Workstream 3: Co-production and communication");
        assertEquals(
                "Workstream 3: Co-production and communication - The following high-level actions are proposed,"
                        + " each with several specific sub-actions (not included):",
                workstream.text());
        assertEquals(Polarity.ACTION, workstream.polarity());
        assertEquals(Section.PROGRESS, workstream.section());
        assertTrue(d.text().contains("3.28 Workstream 3: Co-production"));
        assertFalse(d.text().contains("**"));
        assertFalse(d.text().contains("<sup>"));
        assertTrue(d.text().startsWith("Monday , 7th February 2022"));

        Passage localOffer = passageStartingWith(d, "Develop a new local offer site");
        assertEquals(List.of("local-offer"), localOffer.themes());
        assertEquals(Polarity.ACTION, localOffer.polarity());
    }

    @Test
    void pressRelease() {
        ExtractedDocument d = corpus(PRESS);
        assertEquals(DocumentType.PRESS_RELEASE, d.type());
        assertEquals("Knowsley", d.area());
        assertEquals("North West", d.region());
        assertEquals("Improvements made following SEND area inspection", d.title());
        assertEquals(LocalDate.of(2024, 4, 2), d.date(), "04/02/2024 read month first, as 'April 2, 2024' confirms");
        assertEquals(2024, d.year());
        assertNull(d.inspectionStart(), "only 'March 2022' is given");
        assertNull(d.inspectionEnd());
        assertEquals(Boolean.TRUE, d.wsoaRequired());
        assertEquals(List.of(), d.significantWeaknesses());
        assertEquals("Guy Murphy", d.author());
        assertNull(d.committee());
        assertNull(d.meetingDate());
        assertNull(d.leadInspector());
        assertEquals(List.of(), d.healthBodies(), "'the Integrated Care Board' is not named");
        assertEquals(List.of(), d.warnings());
        assertEquals(Map.of("other/neutral", 13), counts(d));

        Passage quote = passageStartingWith(d, "\"We will continue");
        assertEquals(
                "\"We will continue to work with our partners and the Parent Carer Voice to provide the very best"
                        + " services and support to our children, young people and their families.\"",
                quote.text());
        assertEquals(List.of("parent-carer-forum"), quote.themes());
        Passage highlighted = passageStartingWith(d, "The inspection highlighted that leaders");
        assertEquals(List.of("co-production", "parent-carer-forum", "leadership-strategy"), highlighted.themes());
    }

    @Test
    void everyPassageIsItsSliceOfTheCleanedText() {
        for (String name : List.of(KNOWSLEY, LIVERPOOL, ST_HELENS, WIRRAL, PRESS)) {
            ExtractedDocument d = corpus(name);
            for (int i = 0; i < d.passages().size(); i++) {
                Passage p = d.passages().get(i);
                assertEquals(i, p.ordinal());
                assertEquals(d.id() + "-" + i, p.id());
                assertEquals(p.text(), d.text().substring(p.start(), p.end()), name + " passage " + i);
                assertFalse(p.text().isBlank());
            }
            assertFalse(d.text().contains("\n\n\n"), name + ": page-break runs are collapsed");
        }
    }

    @Test
    void boilerplateStaysInTheTextButIsNoFinding() {
        ExtractedDocument d = corpus(KNOWSLEY);
        assertTrue(d.text().contains("This letter outlines our findings from the inspection"));
        assertTrue(d.text().contains("Yours sincerely"));
        assertTrue(d.passages().stream()
                .noneMatch(
                        p -> p.text().startsWith("Yours sincerely") || p.text().startsWith("Cc:")));
        List<Passage> standard = d.passages().stream().filter(Passage::standard).toList();
        assertEquals(7, standard.size(), "the standard paragraphs are searchable, flagged as standard text");
        for (String start : List.of(
                "Between 14 and 18 March 2022",
                "This letter outlines",
                "Inspectors spoke with",
                "As a result of the findings of this inspection",
                "The area is required to produce")) {
            Passage passage = standard.stream()
                    .filter(p -> p.text().startsWith(start))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no standard passage: " + start));
            assertEquals(Section.STANDARD, passage.section());
            assertEquals(Polarity.NEUTRAL, passage.polarity());
        }
        assertTrue(standard.stream()
                .anyMatch(p -> p.text().contains("jointly responsible for submitting the written statement")));
    }
}
