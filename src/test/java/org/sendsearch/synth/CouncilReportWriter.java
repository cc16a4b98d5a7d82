package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.synth.SourceMaterial.Bucket;

/**
 * A report to a council committee or board about a SEND inspection and the response to it: the
 * meeting date, report title and author's role, a summary, the recommendations, then numbered
 * sections (reasons, options, background with the inspection dates, findings, progress so far,
 * implications) and the report author.
 */
final class CouncilReportWriter {
    /** Committee names end in Board, Committee, Panel or Forum, as extraction expects of them. */
    private static final List<String> COMMITTEES = List.of(
            "Health and Wellbeing Board",
            "Children, Young People and Education Committee",
            "Children and Families Overview and Scrutiny Committee",
            "Children's Services Scrutiny Panel",
            "Schools Forum",
            "Corporate Parenting Board",
            "Children's Improvement Board");

    private static final List<String> TITLES = List.of(
            "LOCAL AREA SEND INSPECTION UPDATE",
            "SEND INSPECTION OUTCOME AND RESPONSE",
            "WRITTEN STATEMENT OF ACTION PROGRESS REPORT",
            "SEND IMPROVEMENT PLAN UPDATE",
            "AREA SEND INSPECTION FINDINGS");
    private static final List<String> AUTHORS = List.of(
            "DIRECTOR OF CHILDREN'S SERVICES",
            "DIRECTOR OF CHILDREN, FAMILIES AND EDUCATION",
            "ASSISTANT DIRECTOR: EDUCATION",
            "DIRECTOR OF PUBLIC HEALTH");

    SyntheticDocument write(Drafting d, String stem) {
        Variation v = d.variation;
        int inspectionYear = Math.max(2016, d.year - v.random().nextInt(2));
        Drafting.InspectionWeek week = d.inspectionWeek(inspectionYear);
        LocalDate meeting = d.weeksAfter(week.end(), 8, 30);
        if (meeting.getYear() > 2026) {
            meeting = LocalDate.of(2026, 12, 1);
        }
        String committee = v.pick(COMMITTEES);
        String inspection = inspectionYear >= 2023 ? "area SEND inspection" : "joint local area SEND inspection";
        List<Part> parts = new ArrayList<>();
        parts.add(Part.paragraph(d.council()));
        parts.add(Part.paragraph(committee));
        parts.add(Part.paragraph(
                meeting.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + ", "
                        + Drafting.LONG.format(meeting)));
        parts.add(Part.paragraph("REPORT TITLE: " + v.pick(TITLES)));
        parts.add(Part.paragraph("REPORT OF: " + v.pick(AUTHORS)));
        parts.add(Part.heading("REPORT SUMMARY"));
        parts.add(
                Part.paragraph(
                        "The report provides members of the " + committee + " with an overview of the " + d.area
                                + " local area response to the findings of the " + inspection
                                + " into the effectiveness of the local area in "
                                + "meeting the needs of children and young people with special educational needs and/or disabilities (SEND)."));
        parts.add(Part.paragraph("The inspection took place " + Drafting.DAY_MONTH.format(week.start()) + " to "
                + Drafting.LONG.format(week.end())
                + ", conducted by Ofsted and the Care Quality Commission (CQC). The findings "
                + "are attached at appendix A to this report."));
        parts.add(Part.paragraph("This is not a key decision."));
        parts.add(Part.heading("RECOMMENDATION/S"));
        parts.add(Part.paragraph("The " + committee + " is recommended to:"));
        parts.add(Part.bullet("1) note the findings of the inspection and the response of the local area;"));
        parts.add(Part.bullet("2) endorse the actions carried out to date and the proposed next steps; and"));
        parts.add(Part.bullet("3) request a further progress report within " + v.between(6, 12) + " months."));
        parts.add(Part.heading("SUPPORTING INFORMATION"));
        parts.add(Part.heading("1.0 REASON/S FOR RECOMMENDATION/S"));
        parts.add(Part.bullet(
                "1.1 To ensure that elected members are aware of the findings of the inspection and the plans to "
                        + "address the areas for improvement identified."));
        parts.add(Part.bullet(
                "1.2 To ensure robust governance and oversight of SEND improvements across " + d.area + "."));
        parts.add(Part.heading("2.0 OTHER OPTIONS CONSIDERED"));
        parts.add(Part.bullet("2.1 No other options have been considered, given the clear need for improvement."));
        parts.add(Part.heading("3.0 BACKGROUND INFORMATION"));
        int n = 1;
        for (String context : contexts(d, 3, 6)) {
            parts.add(Part.bullet("3." + n++ + " " + context));
        }
        parts.add(Part.heading("4.0 MAIN FINDINGS - STRENGTHS"));
        n = 1;
        for (String finding : d.findings(Bucket.MEETING_STRENGTH, true, 3, 6)) {
            parts.add(Part.bullet("4." + n++ + " " + finding));
        }
        parts.add(Part.heading("5.0 MAIN FINDINGS - AREAS FOR IMPROVEMENT"));
        parts.add(Part.paragraph("The areas for improvement are themed below, with the response to each."));
        List<org.sendsearch.ingest.ThemeTaxonomy.Theme> themes =
                new ArrayList<>(d.material.themes().themes());
        java.util.Collections.shuffle(themes, v.random());
        int themeCount = v.between(2, 4);
        for (int t = 0; t < themeCount && t < themes.size(); t++) {
            parts.add(Part.heading("Theme " + (t + 1) + ": " + themes.get(t).label()));
            for (String finding :
                    d.findings(t % 2 == 0 ? Bucket.MEETING_WEAKNESS : Bucket.IDENTIFYING_WEAKNESS, false, 1, 3)) {
                parts.add(Part.bullet(finding));
            }
            parts.add(Part.heading("Progress so far"));
            for (String action : actions(d, 1, 3)) {
                parts.add(Part.bullet(action));
            }
        }
        parts.add(Part.heading("6.0 PROGRESS TO DATE"));
        n = 1;
        for (String action : actions(d, 5, 10)) {
            parts.add(Part.bullet("6." + n++ + " " + action));
        }
        parts.add(Part.heading("7.0 FINANCIAL IMPLICATIONS"));
        parts.add(Part.bullet(
                "7.1 The actions set out in this report will be met from existing budgets, including the high needs "
                        + "block of the dedicated schools grant."));
        parts.add(Part.heading("8.0 EQUALITY IMPLICATIONS"));
        parts.add(Part.bullet(
                "8.1 An Equality Impact Assessment will be completed for the associated actions and reported back "
                        + "in the next update."));
        parts.add(Part.paragraph("REPORT AUTHOR: " + d.people.name()));
        parts.add(Part.paragraph("Assistant Director: Education"));
        parts.add(Part.heading("BACKGROUND PAPERS"));
        parts.add(Part.paragraph("SEND Strategy " + (d.year - 1) + "-" + (d.year + 3)));
        return new SyntheticDocument(
                stem,
                DocumentType.COUNCIL_REPORT,
                d.area,
                meeting,
                SyntheticDocument.TextStyle.MARKDOWN,
                parts,
                SyntheticDocument.Facts.of("").inspected(week.start(), week.end()),
                null);
    }

    private static List<String> contexts(Drafting d, int min, int max) {
        List<String> source = d.material.passages(Bucket.COUNCIL_CONTEXT);
        return source.isEmpty()
                ? d.findings(Bucket.MAIN_FINDING, true, min, max)
                : d.variation.findings(source, d.variation.between(min, max), d.area);
    }

    private static List<String> actions(Drafting d, int min, int max) {
        List<String> source = d.material.passages(Bucket.COUNCIL_ACTION);
        List<String> out = new ArrayList<>(
                source.isEmpty() ? List.of() : d.variation.findings(source, d.variation.between(min, max), d.area));
        if (out.size() < min) {
            out.add(
                    "A multi-agency improvement board, chaired by the Director of Children's Services, now meets monthly to "
                            + "oversee delivery of the improvement plan in " + d.area + ".");
        }
        return out;
    }
}
