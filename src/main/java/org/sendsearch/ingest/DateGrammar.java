package org.sendsearch.ingest;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one grammar of dates the project reads and writes: the pieces every date pattern is built
 * from (weekday, day, month, year), the date forms made of them, the test for a line that is
 * nothing but a date, and the written form dates are shown in.
 *
 * <p>Forms read: "26 February 2019", "Monday, 7th February 2022", "Wed 7 Feb 2022", "the 3rd of
 * March 2023", "April 2, 2024", "2 Sept. 2021", numeric "04/02/2024" or "4.2.24" (one separator
 * throughout) and ISO "2024-04-02"; years 1900 to 2099; ordinal suffixes in any case ("26TH").
 * {@link DateFinder} finds them, {@link RangeFinder} the ranges they make in running text (elided,
 * month first, month-only starts, no year); {@link #isDateLine} tells a line holding only one of them.
 * Keeping the pieces here means a form read in one place is read everywhere.
 */
public final class DateGrammar {
    /** A month's name or abbreviation, maybe with a full stop; group: the name. Case is left to the caller. */
    static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    /** A weekday in full or short, with the comma and spaces after it ("Monday, ", "Wed "); no group. */
    static final String WEEKDAY = "(?:(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?\\s*,?\\s*)";
    /** A day of the month, maybe with its ordinal suffix; group: the number. */
    static final String DAY = "(\\d{1,2})(?i:st|nd|rd|th)?";
    /** A four-digit year of this or the last century; group: the year. */
    static final String YEAR = "((?:19|20)\\d{2})";
    /** Numeric day, month and year with one separator throughout; groups: first, separator, second, year. */
    static final String NUMERIC = "(\\d{1,2})(?<separator>[/.-])(\\d{1,2})\\k<separator>(\\d{4}|\\d{2})";
    /** An ISO date; groups: year, month, day. */
    static final String ISO = "((?:19|20)\\d{2})-(\\d{2})-(\\d{2})";

    /** Labels a date line may start with ("Date: ...", "Date of meeting: ..."). */
    private static final String LINE_LABEL = "(?:date(?: of meeting)?|meeting date)\\s*:\\s*";

    /** A line that is one date of any form, maybe labelled, maybe after its weekday and before a full stop. */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^(?:" + LINE_LABEL + ")?" + WEEKDAY + "?(?:"
            + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR
            + "|" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR
            + "|" + NUMERIC
            + "|" + ISO + ")\\.?$");

    /** The written form dates are shown in, "26 February 2019", wherever the project writes one. */
    public static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DateGrammar() {}

    /** Whether the whole line is one date (a letter's date line, a meeting date, a dated caption). */
    static boolean isDateLine(CharSequence line) {
        return DATE_LINE.matcher(line).matches();
    }
}
