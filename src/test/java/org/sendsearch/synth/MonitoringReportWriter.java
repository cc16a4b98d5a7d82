package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.synth.SourceMaterial.Bucket;

/**
 * A monitoring inspection report of the 2023 framework: about 18 months after a full inspection
 * found widespread and/or systemic failings, inspectors judge for each area for priority action
 * whether the partnership is taking effective action. The title, its dates and those of the full
 * inspection, a summary, then each area for priority action with what inspectors found and the
 * judgement, in varied wordings.
 */
final class MonitoringReportWriter {
    private static final List<String> TITLES = List.of(
            "Monitoring inspection of %s Local Area Partnership",
            "Area SEND monitoring inspection of %s Local Area Partnership");
    private static final List<String> EFFECTIVE = List.of(
            "The local area partnership is taking effective action to address this area for priority action.",
            "Inspectors found that the partnership has taken effective action in this area.",
            "The local area partnership has taken effective action to improve in this area.",
            "Leaders are taking effective action to address this area for priority action.");
    private static final List<String> NOT_EFFECTIVE = List.of(
            "The local area partnership has not taken effective action to address this area for priority action.",
            "Inspectors found that the partnership is not yet taking effective action in this area.",
            "The local area partnership is not taking effective action to improve in this area.",
            "Leaders have not taken sufficiently effective action to address this area for priority action.");

    SyntheticDocument write(Drafting d, String stem) {
        Variation v = d.variation;
        Drafting.InspectionWeek full = d.inspectionWeek(Math.min(2024, d.year - 1));
        Drafting.InspectionWeek week = d.inspectionWeek(d.year);
        int count = v.between(2, 5);
        List<Boolean> verdicts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            verdicts.add(v.chance(60));
        }
        boolean printedDate = v.chance(30);
        LocalDate date = printedDate ? d.weeksAfter(week.end(), 3, 6) : week.end();
        String dates = DateForms.reportRange(week, v);
        List<Part> parts = new ArrayList<>();
        parts.add(Part.title(String.format(v.pick(TITLES), d.area)));
        parts.add(Part.paragraph("Inspection dates: " + dates));
        boolean fullLabel = v.chance(40);
        parts.add(Part.paragraph(
                (fullLabel ? "Dates of the full area SEND inspection: " : "Dates of previous inspection: ")
                        + DateForms.reportRange(full, v)));
        if (printedDate) {
            parts.add(Part.paragraph("Published: " + Drafting.LONG.format(date)));
        }
        long effective = verdicts.stream().filter(b -> b).count();
        parts.add(Part.heading("Summary of findings"));
        parts.add(Part.paragraph("This monitoring inspection considered the progress the local area partnership has "
                + "made in addressing the " + count + " areas for priority action identified at the full inspection in "
                + Drafting.MONTH_YEAR.format(full.start()) + ". The partnership is taking effective action in "
                + effective + " of them."));
        parts.add(Part.paragraph("The next full area SEND inspection will be within approximately three years of "
                + "the full inspection."));
        parts.add(Part.heading("Information about the local area partnership"));
        parts.add(Part.paragraph(d.council() + " and " + d.healthBody(2023)
                + " (ICB) are jointly responsible for the planning and commissioning of services for children and young "
                + "people with SEND in " + d.area + "."));
        List<Part> actions = ActionLists.write(d, "Areas for priority action", count, true, false);
        for (int i = 0; i < count; i++) {
            parts.add(Part.heading("Area for priority action " + (i + 1)));
            parts.add(actions.get(i + 1));
            parts.add(Part.heading("Progress"));
            for (String finding : d.findings(Bucket.MAIN_FINDING, verdicts.get(i), 1, 3)) {
                parts.add(Part.paragraph(finding));
            }
            parts.add(Part.paragraph(v.pick(verdicts.get(i) ? EFFECTIVE : NOT_EFFECTIVE)));
        }
        parts.addAll(AreaReportWriter.details(d));
        return new SyntheticDocument(
                stem,
                DocumentType.MONITORING_REPORT,
                d.area,
                date,
                SyntheticDocument.TextStyle.PLAIN,
                parts,
                new SyntheticDocument.Facts(
                        String.join(
                                ", ",
                                java.util.stream.Stream.of(
                                                printedDate ? "dated" : "", fullLabel ? "full inspection label" : "")
                                        .filter(s -> !s.isEmpty())
                                        .toList()),
                        null,
                        count,
                        0,
                        verdicts,
                        week.start(),
                        week.end(),
                        full.start(),
                        full.end()),
                "Area SEND monitoring inspection report: " + d.area + " Local Area Partnership, " + dates);
    }
}
