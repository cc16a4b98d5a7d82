package org.sendsearch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and date ranges in English text, in every form of the {@link DateGrammar} these documents use:
 * "26 February 2019", "Monday, 7th February 2022", "Monday , 7th February 2022", "April 2, 2024",
 * "2 Apr 2024", numeric "04/02/2024" and ISO "2024-04-02"; ranges such as "Between 14 and 18 March
 * 2022", "between 27 September 2021 and 1 October 2021", "29 January 2018 to 2 February 2018",
 * "from 3 to 7 July 2023", "28 November to 2 December 2022", "14-18 March 2022".
 *
 * <p>Numeric dates are ambiguous (British day-first or American month-first). Each is returned
 * with both readings when they differ; {@link #resolve} picks the one a written date in the same
 * document confirms, and the British reading otherwise.
 */
final class DateFinder {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH = DateGrammar.MONTH;
    private static final String WEEKDAY = DateGrammar.WEEKDAY;
    private static final String DAY = DateGrammar.DAY;
    private static final String YEAR = DateGrammar.YEAR;

    // Every pattern starts with a digit or a capital letter test, so the scan rejects most positions
    // at once (the extractor must run at several MB/s); a weekday before a date is left out of the
    // match, which starts at the day.
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(?=\\d)(?<![\\d/.])" + DAY + "\\s+(?:of\\s+)?(?i:" + MONTH + "),?\\s+" + YEAR + "(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("(?=[JFMASOND])(?i:" + MONTH + ")\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)");
    private static final String DIGITS = "0123456789";
    private static final PatternScan NUMERIC = new PatternScan(
            Pattern.compile("(?=\\d)(?<![\\d/.-])" + DateGrammar.NUMERIC + "(?![\\d/.-]|\\.\\d)"), DIGITS);
    private static final PatternScan ISO =
            new PatternScan(Pattern.compile("(?=\\d)(?<![\\d-])" + DateGrammar.ISO + "(?![\\d-])"), DIGITS);
    private static final RangeFinder RANGES = new RangeFinder();

    /**
     * A date found in text.
     *
     * @param date        the date (for a numeric date, the British day-first reading where valid)
     * @param alternative the other reading of an ambiguous numeric date, or null
     * @param written     true for a date with the month in words
     * @param start       offset of the match
     * @param end         offset just past it
     */
    record FoundDate(LocalDate date, LocalDate alternative, boolean written, int start, int end) {}

    /** How far before a year a date or range can start ("Between 14 January 2019 and 18 January 2019"). */
    private static final int WINDOW = 80;

    /**
     * The stretches of text that can hold a date with a four-digit year: up to {@link #WINDOW}
     * characters before each year, merged where they overlap. Scanning only these keeps date
     * finding fast on long documents, where most text has no year in it.
     */
    private static List<int[]> yearWindows(String text) {
        List<int[]> windows = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i + 4 <= n; i++) {
            char c = text.charAt(i);
            if ((c == '1' || c == '2')
                    && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
                    && Character.isDigit(text.charAt(i + 1))
                    && Character.isDigit(text.charAt(i + 2))
                    && Character.isDigit(text.charAt(i + 3))
                    && (i + 4 == n || !Character.isDigit(text.charAt(i + 4)))) {
                int start = Math.max(0, i - WINDOW);
                int end = i + 4;
                if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= start) {
                    windows.get(windows.size() - 1)[1] = end;
                } else {
                    windows.add(new int[] {start, end});
                }
                i += 3;
            }
        }
        return windows;
    }

    private static List<Matcher> scan(Pattern pattern, String text, List<int[]> windows) {
        List<Matcher> results = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int[] window : windows) {
            m.region(window[0], window[1]);
            while (m.find()) {
                Matcher copy = pattern.matcher(text);
                copy.region(m.start(), m.end()).useTransparentBounds(true).useAnchoringBounds(false);
                if (copy.lookingAt()) {
                    results.add(copy);
                }
            }
        }
        return results;
    }

    /** All dates in the text, in text order. Written dates win over numeric ones at the same place. */
    List<FoundDate> find(String text) {
        List<FoundDate> found = new ArrayList<>();
        List<int[]> windows = yearWindows(text);
        for (Matcher m : scan(DAY_MONTH_YEAR, text, windows)) {
            LocalDate date = date(m.group(3), m.group(2), m.group(1));
            if (date != null) {
                found.add(new FoundDate(date, null, true, m.start(), m.end()));
            }
        }
        for (Matcher m : scan(MONTH_DAY_YEAR, text, windows)) {
            int monthStart = m.start(1);
            // "MurphyApril 2, 2024": a month glued to the end of another word still counts when its
            // capital shows where it starts; "Mayor" or "remarch" never match because a day must follow.
            if (monthStart > 0
                    && Character.isLetter(text.charAt(monthStart - 1))
                    && !(Character.isLowerCase(text.charAt(monthStart - 1))
                            && Character.isUpperCase(text.charAt(monthStart)))) {
                continue;
            }
            LocalDate date = date(m.group(3), m.group(1), m.group(2));
            if (date != null && !overlaps(found, m.start(), m.end())) {
                found.add(new FoundDate(date, null, true, m.start(), m.end()));
            }
        }
        for (MatchResult m : ISO.matches(text)) {
            LocalDate date =
                    date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (date != null) {
                found.add(new FoundDate(date, null, false, m.start(), m.end()));
            }
        }
        for (MatchResult m : NUMERIC.matches(text)) {
            if (overlaps(found, m.start(), m.end())) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            if (m.group(4).length() == 2) {
                year += 2000;
            }
            if (year < 1990 || year > 2100) {
                continue;
            }
            LocalDate dayFirst = date(year, b, a);
            LocalDate monthFirst = date(year, a, b);
            LocalDate chosen = dayFirst != null ? dayFirst : monthFirst;
            LocalDate other =
                    dayFirst != null && monthFirst != null && !dayFirst.equals(monthFirst) ? monthFirst : null;
            if (chosen != null) {
                found.add(new FoundDate(chosen, other, false, m.start(), m.end()));
            }
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return found;
    }

    /**
     * The reading of a date that the document itself supports: an ambiguous numeric date takes
     * its month-first reading only when a written date in the document says so.
     */
    static LocalDate resolve(FoundDate date, List<FoundDate> all) {
        if (date.alternative() == null) {
            return date.date();
        }
        boolean primaryWritten =
                all.stream().anyMatch(d -> d.written() && d.date().equals(date.date()));
        boolean alternativeWritten =
                all.stream().anyMatch(d -> d.written() && d.date().equals(date.alternative()));
        return alternativeWritten && !primaryWritten ? date.alternative() : date.date();
    }

    /**
     * All date ranges in the text, in order (see {@link RangeFinder} for the forms).
     *
     * @param documentDate the document's own date, which places ranges written without a year; may be null
     */
    List<RangeFinder.Range> ranges(String text, LocalDate documentDate) {
        return RANGES.ranges(text, find(text), documentDate);
    }

    private static boolean overlaps(List<FoundDate> found, int start, int end) {
        for (FoundDate d : found) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(String year, String month, String day) {
        return date(Integer.parseInt(year), month(month), Integer.parseInt(day));
    }

    /** The month a name or abbreviation stands for (1-12); 0 when it is none. */
    static int month(String name) {
        Integer month = MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return month == null ? 0 : month;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
