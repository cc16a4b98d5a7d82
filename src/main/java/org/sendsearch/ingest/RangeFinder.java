package org.sendsearch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Finds date ranges in running text, in every form the {@link DateGrammar} reads, written out in full
 * or with parts left to be understood:
 *
 * <ul>
 *   <li>two whole dates joined by "and", "to", "until", "through" or a dash, in any form {@link
 *       DateFinder} reads ("27 September 2021 and 1 October 2021", "07/04/2020 - 09/04/2020", "July 29,
 *       2019 – August 2, 2019");
 *   <li>a start that shares its month and year with the end ("12th-16th July 2021", "Between 14 and 18
 *       March 2022", "28 November to 2 December 2022");
 *   <li>month first ("September 23-25, 2019", "July 29 to August 2, 2019");
 *   <li>a start given only as a month ("between January 2022 and 1 February 2022"): the range starts on
 *       the month's first day, and says its start day is not known;
 *   <li>no year at all ("Between 27 and 29 September"): the year is the latest that does not put the
 *       range after the document's own date; with no document date the range is not read, since its
 *       year would be invented.
 * </ul>
 *
 * <p>Month names are read where they start with a capital, as English writes them ("SEPTEMBER" too):
 * scanning only from capitals keeps this cheap on long documents. A range is kept only when it runs forwards and lasts at most 62 days: what an inspection, a visit or
 * fieldwork takes. Immutable and thread-safe.
 */
final class RangeFinder {
    /** What joins a range's two ends; "the" or a weekday may stand before the second ("to Friday 13 March", "to the 7th"). */
    private static final String JOIN =
            "\\s*(?:and|to|until|till|through|thru|-|–|—)\\s*(?:the\\s+)?" + DateGrammar.WEEKDAY + "?";

    private static final Pattern JOINED = Pattern.compile("(?i)" + JOIN);
    private static final String DIGITS = "0123456789";
    private static final String MONTH_INITIALS = "JFMASOND";

    /** "12th-16th July 2021", "14 and 18 March 2022", "28 November to 2 December 2022": groups day, month?, year?, day, month, year. */
    private static final PatternScan DAY_FIRST = new PatternScan(
            Pattern.compile("(?i)(?<![\\d/.])" + DateGrammar.DAY + "(?:\\s+(?:of\\s+)?" + DateGrammar.MONTH
                    + "(?:,?\\s+" + DateGrammar.YEAR + ")?)?" + JOIN + DateGrammar.DAY + "\\s+(?:of\\s+)?"
                    + DateGrammar.MONTH + ",?\\s+" + DateGrammar.YEAR + "(?!\\d)"),
            DIGITS);

    /** "September 23-25, 2019", "July 29 to August 2, 2019": groups month, day, year?, month?, day, year. */
    private static final PatternScan MONTH_FIRST = new PatternScan(
            Pattern.compile("(?i)(?<![a-z])" + DateGrammar.MONTH + "\\s+" + DateGrammar.DAY + "(?:,?\\s+"
                    + DateGrammar.YEAR + ")?" + JOIN + "(?:" + DateGrammar.MONTH + "\\s+)?" + DateGrammar.DAY
                    + ",?\\s+" + DateGrammar.YEAR + "(?!\\d)"),
            MONTH_INITIALS);

    /** "January 2022 and 1 February 2022": groups month, year, day, month, year. */
    private static final PatternScan MONTH_START = new PatternScan(
            Pattern.compile(
                    "(?i)(?<![a-z\\d])(?<!\\d\\s)(?<!\\d\\s\\s)" + DateGrammar.MONTH + "\\s+" + DateGrammar.YEAR + JOIN
                            + DateGrammar.DAY + "\\s+(?:of\\s+)?" + DateGrammar.MONTH + ",?\\s+" + DateGrammar.YEAR
                            + "(?!\\d)"),
            MONTH_INITIALS);

    /** "27 and 29 September", "28 November to 2 December", no year after: groups day, month?, day, month. */
    private static final PatternScan NO_YEAR = new PatternScan(
            Pattern.compile("(?i)(?<![\\d/.])" + DateGrammar.DAY + "(?:\\s+(?:of\\s+)?" + DateGrammar.MONTH
                    + ")?" + JOIN + DateGrammar.DAY + "\\s+(?:of\\s+)?" + DateGrammar.MONTH
                    + "(?![a-z])(?!,?\\s*(?:of\\s+)?\\d)"),
            DIGITS);

    /**
     * A range found in the text.
     *
     * @param startDayKnown false when the text gave the start only as a month, read as its first day
     */
    record Range(LocalDate start, LocalDate end, int position, int endPosition, boolean startDayKnown) {}

    /**
     * Every range in {@code text}, in text order, overlapping readings of the same words kept once.
     *
     * @param dates    the single dates {@link DateFinder} found in the same text
     * @param documentDate the document's own date, which places ranges written without a year; null: skip them
     */
    List<Range> ranges(String text, List<DateFinder.FoundDate> dates, LocalDate documentDate) {
        List<Range> found = new ArrayList<>();
        for (int i = 0; i + 1 < dates.size(); i++) {
            DateFinder.FoundDate first = dates.get(i);
            DateFinder.FoundDate second = dates.get(i + 1);
            if (first.end() <= second.start()
                    && JOINED.matcher(text.substring(first.end(), second.start()))
                            .matches()) {
                LocalDate end = DateFinder.resolve(second, dates);
                add(found, DateFinder.resolve(first, dates), end, first.start(), second.end(), true);
            }
        }
        for (MatchResult m : DAY_FIRST.matches(text)) {
            LocalDate end = date(m.group(6), m.group(5), m.group(4));
            if (end != null) {
                add(found, start(m.group(1), m.group(2), m.group(3), end), end, m.start(), m.end(), true);
            }
        }
        for (MatchResult m : MONTH_FIRST.matches(text)) {
            LocalDate end = date(m.group(6), m.group(4) == null ? m.group(1) : m.group(4), m.group(5));
            if (end != null) {
                add(found, start(m.group(2), m.group(1), m.group(3), end), end, m.start(), m.end(), true);
            }
        }
        for (MatchResult m : MONTH_START.matches(text)) {
            LocalDate end = date(m.group(5), m.group(4), m.group(3));
            LocalDate start = date(m.group(2), m.group(1), "1");
            if (end != null) {
                add(found, start, end, m.start(), m.end(), false);
            }
        }
        if (documentDate != null) {
            for (MatchResult m : NO_YEAR.matches(text)) {
                LocalDate end =
                        date(documentDate.getYear(), DateFinder.month(m.group(4)), Integer.parseInt(m.group(3)));
                if (end != null && end.isAfter(documentDate)) {
                    end = date(documentDate.getYear() - 1, end.getMonthValue(), end.getDayOfMonth());
                }
                if (end != null) {
                    add(found, start(m.group(1), m.group(2), null, end), end, m.start(), m.end(), true);
                }
            }
        }
        found.sort(Comparator.comparingInt(Range::position)
                .thenComparing(Comparator.comparingInt(Range::endPosition).reversed()));
        List<Range> kept = new ArrayList<>();
        for (Range range : found) {
            if (kept.isEmpty() || range.position() >= kept.get(kept.size() - 1).endPosition()) {
                kept.add(range);
            }
        }
        return kept;
    }

    /** The start of a range from its own day and the month and year it may share with the end. */
    private static LocalDate start(String day, String month, String year, LocalDate end) {
        int monthValue = month == null ? end.getMonthValue() : DateFinder.month(month);
        int yearValue = year != null
                ? Integer.parseInt(year)
                : monthValue > end.getMonthValue() ? end.getYear() - 1 : end.getYear();
        return date(yearValue, monthValue, Integer.parseInt(day));
    }

    private static void add(List<Range> found, LocalDate start, LocalDate end, int from, int to, boolean dayKnown) {
        if (start != null
                && end != null
                && !start.isAfter(end)
                && !start.plusDays(62).isBefore(end)) {
            found.add(new Range(start, end, from, to, dayKnown));
        }
    }

    private static LocalDate date(String year, String month, String day) {
        return date(Integer.parseInt(year), DateFinder.month(month), Integer.parseInt(day));
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
