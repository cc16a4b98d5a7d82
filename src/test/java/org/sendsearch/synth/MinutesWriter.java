package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.DocumentType;

/**
 * Minutes of a council committee meeting at which the inspection was discussed, with no report
 * header block: the council, "Minutes of the meeting of ... held on Monday 09 March 2020", who was
 * present, the standing items, the inspection item (its dates in a council's form and the result
 * restated) and the resolution.
 */
final class MinutesWriter {
    private static final List<String> COMMITTEES = List.of(
            "Children's Services Scrutiny Committee",
            "Health and Wellbeing Board",
            "Children and Young People Overview and Scrutiny Committee",
            "Cabinet");

    SyntheticDocument write(Drafting d, String stem) {
        Variation v = d.variation;
        Drafting.InspectionWeek week = d.inspectionWeek(d.year);
        LocalDate meeting = d.weeksAfter(week.end(), 6, 14);
        // A start given by its month alone ("between January 2022 and 1 February 2022") when the week spans two.
        boolean monthStart = week.start().getMonth() != week.end().getMonth() && v.chance(50);
        String range = monthStart
                ? "between " + Drafting.MONTH_YEAR.format(week.start()) + " and " + Drafting.LONG.format(week.end())
                : DateForms.proseRange(week, v);
        SyntheticDocument.Stated result = Paraphrases.result(d.year, d.area, v);
        List<Part> parts = new ArrayList<>();
        parts.add(Part.paragraph(d.council()));
        parts.add(Part.title("Minutes of the meeting of the " + v.pick(COMMITTEES) + " held on "
                + DateForms.printed(meeting, v) + " at " + v.pick(List.of("10.00 am", "2.00 pm", "6.30 pm"))));
        parts.add(Part.paragraph("Present: Councillor " + d.people.name() + " (Chair), Councillors " + d.people.name()
                + ", " + d.people.name() + " and " + d.people.name()));
        parts.add(Part.heading("1. Apologies for absence"));
        parts.add(Part.paragraph("Apologies were received from Councillor " + d.people.name() + "."));
        parts.add(Part.heading("2. Declarations of interest"));
        parts.add(Part.paragraph("There were no declarations of interest."));
        parts.add(Part.heading("3. Local area SEND inspection"));
        parts.add(Part.paragraph("The Director of Children's Services, " + d.people.name()
                + ", presented the report on the inspection of SEND services in " + d.area + " by Ofsted and the "
                + "Care Quality Commission, which took place " + range + ". "
                + result.sentence()));
        parts.add(Part.paragraph("Members asked about " + ThemeFindings.lowerFirst(d.themes.weakness(d.area))));
        parts.add(Part.paragraph(
                "In response, officers explained that " + ThemeFindings.lowerFirst(d.themes.strength(d.area))));
        parts.add(Part.paragraph("RESOLVED: That the committee notes the outcome of the inspection and receives a "
                + "progress report on the improvement plan at its next meeting."));
        parts.add(Part.paragraph("The meeting closed at " + v.pick(List.of("11.45 am", "4.10 pm", "8.05 pm")) + "."));
        return new SyntheticDocument(
                stem,
                DocumentType.COUNCIL_REPORT,
                d.area,
                meeting,
                SyntheticDocument.TextStyle.PLAIN,
                parts,
                SyntheticDocument.Facts.of("minutes")
                        .inspected(monthStart ? null : week.start(), week.end())
                        .stating(result),
                null);
    }
}
