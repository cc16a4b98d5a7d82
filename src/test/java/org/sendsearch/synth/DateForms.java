package org.sendsearch.synth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The forms dates take in the real collection beyond the written "9 December 2024": the 2023
 * reports' inspection ranges, and what council papers, the press and forums write ("12th-16th July
 * 2021", "September 23-25, 2019", "07/04/2020", "Monday 09 March 2020", "Jul 29, 2019").
 */
final class DateForms {
    private static final DateTimeFormatter LONG = Drafting.LONG;
    private static final DateTimeFormatter DAY_MONTH = Drafting.DAY_MONTH;
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter PADDED_WEEKDAY = DateTimeFormatter.ofPattern("EEEE dd MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_FIRST = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH_FIRST = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.UK);

    private DateForms() {}

    /**
     * A 2023 report's "Inspection dates: ..." value: "9 to 13 December 2024", "13 March 2023 to 17
     * March 2023", "27 November - 1 December 2023", "9 December to 13 December 2024".
     */
    static String reportRange(Drafting.InspectionWeek week, Variation v) {
        LocalDate s = week.start();
        LocalDate e = week.end();
        boolean sameMonth = s.getMonth() == e.getMonth();
        return switch (v.random().nextInt(sameMonth ? 4 : 3)) {
            case 0 -> LONG.format(s) + " to " + LONG.format(e);
            case 1 -> DAY_MONTH.format(s) + " - " + LONG.format(e);
            case 2 -> DAY_MONTH.format(s) + " to " + LONG.format(e);
            default -> s.getDayOfMonth() + " to " + LONG.format(e);
        };
    }

    /**
     * An inspection week as councils and the press write it in running text, year included: "12th-16th
     * July 2021", "September 23-25, 2019", "between 12 and 16 July 2021", "from 12 to 16 July 2021".
     */
    static String proseRange(Drafting.InspectionWeek week, Variation v) {
        LocalDate s = week.start();
        LocalDate e = week.end();
        if (s.getMonth() != e.getMonth()) {
            return "between " + DAY_MONTH.format(s) + " and " + LONG.format(e);
        }
        return switch (v.random().nextInt(4)) {
            case 0 ->
                ordinal(s.getDayOfMonth()) + "-" + ordinal(e.getDayOfMonth()) + " " + Drafting.MONTH_YEAR.format(e);
            case 1 ->
                e.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK) + " " + s.getDayOfMonth() + "-"
                        + e.getDayOfMonth() + ", " + e.getYear();
            case 2 -> "between " + s.getDayOfMonth() + " and " + LONG.format(e);
            default -> "from " + s.getDayOfMonth() + " to " + LONG.format(e);
        };
    }

    /** A publication or meeting date in one of the forms councils and forums print. */
    static String printed(LocalDate date, Variation v) {
        return switch (v.random().nextInt(5)) {
            case 0 -> NUMERIC.format(date);
            case 1 -> MONTH_FIRST.format(date);
            case 2 -> SHORT_MONTH_FIRST.format(date).replace("Sept ", "Sep ");
            case 3 -> PADDED_WEEKDAY.format(date);
            default -> LONG.format(date);
        };
    }

    /** "1st", "2nd", "23rd", "12th". */
    static String ordinal(int day) {
        String suffix = day % 100 >= 11 && day % 100 <= 13
                ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return day + suffix;
    }
}
