package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.DocumentType;

/**
 * A council news item about a SEND inspection or revisit: masthead, date, headline, byline, what
 * the inspectors looked at and found, and a quote from a named council officer. It avoids the
 * committee-report wording (recommendations, cabinet members) that would make it read as a report.
 * Half have no header block (the headline first, then the date in a web page's form); the
 * inspection week and the result are written as councils write them.
 */
final class PressReleaseWriter {
    private static final List<String> HEADLINES = List.of(
            "Improvements made following SEND area inspection",
            "Inspectors recognise progress in support for children with SEND",
            "Council responds to SEND inspection findings",
            "SEND inspection highlights strengths and areas to improve",
            "Progress on SEND improvements confirmed by review");
    private static final List<String> ROLES = List.of(
            "Executive Director for Children's Services",
            "Director of Children's Services",
            "Lead Member for Children and Families",
            "Leader of the Council");
    private static final List<String> QUOTES = List.of(
            "Ensuring children and families with SEND receive the right support at the right time is a key priority for us, "
                    + "and we know that there is still a lot that needs to improve.",
            "This feedback clearly demonstrates that improvements are being made, and importantly the improvements have also "
                    + "been recognised by parents and carers.",
            "We will continue to work with our partners and the parent carer forum to provide the very best services and "
                    + "support to our children, young people and their families.",
            "We accept the findings in full and we are determined to make the changes that families have told us they need.");

    SyntheticDocument write(Drafting d, String stem) {
        Variation v = d.variation;
        int inspectionYear = Math.max(2016, d.year - v.random().nextInt(2));
        Drafting.InspectionWeek week = d.inspectionWeek(inspectionYear);
        LocalDate date = d.weeksAfter(week.end(), 6, 40);
        if (date.getYear() > 2026) {
            date = LocalDate.of(2026, 12, 1);
        }
        String council = d.council();
        List<Part> parts = new ArrayList<>();
        boolean header = v.chance(50);
        if (header) {
            parts.add(Part.paragraph(council));
            parts.add(Part.paragraph(Drafting.LONG.format(date)));
            parts.add(Part.paragraph("Press release"));
            parts.add(Part.title(v.pick(HEADLINES)));
        } else {
            // No header block: the headline first, then the date as the site prints it.
            parts.add(Part.title(v.pick(HEADLINES)));
            String printed = DateForms.printed(date, v);
            parts.add(Part.paragraph(v.chance(50) ? "Published: " + printed : printed));
        }
        if (v.chance(60)) {
            parts.add(Part.paragraph("by " + d.people.name()));
        }
        SyntheticDocument.Stated result = null;
        boolean monthOnly = inspectionYear < 2023 && v.chance(50);
        if (inspectionYear >= 2023) {
            parts.add(
                    Part.paragraph(
                            "Ofsted and the Care Quality Commission (CQC) carried out an area SEND inspection in "
                                    + d.area + " " + DateForms.proseRange(week, v)
                                    + ", looking at services for children and young people "
                                    + "with special educational needs and/or disabilities (SEND) across health, social care and education."));
            result = Paraphrases.outcome(v.random().nextInt(3), d.area, v);
            parts.add(Part.paragraph(result.sentence()));
        } else {
            parts.add(Part.paragraph((monthOnly
                            ? "In " + Drafting.MONTH_YEAR.format(week.start())
                            : Drafting.capitalise(DateForms.proseRange(week, v)))
                    + ", Ofsted and the Care Quality Commission (CQC) conducted a local area inspection in " + d.area
                    + " of special educational needs and/or disabilities (SEND) services and support provided across "
                    + "health, social care and education."));
            parts.add(Part.paragraph("The inspection team assessed the local area against the following criteria:"));
            parts.add(
                    Part.bullet("The effectiveness of the local area in identifying children and young people's SEND"));
            parts.add(Part.bullet(
                    "The effectiveness of the local area in meeting the needs of children and young people with SEND"));
            parts.add(
                    Part.bullet(
                            "The effectiveness of the local area in improving outcomes for children and young people with SEND"));
            if (v.chance(50)) {
                result = Paraphrases.wsoa(v.chance(50), v);
                parts.add(Part.paragraph(result.sentence()));
            }
        }
        List<String> strengths = d.findings(SourceMaterial.Bucket.MEETING_STRENGTH, true, 1, 2);
        parts.add(Part.paragraph(
                "The inspection highlighted a number of strengths in " + d.area + ". " + String.join(" ", strengths)));
        parts.add(Part.paragraph("Inspectors also identified areas for improvement. " + d.themes.weakness(d.area)));
        String spokesperson = d.people.name();
        parts.add(Part.paragraph(spokesperson + ", " + v.pick(ROLES) + ", said: \"" + v.pick(QUOTES) + "\""));
        parts.add(Part.paragraph("\"" + v.pick(QUOTES) + "\""));
        return new SyntheticDocument(
                stem,
                DocumentType.PRESS_RELEASE,
                d.area,
                date,
                SyntheticDocument.TextStyle.PLAIN,
                parts,
                SyntheticDocument.Facts.of(header ? "" : "no header")
                        .inspected(monthOnly ? null : week.start(), monthOnly ? null : week.end())
                        .stating(result),
                null);
    }
}
