package org.sendsearch.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendsearch.model.DocumentType;
import org.sendsearch.synth.SourceMaterial.Bucket;

/**
 * A joint local area SEND inspection letter of the 2016 framework: letterhead, date, addressees,
 * the title, the inspection dates and standard paragraphs, main findings, the three effectiveness
 * sections with strengths and areas for development, and, when a Written Statement of Action is
 * required, the areas of significant weakness; then the sign-off and the inspection team.
 */
final class InspectionLetterWriter {
    static final List<String> EFFECTIVENESS = List.of(
            "The effectiveness of the local area in identifying children and young people's special educational needs and/or disabilities",
            "The effectiveness of the local area in meeting the needs of children and young people with special educational needs and/or disabilities",
            "The effectiveness of the local area in improving outcomes for children and young people with special educational needs and/or disabilities");
    private static final List<List<Bucket>> SECTION_BUCKETS = List.of(
            List.of(Bucket.IDENTIFYING_STRENGTH, Bucket.IDENTIFYING_WEAKNESS),
            List.of(Bucket.MEETING_STRENGTH, Bucket.MEETING_WEAKNESS),
            List.of(Bucket.OUTCOMES_STRENGTH, Bucket.OUTCOMES_WEAKNESS));

    SyntheticDocument write(Drafting d, String stem) {
        Variation v = d.variation;
        Drafting.InspectionWeek week = d.inspectionWeek(d.year);
        LocalDate date = d.weeksAfter(week.end(), 3, 7);
        boolean wsoa = v.chance(40);
        List<Part> parts = new ArrayList<>(d.letterhead());
        parts.add(Part.paragraph(Drafting.LONG.format(date)));
        String director = d.people.name();
        String directorTitle = d.people.title();
        parts.addAll(addressees(d, director, directorTitle, week.end().getYear()));
        parts.add(Part.paragraph("Dear " + directorTitle + " " + People.surname(director)));
        parts.add(Part.title(
                (v.chance(70) ? "Joint local area SEND inspection in " : "Joint area SEND inspection in ") + d.area));
        parts.add(Part.paragraph(
                d.range(week) + ", Ofsted and the Care Quality Commission (CQC) conducted a joint inspection of the "
                        + "local area of " + d.area
                        + " to judge the effectiveness of the area in implementing the disability and special "
                        + "educational needs reforms as set out in the Children and Families Act 2014."));
        parts.add(
                Part.paragraph(
                        "The inspection was led by one of " + Drafting.majesty(date)
                                + " Inspectors from Ofsted, with a team "
                                + "of inspectors including an Ofsted Inspector and a children's services inspector from the Care Quality Commission (CQC)."));
        parts.add(Part.paragraph(
                "Inspectors spoke with children and young people with special educational needs and/or disabilities "
                        + "(SEND), parents and carers, and local authority and National Health Service (NHS) officers. They visited a range of "
                        + "providers and spoke to leaders, staff and governors about how they are implementing the SEND reforms. Inspectors "
                        + "looked at a range of information about the performance of the area, including the area's self-evaluation. "
                        + "Inspectors met with leaders for health, social care and education. They reviewed performance data and evidence "
                        + "about the local offer and joint commissioning."));
        if (wsoa) {
            parts.add(Part.paragraph(
                    "As a result of the findings of this inspection and in accordance with the Children Act 2004 "
                            + "(Joint Area Reviews) Regulations 2015, " + Drafting.majesty(date)
                            + " Chief Inspector (HMCI) has determined that "
                            + "a Written Statement of Action (WSOA) is required because of significant areas of weakness in the area's "
                            + "practice. HMCI has also determined that the local authority and the area's clinical commissioning group(s) "
                            + "are jointly responsible for submitting the written statement to Ofsted."));
        }
        if (week.start().getYear() >= 2021) {
            parts.add(Part.paragraph(
                    "In reaching their judgements, inspectors took account of the impact of the COVID-19 pandemic "
                            + "on SEND arrangements in the area. Inspectors considered a range of information about the impact of the "
                            + "pandemic and explored how the area's plans and actions had been adapted as a result."));
        }
        parts.add(Part.paragraph(
                "This letter outlines our findings from the inspection, including some areas of strength and "
                        + "areas for further improvement."));
        parts.add(Part.heading("Main findings"));
        for (String finding : d.findings(Bucket.MAIN_FINDING, v.chance(50), 5, 9)) {
            parts.add(Part.bullet(finding));
        }
        for (int i = 0; i < EFFECTIVENESS.size(); i++) {
            parts.add(Part.heading(EFFECTIVENESS.get(i)));
            parts.add(Part.heading("Strengths"));
            for (String finding : d.findings(SECTION_BUCKETS.get(i).get(0), true, 4, 7)) {
                parts.add(Part.bullet(finding));
            }
            parts.add(Part.heading(v.chance(80) ? "Areas for development" : "Areas for improvement"));
            for (String finding : d.findings(SECTION_BUCKETS.get(i).get(1), false, wsoa ? 6 : 4, wsoa ? 10 : 7)) {
                parts.add(Part.bullet(finding));
            }
        }
        if (wsoa) {
            parts.add(Part.paragraph(
                    "The inspection raises significant concerns about the effectiveness of the local area."));
            parts.add(Part.paragraph(
                    "The local area is required to produce and submit a Written Statement of Action to Ofsted "
                            + "that explains how it will tackle the following areas of significant weakness:"));
            List<String> weaknesses = d.significantWeaknesses(2, 5);
            for (int i = 0; i < weaknesses.size(); i++) {
                // As in the real letters, only the last item ends with a full stop.
                parts.add(Part.bullet(weaknesses.get(i) + (i == weaknesses.size() - 1 ? "." : "")));
            }
        }
        parts.addAll(signOff(d, date, "HMI Lead Inspector"));
        return new SyntheticDocument(
                stem,
                DocumentType.INSPECTION_LETTER,
                d.area,
                date,
                SyntheticDocument.TextStyle.PLAIN,
                parts,
                SyntheticDocument.Facts.of(wsoa ? "wsoa" : "")
                        .inspected(week.start(), week.end())
                        .stating(wsoa ? new SyntheticDocument.Stated(null, true, "") : null),
                null);
    }

    /** The director of children's services, the health body's officer and the nominated officer. */
    static List<Part> addressees(Drafting d, String director, String directorTitle, int year) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.paragraph(directorTitle + " " + director + " Director of Children's Services, " + d.council()));
        String healthOfficer = d.people.name();
        parts.add(Part.paragraph(healthOfficer + ", " + (year <= 2021 ? "Chief Officer" : "Chief Executive") + ", "
                + d.healthBody(year)));
        parts.add(Part.paragraph(d.people.name() + ", Local Area Nominated Officer, " + d.council()));
        return parts;
    }

    /** "Yours sincerely", the signatory, and the two-column table of the inspection team. */
    static List<Part> signOff(Drafting d, LocalDate date, String leadRole) {
        String lead = d.people.name();
        String cqc = d.people.name();
        List<Part> parts = new ArrayList<>();
        parts.add(Part.paragraph("Yours sincerely"));
        parts.add(Part.paragraph(lead + " " + Drafting.majesty(date) + " Inspector"));
        parts.add(Part.row("Ofsted", "Care Quality Commission"));
        parts.add(Part.row(d.people.name() + " HMI", d.people.name()));
        parts.add(Part.row(
                "Regional Director", "Deputy Chief Inspector, Primary Medical Services, Children Health and Justice"));
        parts.add(Part.row(lead, cqc));
        parts.add(Part.row(leadRole, "CQC Inspector"));
        parts.add(Part.paragraph(
                "Cc: Department for Education; Clinical commissioning group(s); Director Public Health for the "
                        + "local area; Department of Health; NHS England"));
        return parts;
    }
}
