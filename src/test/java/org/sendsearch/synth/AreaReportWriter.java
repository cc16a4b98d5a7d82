package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.synth.SourceMaterial.Bucket;

/**
 * An area SEND inspection report of the 2023 framework: the title naming the local area
 * partnership, the inspection dates, one of the three outcomes in Ofsted's wording, information
 * about the partnership, what it does well and what it needs to do better, areas for
 * improvement, and the partnership's details and inspection team.
 */
final class AreaReportWriter {
    /** The three outcomes, in the framework's wording; the last one is followed by a sentence that names it again. */
    static final List<String> OUTCOMES = List.of(
            "The local area partnership's special educational needs and/or disabilities (SEND) arrangements typically lead "
                    + "to positive experiences and outcomes for children and young people with SEND. The local area partnership "
                    + "is taking action where improvements are needed.",
            "The local area partnership's special educational needs and/or disabilities (SEND) arrangements lead to "
                    + "inconsistent experiences and outcomes for children and young people with SEND. The local area partnership "
                    + "must work jointly to make improvements.",
            "There are widespread and/or systemic failings leading to significant concerns about the experiences and outcomes "
                    + "of children and young people with special educational needs and/or disabilities (SEND), which the local "
                    + "area partnership must address urgently. The local area partnership's leaders must now tackle these "
                    + "widespread and/or systemic failings.");

    SyntheticDocument write(Drafting d, String stem) {
        Variation v = d.variation;
        Drafting.InspectionWeek week = d.inspectionWeek(d.year);
        LocalDate published = d.weeksAfter(week.end(), 4, 8);
        int outcome = v.random().nextInt(10) < 4 ? 0 : v.random().nextInt(10) < 7 ? 1 : 2;
        List<Part> parts = new ArrayList<>();
        parts.add(Part.title("Area SEND inspection of " + d.area + " Local Area Partnership"));
        parts.add(Part.paragraph(Drafting.LONG.format(published)));
        parts.add(Part.paragraph("Inspection dates: " + d.range(week).replaceFirst("^(Between|From) ", "")));
        if (v.chance(60)) {
            Drafting.InspectionWeek previous =
                    d.inspectionWeek(d.year - 4 - v.random().nextInt(3));
            parts.add(Part.paragraph("Dates of previous inspection: " + Drafting.DAY_MONTH.format(previous.start())
                    + " to " + Drafting.LONG.format(previous.end())));
        }
        parts.add(Part.heading("Inspection outcome"));
        parts.add(Part.paragraph(OUTCOMES.get(outcome)));
        parts.add(Part.paragraph(
                "The next full area SEND inspection will be within approximately " + (outcome == 0 ? "5" : "3")
                        + " years. Ofsted and the Care Quality Commission (CQC) ask that the local area partnership updates and "
                        + "publishes its strategic plan in response to the findings of this inspection."));
        parts.add(Part.heading("Information about the local area partnership"));
        parts.add(Part.paragraph(d.council() + " and " + d.healthBody(d.year)
                + " (ICB) are jointly responsible for the "
                + "planning and commissioning of services for children and young people with SEND in " + d.area + "."));
        parts.add(Part.paragraph("The local authority commissions " + v.between(2, 9) + " alternative providers and "
                + v.between(1, 4) + " special schools outside the area. There are " + v.between(3, 14)
                + " special schools in " + d.area + "."));
        for (String finding : d.findings(Bucket.MAIN_FINDING, v.chance(50), 2, 4)) {
            parts.add(Part.paragraph(finding));
        }
        parts.add(Part.heading("What the local area partnership is doing well"));
        for (Bucket bucket : List.of(Bucket.IDENTIFYING_STRENGTH, Bucket.MEETING_STRENGTH, Bucket.OUTCOMES_STRENGTH)) {
            d.findings(bucket, true, 2, 4).forEach(f -> parts.add(Part.bullet(f)));
        }
        parts.add(Part.heading("What the local area partnership needs to do better"));
        for (Bucket bucket : List.of(Bucket.IDENTIFYING_WEAKNESS, Bucket.MEETING_WEAKNESS, Bucket.OUTCOMES_WEAKNESS)) {
            d.findings(bucket, false, outcome == 0 ? 2 : 3, outcome == 0 ? 3 : 5)
                    .forEach(f -> parts.add(Part.bullet(f)));
        }
        parts.add(Part.heading(outcome == 2 ? "Areas for priority action" : "Areas for improvement"));
        for (String weakness : d.significantWeaknesses(2, 4)) {
            parts.add(Part.paragraph("Leaders across the partnership should address " + weakness + "."));
        }
        parts.add(Part.paragraph("Local area partnership details"));
        parts.add(Part.row("Local authority", "Integrated care board"));
        parts.add(Part.row(d.council(), d.healthBody(d.year)));
        parts.add(
                Part.row("Director of Children's Services: " + d.people.name(), "Chief Executive: " + d.people.name()));
        parts.add(Part.paragraph("Inspection team"));
        parts.add(Part.row("Ofsted", "Care Quality Commission"));
        parts.add(Part.row(d.people.name() + ", Ofsted HMI Lead inspector", d.people.name() + ", CQC Lead inspector"));
        return new SyntheticDocument(
                stem, DocumentType.INSPECTION_REPORT, d.area, published, SyntheticDocument.TextStyle.PLAIN, parts);
    }
}
