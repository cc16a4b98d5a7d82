package org.sendsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.IsoDate;
import org.sendsearch.model.Polarity;
import org.sendsearch.model.Section;

class CitationTest {
    private static PassageSource passage(
            String type, String area, String title, String date, String section, String heading, String polarity) {
        return new PassageSource(
                "d-1",
                "d",
                1,
                Section.fromId(section),
                heading,
                Polarity.fromId(polarity),
                List.of(),
                "text",
                0,
                4,
                null,
                new DocumentFacts(
                        title,
                        area,
                        "North West",
                        type == null ? null : DocumentType.fromId(type),
                        2019,
                        IsoDate.parse(date),
                        true,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void anInspectionLetterFindingNamesItsPlaceInTheLetter() {
        assertEquals(
                "Ofsted and CQC, Joint local area SEND inspection in Liverpool, letter of 26 February 2019, "
                        + "'Areas for development' (meeting needs)",
                Citation.of(passage(
                        "inspection-letter",
                        "Liverpool",
                        "Joint local area SEND inspection in Liverpool",
                        "2019-02-26",
                        "meeting-needs",
                        "x > Areas for development",
                        "weakness")));
        assertEquals(
                "Ofsted and CQC, Joint local area SEND inspection in Liverpool, letter of 26 February 2019, "
                        + "'Areas of significant weakness'",
                Citation.of(passage(
                        "inspection-letter",
                        "Liverpool",
                        "Joint local area SEND inspection in Liverpool",
                        "2019-02-26",
                        "significant-weaknesses",
                        "",
                        "significant-weakness")));
    }

    @Test
    void aCouncilReportIsCitedByItsOwnHeadingInSentenceCase() {
        assertEquals(
                "Wirral Council, Local area SEND inspection update, report of 7 February 2022, "
                        + "'3.19 Local area response and progress'",
                Citation.of(passage(
                        "council-report",
                        "Wirral",
                        "LOCAL AREA SEND INSPECTION UPDATE",
                        "2022-02-07",
                        "progress",
                        "SUPPORTING INFORMATION > 3.19 LOCAL AREA RESPONSE AND PROGRESS",
                        "action")));
    }

    @Test
    void aLetterPrintedBeforeItsInspectionIsCitedByItsPrintedDateWithTheInspectionsEnd() {
        DocumentFacts knowsley = new DocumentFacts(
                "Joint area SEND inspection in Knowsley",
                "Knowsley",
                "North West",
                DocumentType.INSPECTION_LETTER,
                2022,
                IsoDate.parse("2021-04-26"),
                true,
                null,
                IsoDate.parse("2022-03-18"),
                null,
                null,
                null);
        assertEquals(
                "Ofsted and CQC, Joint area SEND inspection in Knowsley, letter of 26 April 2021 (so dated, though its"
                        + " inspection ended 18 March 2022)",
                Citation.of(knowsley));
    }

    @Test
    void missingFactsAreLeftOut() {
        assertEquals("document (undated)", Citation.of(passage(null, null, null, null, "other", "", "neutral")));
        assertEquals("", Citation.longDate(null));
    }
}
