package org.sendsearch.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sendsearch.ingest.DateGrammar;
import org.sendsearch.ingest.LocalAuthorities;

/**
 * What writing one document needs: its area and year, the source material, and the seeded
 * choices ({@link Variation}, {@link People}, {@link ThemeFindings}). Also the dates and the
 * recurring wordings that several document types share.
 */
final class Drafting {
    static final DateTimeFormatter LONG = DateGrammar.WRITTEN;
    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    final LocalAuthorities.Authority authority;
    final String area;
    final int year;
    final SourceMaterial material;
    final Variation variation;
    final People people;
    final ThemeFindings themes;
    private final String council;

    Drafting(LocalAuthorities.Authority authority, int year, SourceMaterial material, Variation variation) {
        this.authority = authority;
        this.area = authority.name();
        this.year = year;
        this.material = material;
        this.variation = variation;
        this.people = new People(variation);
        this.themes = new ThemeFindings(material.themes(), variation);
        this.council = councilName(area, variation);
    }

    /** The council's name, the same throughout a document: "Bury Council", "Knowsley Metropolitan Borough Council". */
    String council() {
        return council;
    }

    private static String councilName(String area, Variation variation) {
        if (area.startsWith("City of ") || area.endsWith(" Council")) {
            return area + (area.endsWith(" Council") ? "" : " Council");
        }
        return area
                + variation.pick(List.of(" Council", " Council", " Borough Council", " Metropolitan Borough Council"));
    }

    /** The health body of the time: a clinical commissioning group until mid-2022, then an integrated care board. */
    String healthBody(int atYear) {
        return atYear <= 2021 ? area + " Clinical Commissioning Group" : "NHS " + area + " Integrated Care Board";
    }

    /** A Monday-to-Friday inspection week in the year, not in August or the Christmas weeks. */
    InspectionWeek inspectionWeek(int atYear) {
        LocalDate day;
        do {
            day = LocalDate.of(atYear, 1, 8).plusDays(variation.random().nextInt(320));
        } while (day.getMonthValue() == 8);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new InspectionWeek(monday, monday.plusDays(4));
    }

    /** An inspection week: its first and last day. */
    record InspectionWeek(LocalDate start, LocalDate end) {}

    /**
     * The inspection dates in one of the forms the real letters use: "Between 14 January 2019 and
     * 18 January 2019", "Between 14 and 18 March 2022", "Between 29 January 2018 to 2 February 2018",
     * "From 30 April to 4 May 2018".
     */
    String range(InspectionWeek week) {
        LocalDate s = week.start();
        LocalDate e = week.end();
        boolean sameMonth = s.getMonth() == e.getMonth();
        String shortStart = sameMonth ? String.valueOf(s.getDayOfMonth()) : DAY_MONTH.format(s);
        return switch (variation.random().nextInt(4)) {
            case 0 -> "Between " + LONG.format(s) + " and " + LONG.format(e);
            case 1 -> "Between " + shortStart + " and " + LONG.format(e);
            case 2 -> "Between " + LONG.format(s) + " to " + LONG.format(e);
            default -> "From " + shortStart + " to " + LONG.format(e);
        };
    }

    /** A date a few weeks after the given one. */
    LocalDate weeksAfter(LocalDate date, int minWeeks, int maxWeeks) {
        return date.plusDays(7L * minWeeks + variation.random().nextInt(7 * (maxWeeks - minWeeks) + 1));
    }

    /** "Her" until September 2022, then "His". */
    static String majesty(LocalDate date) {
        return date.isBefore(LocalDate.of(2022, 9, 8)) ? "Her Majesty's" : "His Majesty's";
    }

    /** The Ofsted letterhead, in one of its converted forms. */
    List<Part> letterhead() {
        List<Part> parts = new ArrayList<>();
        if (variation.chance(50)) {
            parts.add(Part.paragraph("Ofsted Piccadilly Gate Store Street Manchester M1 2WD"));
            parts.add(Part.paragraph(
                    "T 0300 123 1231 Textphone 0161 618 8524 www.gov.uk/ofsted lasend.support@ofsted.gov.uk"));
        } else {
            parts.add(Part.paragraph("Ofsted Agora 6 Cumberland Place Nottingham NG1 6HJ"));
            parts.add(Part.paragraph(
                    "T 0300 123 1231 Textphone 0161 618 8524 enquiries@ofsted.gov.uk www.gov.uk/ofsted"));
        }
        return parts;
    }

    /** A finding of a group, or (about one time in four, or when the group is empty) one written from a theme. */
    String finding(SourceMaterial.Bucket bucket, boolean strength) {
        List<String> group = material.passages(bucket);
        if (group.isEmpty() || variation.chance(25)) {
            return strength ? themes.strength(area) : themes.weakness(area);
        }
        return variation.finding(group, area);
    }

    /** Several distinct findings of a group. */
    List<String> findings(SourceMaterial.Bucket bucket, boolean strength, int min, int max) {
        int count = variation.between(min, max);
        List<String> out = new ArrayList<>();
        for (int attempt = 0; out.size() < count && attempt < count * 4; attempt++) {
            String finding = finding(bucket, strength);
            if (!out.contains(finding)) {
                out.add(finding);
            }
        }
        return out;
    }

    /** Areas of significant weakness: from the real letters or the themes, without a full stop. */
    List<String> significantWeaknesses(int min, int max) {
        int count = variation.between(min, max);
        List<String> out = new ArrayList<>();
        List<String> real = material.passages(SourceMaterial.Bucket.SIGNIFICANT_WEAKNESS);
        for (int attempt = 0; out.size() < count && attempt < count * 4; attempt++) {
            String weakness = !real.isEmpty() && variation.chance(50)
                    ? variation.reword(variation.pick(real), area)
                    : themes.significantWeakness(area);
            weakness = weakness.replaceAll("[.;]+$", "");
            weakness = ThemeFindings.lowerFirst(weakness);
            if (!out.contains(weakness)) {
                out.add(weakness);
            }
        }
        return out;
    }

    static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
