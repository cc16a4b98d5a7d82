package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.DocumentType;

/**
 * A parent carer forum's blog post about an inspection: the forum's name at its head, the post's
 * date in one of the forms blogs print, the inspection week (sometimes without its year, since the
 * post gives it), the result in the forum's words, and what the forum will do next.
 */
final class ForumPostWriter {
    private static final List<String> FORUMS = List.of(
            "%s Parent Carer Forum", "%s Parent Carers Forum", "Parent Carer Forum %s", "%s Parent and Carer Forum");
    private static final List<String> TITLES = List.of(
            "Our response to the SEND inspection",
            "SEND inspection: what it means for families",
            "The inspection report is out",
            "What the inspectors found, and what happens next");
    private static final List<String> NEXT = List.of(
            "As a forum we will keep working with the council and health partners so that the voice of families shapes "
                    + "what happens next.",
            "We would like to thank every parent and carer who took part in the survey and the focus groups during the "
                    + "inspection.",
            "We will hold a coffee morning next month to talk through the report with families. Please get in touch if "
                    + "you would like to come along.",
            "Many of the findings reflect what families have been telling us for some time, especially about waiting "
                    + "times and communication.");

    SyntheticDocument write(Drafting d, String stem) {
        Variation v = d.variation;
        Drafting.InspectionWeek week = d.inspectionWeek(d.year);
        LocalDate date = d.weeksAfter(week.end(), 5, 10);
        String forum = String.format(v.pick(FORUMS), d.area);
        List<Part> parts = new ArrayList<>();
        parts.add(Part.paragraph(forum));
        parts.add(Part.title(v.pick(TITLES)));
        String printed = DateForms.printed(date, v);
        parts.add(Part.paragraph(v.chance(50) ? "Posted on " + printed + " by " + forum : printed));
        boolean sameYear = week.start().getYear() == date.getYear()
                && week.start().getMonth() == week.end().getMonth();
        boolean noYear = sameYear && v.chance(50);
        String range = noYear
                ? "Between " + week.start().getDayOfMonth() + " and " + Drafting.DAY_MONTH.format(week.end())
                : Drafting.capitalise(DateForms.proseRange(week, v));
        parts.add(Part.paragraph(range + ", inspectors from Ofsted and the Care Quality Commission (CQC) visited "
                + d.area + " to look at how well education, health and care services work together for children and "
                + "young people with special educational needs and/or disabilities."));
        SyntheticDocument.Stated result = Paraphrases.result(d.year, d.area, v);
        parts.add(Part.paragraph("The report has now been published. " + result.sentence()));
        parts.add(Part.paragraph("Inspectors also found that " + ThemeFindings.lowerFirst(d.themes.weakness(d.area))));
        parts.add(Part.paragraph(v.pick(NEXT)));
        parts.add(Part.paragraph(v.pick(NEXT)));
        return new SyntheticDocument(
                stem,
                DocumentType.FORUM_POST,
                d.area,
                date,
                SyntheticDocument.TextStyle.PLAIN,
                parts,
                SyntheticDocument.Facts.of(noYear ? "range without year" : "")
                        .inspected(week.start(), week.end())
                        .stating(result),
                null);
    }
}
