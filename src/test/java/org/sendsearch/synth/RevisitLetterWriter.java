package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.synth.SourceMaterial.Bucket;

/**
 * A revisit letter: after a Written Statement of Action, inspectors return to judge whether each
 * area of significant weakness has improved. Each weakness gets the initial finding, what
 * inspectors saw now (progress and what is still weak) and a verdict, worded in one of the ways
 * letters word it; when some weakness has not improved enough, the letter may end with the
 * accelerated progress plan that follows.
 */
final class RevisitLetterWriter {
    /** How letters state that a weakness has improved enough; and that it has not. */
    private static final List<String> SUFFICIENT = List.of(
            "The area has made sufficient progress in addressing this area of weakness.",
            "Inspectors judge that the area has made sufficient progress in addressing this significant weakness.",
            "Sufficient progress has been made in addressing this area of significant weakness.",
            "Leaders have made sufficient progress in improving this area.");

    private static final List<String> NOT_SUFFICIENT = List.of(
            "The area has not made sufficient progress in addressing this area of weakness.",
            "Sufficient progress has not been made in addressing this significant weakness.",
            "Inspectors judge that the area has made insufficient progress in this area.",
            "Leaders have not made enough progress in addressing this area of significant weakness.");

    private static final List<String> COUNTS = List.of("none", "one", "two", "three", "four", "five");

    SyntheticDocument write(Drafting d, String stem) {
        Variation v = d.variation;
        Drafting.InspectionWeek initial =
                d.inspectionWeek(d.year - 2 - v.random().nextInt(2));
        Drafting.InspectionWeek week = d.inspectionWeek(d.year);
        LocalDate date = d.weeksAfter(week.end(), 3, 6);
        List<String> weaknesses = d.significantWeaknesses(2, 5);
        List<Boolean> improved = new ArrayList<>();
        int improvedCount = 0;
        for (int i = 0; i < weaknesses.size(); i++) {
            boolean ok = v.chance(60);
            improved.add(ok);
            improvedCount += ok ? 1 : 0;
        }
        List<Part> parts = new ArrayList<>(d.letterhead());
        parts.add(Part.paragraph(Drafting.LONG.format(date)));
        String director = d.people.name();
        String title = d.people.title();
        parts.addAll(
                InspectionLetterWriter.addressees(d, director, title, week.end().getYear()));
        parts.add(Part.paragraph("Dear " + title + " " + People.surname(director)));
        parts.add(Part.title("Joint local area SEND revisit in " + d.area));
        parts.add(Part.paragraph(
                d.range(week) + ", Ofsted and the Care Quality Commission (CQC) revisited the area of " + d.area
                        + " to decide whether sufficient progress has been made in addressing each of the areas of significant weakness "
                        + "detailed in the written statement of action issued on "
                        + Drafting.LONG.format(d.weeksAfter(initial.end(), 4, 8))
                        + ". As a result of the findings of the initial inspection, the local area was required to produce and submit "
                        + "a written statement of action."));
        parts.add(Part.paragraph(
                "The revisit was led by one of " + Drafting.majesty(date) + " Inspectors from Ofsted, with a team "
                        + "of inspectors including a children's services inspector from the CQC."));
        parts.add(
                Part.paragraph(
                        "Inspectors spoke with children and young people with special educational needs and/or "
                                + "disabilities (SEND), parents and carers, and local authority and National Health Service (NHS) officers. "
                                + "They looked at a range of information about the performance of the area, including the area's improvement plans."));
        parts.add(Part.paragraph(
                "This letter outlines our findings from the revisit. The area has made sufficient progress in "
                        + "addressing " + COUNTS.get(improvedCount) + " of the " + COUNTS.get(weaknesses.size())
                        + " significant weaknesses identified at the initial inspection."
                        + (improvedCount < weaknesses.size()
                                ? " The area has not made sufficient progress in addressing "
                                        + COUNTS.get(weaknesses.size() - improvedCount) + " significant weakness"
                                        + (weaknesses.size() - improvedCount == 1 ? "." : "es.")
                                : "")));
        parts.add(Part.heading("Main findings"));
        for (int i = 0; i < weaknesses.size(); i++) {
            parts.add(Part.paragraph("At the initial inspection, inspectors found " + weaknesses.get(i) + "."));
            for (String finding : d.findings(Bucket.MAIN_FINDING, improved.get(i), 2, 3)) {
                parts.add(Part.paragraph(finding));
            }
            parts.add(Part.paragraph(v.pick(improved.get(i) ? SUFFICIENT : NOT_SUFFICIENT)));
        }
        boolean plan = improvedCount < weaknesses.size() && v.chance(60);
        if (improvedCount < weaknesses.size()) {
            parts.add(Part.paragraph(
                    plan
                            ? "As the area has not made sufficient progress in addressing all of the significant weaknesses, "
                                    + "the Department for Education (DfE) and NHS England have determined that an accelerated "
                                    + "progress plan (APP) will be required. The area should submit the accelerated progress "
                                    + "plan to the DfE."
                            : "As not all the significant weaknesses have improved, it is for the Department for Education "
                                    + "and NHS England to determine the next steps. Ofsted and CQC will not carry out any "
                                    + "further revisit until the next inspection."));
        }
        parts.addAll(InspectionLetterWriter.signOff(d, date, "HMI Lead Inspector"));
        return new SyntheticDocument(
                stem,
                DocumentType.REVISIT_LETTER,
                d.area,
                date,
                SyntheticDocument.TextStyle.PLAIN,
                parts,
                new SyntheticDocument.Facts(
                        plan ? "accelerated progress plan" : "",
                        null,
                        0,
                        0,
                        improved,
                        week.start(),
                        week.end(),
                        null,
                        null),
                null);
    }
}
