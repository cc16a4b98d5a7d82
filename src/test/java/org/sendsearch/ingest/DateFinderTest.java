package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "26 February 2019|2019-02-26",
                "Monday, 7th February 2022|2022-02-07",
                "Monday , 7th February 2022|2022-02-07",
                "April 2, 2024|2024-04-02",
                "by Guy MurphyApril 2, 2024|2024-04-02",
                "1st December 2020|2020-12-01",
                "2 Sept 2021|2021-09-02",
                "the 3rd of March 2023|2023-03-03",
                "2024-04-02|2024-04-02",
                "28/01/2020|2020-01-28"
            })
    void findsEveryDateForm(String text, String expected) {
        List<DateFinder.FoundDate> found = finder.find(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(LocalDate.parse(expected), found.get(0).date());
    }

    @Test
    void ambiguousNumericDateIsResolvedByAWrittenDate() {
        List<DateFinder.FoundDate> found = finder.find("04/02/2024 | Press release ... April 2, 2024");
        DateFinder.FoundDate numeric = found.get(0);
        assertEquals(LocalDate.of(2024, 2, 4), numeric.date());
        assertEquals(LocalDate.of(2024, 4, 2), numeric.alternative());
        assertEquals(LocalDate.of(2024, 4, 2), DateFinder.resolve(numeric, found));
        List<DateFinder.FoundDate> alone = finder.find("04/02/2024");
        assertEquals(LocalDate.of(2024, 2, 4), DateFinder.resolve(alone.get(0), alone), "British reading by default");
    }

    @Test
    void notDates() {
        assertTrue(finder.find("aged 0 to 25, in 2014, 3.5 and 12 weeks, Wave 3, 1,084 people")
                .isEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Between 14 and 18 March 2022, Ofsted|2022-03-14|2022-03-18",
                "Between 14 January 2019 and 18 January 2019, Ofsted|2019-01-14|2019-01-18",
                "Between 29 January 2018 to 2 February 2018, Ofsted|2018-01-29|2018-02-02",
                "took place between 27 September 2021 and 1 October 2021|2021-09-27|2021-10-01",
                "Inspection dates: from 3 to 7 July 2023|2023-07-03|2023-07-07",
                "28 November to 2 December 2022|2022-11-28|2022-12-02",
                "28 December to 2 January 2023|2022-12-28|2023-01-02",
                "14-18 March 2022|2022-03-14|2022-03-18",
                "Monday 14 March to Friday 18 March 2022|2022-03-14|2022-03-18"
            })
    void findsInspectionRanges(String text, String start, String end) {
        List<DateFinder.DateRange> ranges = finder.ranges(text);
        assertEquals(1, ranges.size(), ranges.toString());
        assertEquals(LocalDate.parse(start), ranges.get(0).start());
        assertEquals(LocalDate.parse(end), ranges.get(0).end());
    }
}
