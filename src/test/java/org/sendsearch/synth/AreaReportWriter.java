package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.model.Outcome;
import org.sendsearch.synth.SourceMaterial.Bucket;

/**
 * An area SEND inspection report of the 2023 framework as Ofsted publishes it: the title naming the
 * local area partnership, the inspection dates and those of the previous inspection, the outcome in
 * Ofsted's wording with when the next inspection is due, information about the partnership, the
 * three questions the report answers, the areas for priority action (systemic failings only) and for
 * improvement, as a responsible-body table or a plain list, the partnership's details and the
 * inspection team. In PDF every page carries the running header naming partnership and dates.
 */
final class AreaReportWriter {
    /** The three outcomes, in the framework's wording, in {@link #OUTCOME_OF} order. */
    static final List<String> OUTCOMES = List.of(
            "The local area partnership's special educational needs and/or disabilities (SEND) arrangements typically lead "
                    + "to positive experiences and outcomes for children and young people with SEND. The local area partnership "
                    + "is taking action where improvements are needed.",
            "The local area partnership's special educational needs and/or disabilities (SEND) arrangements lead to "
                    + "inconsistent experiences and outcomes for children and young people with SEND. The local area partnership "
                    + "must work jointly to make improvements.",
            "There are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes "
                    + "of children and young people with special educational needs and/or disabilities (SEND), which the local "
                    + "area partnership must address urgently.");

    static final List<Outcome> OUTCOME_OF = List.of(Outcome.POSITIVE, Outcome.INCONSISTENT, Outcome.SYSTEMIC_FAILINGS);

    static final List<String> QUESTIONS = List.of(
            "What is it like to be a child or young person with SEND in this area?",
            "What is the area partnership doing that is effective?",
            "What does the area partnership need to do better?");

    SyntheticDocument write(Drafting d, String stem) {
        Variation v = d.variation;
        Drafting.InspectionWeek week = d.inspectionWeek(d.year);
        // 2023 and 2024: 7/11/8 and 7/15/6 of positive, inconsistent and systemic.
        int roll = v.random().nextInt(54);
        int outcome = roll < 14 ? 0 : roll < 40 ? 1 : 2;
        String dates = DateForms.reportRange(week, v);
        String partnership = d.area + " Local Area Partnership";
        boolean printedDate = v.chance(30);
        LocalDate date = printedDate ? d.weeksAfter(week.end(), 4, 8) : week.end();
        List<Part> parts = new ArrayList<>();
        if (v.chance(50)) {
            parts.add(Part.paragraph("Local area partnership report"));
        }
        parts.add(Part.title("Area SEND inspection of " + partnership));
        parts.add(Part.paragraph("Inspection dates: " + dates));
        Drafting.InspectionWeek previous = null;
        if (v.chance(75)) {
            previous = d.inspectionWeek(Math.max(2016, d.year - 4 - v.random().nextInt(3)));
            parts.add(Part.paragraph("Dates of previous inspection: " + DateForms.reportRange(previous, v)));
        }
        if (printedDate) {
            parts.add(Part.paragraph("Published: " + Drafting.LONG.format(date)));
        }
        parts.add(Part.heading("Inspection outcome"));
        parts.add(Part.paragraph(OUTCOMES.get(outcome)));
        parts.addAll(nextInspection(outcome, date));
        parts.add(Part.heading("Information about the local area partnership"));
        parts.add(Part.paragraph(d.council() + " and " + d.healthBody(d.year)
                + " (ICB) are jointly responsible for the planning and commissioning of services for children and young "
                + "people with SEND in " + d.area + "."));
        parts.add(Part.paragraph("The local authority commissions " + v.between(2, 9) + " alternative providers and "
                + v.between(1, 4) + " special schools outside the area. There are " + v.between(3, 14)
                + " special schools in " + d.area + "."));
        parts.add(Part.heading(QUESTIONS.get(0)));
        for (String finding : d.findings(Bucket.MAIN_FINDING, outcome == 0, 3, 5)) {
            parts.add(Part.paragraph(finding));
        }
        parts.add(Part.heading(QUESTIONS.get(1)));
        for (Bucket bucket : List.of(Bucket.IDENTIFYING_STRENGTH, Bucket.MEETING_STRENGTH, Bucket.OUTCOMES_STRENGTH)) {
            d.findings(bucket, true, 1, 3).forEach(f -> parts.add(Part.paragraph(f)));
        }
        parts.add(Part.heading(QUESTIONS.get(2)));
        for (Bucket bucket : List.of(Bucket.IDENTIFYING_WEAKNESS, Bucket.MEETING_WEAKNESS, Bucket.OUTCOMES_WEAKNESS)) {
            d.findings(bucket, false, outcome == 0 ? 1 : 2, outcome == 0 ? 2 : 3)
                    .forEach(f -> parts.add(Part.paragraph(f)));
        }
        boolean table = v.chance(55);
        int priority = outcome == 2 ? v.between(2, 5) : 0;
        if (priority > 0) {
            parts.addAll(ActionLists.write(d, "Areas for priority action", priority, true, table));
        }
        int improvement = v.between(2, 6);
        parts.addAll(ActionLists.write(d, "Areas for improvement", improvement, false, table));
        parts.addAll(details(d));
        SyntheticDocument.Facts facts = new SyntheticDocument.Facts(
                (table ? "table" : "list") + (printedDate ? ", dated" : ""),
                new SyntheticDocument.Stated(OUTCOME_OF.get(outcome), null, OUTCOMES.get(outcome)),
                priority,
                improvement,
                List.of(),
                week.start(),
                week.end(),
                previous == null ? null : previous.start(),
                previous == null ? null : previous.end());
        String header = "Area SEND inspection report: " + partnership + ", " + dates;
        return new SyntheticDocument(
                stem,
                DocumentType.INSPECTION_REPORT,
                d.area,
                date,
                SyntheticDocument.TextStyle.PLAIN,
                parts,
                facts,
                header);
    }

    /** When the next inspection is due, as each outcome states it. */
    private static List<Part> nextInspection(int outcome, LocalDate date) {
        String plan = "Ofsted and the Care Quality Commission (CQC) ask that the local area partnership updates and "
                + "publishes its strategic plan based on the recommendations set out in this report.";
        return switch (outcome) {
            case 0 ->
                List.of(
                        Part.paragraph("The next full area SEND inspection will be within approximately five years."),
                        Part.paragraph(plan));
            case 1 ->
                List.of(
                        Part.paragraph("The next full area SEND inspection will be within approximately three years."),
                        Part.paragraph(plan));
            default ->
                List.of(
                        Part.paragraph("A monitoring inspection will be carried out within approximately 18 months. "
                                + "The next full reinspection will be within approximately three years."),
                        Part.paragraph(
                                "As a result of this inspection, " + Drafting.majesty(date)
                                        + " Chief Inspector requires the local area partnership to prepare and submit a "
                                        + "priority action plan (area SEND) to address the identified areas for priority action."));
        };
    }

    /** "Local area partnership details", "Information about this inspection" and the inspection team. */
    static List<Part> details(Drafting d) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.heading("Local area partnership details"));
        parts.add(Part.row("Local authority", "Integrated care board"));
        parts.add(Part.row(d.council(), d.healthBody(2023)));
        parts.add(
                Part.row(d.people.name() + ", Director of Children's Services", d.people.name() + ", Chief Executive"));
        parts.add(Part.heading("Information about this inspection"));
        parts.add(Part.paragraph("This inspection was carried out at the request of the Secretary of State for "
                + "Education under section 20(1)(a) of the Children Act 2004."));
        parts.add(Part.paragraph("The inspection was led by one of " + Drafting.majesty(LocalDate.of(d.year, 12, 1))
                + " Inspectors (HMI) from Ofsted, with a team of inspectors, including a lead Children's Services "
                + "Inspector from the Care Quality Commission (CQC)."));
        parts.add(Part.heading("Inspection team"));
        parts.add(Part.row("Ofsted", "Care Quality Commission"));
        parts.add(Part.row(d.people.name() + ", Ofsted Lead inspector", d.people.name() + ", CQC Lead inspector"));
        if (d.variation.chance(60)) {
            parts.add(Part.row(d.people.name() + ", Ofsted HMI", d.people.name() + ", CQC inspector"));
        }
        return parts;
    }
}
