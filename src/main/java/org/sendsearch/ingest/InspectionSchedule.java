package org.sendsearch.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the next inspections are due, as a 2023-framework report states them in its outcome: "The
 * next full area SEND inspection will be within approximately 3 years", "A monitoring inspection
 * will be carried out within approximately 18 months". The statement is kept as written (from
 * "within"), and the date it gives is reckoned from the inspection's last day: an estimate, as the
 * report's "approximately" is.
 *
 * @param nextInspection   the period of the next full inspection as stated ("within approximately 3 years"), or null
 * @param nextInspectionBy the inspection's last day plus that period, or null
 * @param monitoringBy     the inspection's last day plus the stated period of a monitoring inspection, or null
 */
record InspectionSchedule(String nextInspection, LocalDate nextInspectionBy, LocalDate monitoringBy) {
    static final InspectionSchedule NONE = new InspectionSchedule(null, null, null);

    private static final String PERIOD =
            "(within\\s+(?:approximately\\s+|about\\s+|around\\s+|roughly\\s+)?(\\d{1,2}|[a-z]+(?:[- ][a-z]+)?)\\s+(years?|months?))";
    private static final Pattern NEXT = Pattern.compile(
            "(?i)\\bnext\\s+(?:full\\s+)?(?:area\\s+SEND\\s+|local\\s+area\\s+SEND\\s+)?(?:re-?inspection|inspection)"
                    + "[^.]{0,60}?\\b" + PERIOD);
    private static final Pattern MONITORING = Pattern.compile("(?i)\\bmonitoring\\s+inspection[^.]{0,60}?\\b" + PERIOD);
    private static final List<String> UNITS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");
    private static final List<String> TENS =
            List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /** The schedule a report's text states; {@link #NONE} when it states none. */
    static InspectionSchedule read(String text, LocalDate inspectionEnd) {
        Matcher next = NEXT.matcher(text);
        String stated = null;
        LocalDate by = null;
        if (next.find()) {
            stated = next.group(1).replaceAll("\\s+", " ");
            by = after(inspectionEnd, next.group(2), next.group(3));
        }
        Matcher monitoring = MONITORING.matcher(text);
        LocalDate monitoringBy =
                monitoring.find() ? after(inspectionEnd, monitoring.group(2), monitoring.group(3)) : null;
        return stated == null && monitoringBy == null ? NONE : new InspectionSchedule(stated, by, monitoringBy);
    }

    private static LocalDate after(LocalDate end, String count, String unit) {
        Integer n = count.chars().allMatch(Character::isDigit) ? Integer.valueOf(count) : numberWord(count);
        if (end == null || n == null) {
            return null;
        }
        return unit.toLowerCase(Locale.ROOT).startsWith("year") ? end.plusYears(n) : end.plusMonths(n);
    }

    /** A number written in words below a hundred ("five", "eighteen", "thirty-six", "twenty four"), or null. */
    static Integer numberWord(String words) {
        String[] parts = words.toLowerCase(Locale.ROOT).strip().split("[- ]+");
        if (parts.length == 1) {
            int unit = UNITS.indexOf(parts[0]);
            int tens = TENS.indexOf(parts[0]);
            return unit >= 0 ? Integer.valueOf(unit) : tens >= 2 ? Integer.valueOf(tens * 10) : null;
        }
        if (parts.length == 2) {
            int tens = TENS.indexOf(parts[0]);
            int unit = UNITS.indexOf(parts[1]);
            return tens >= 2 && unit >= 1 && unit <= 9 ? Integer.valueOf(tens * 10 + unit) : null;
        }
        return null;
    }
}
