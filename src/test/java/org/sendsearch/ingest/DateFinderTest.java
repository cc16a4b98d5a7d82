package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
                "Monday 14 March to Friday 18 March 2022|2022-03-14|2022-03-18",
                "carried out from 12th-16th July 2021|2021-07-12|2021-07-16",
                "12TH TO 16TH JULY 2021|2021-07-12|2021-07-16",
                "inspected between September 23-25, 2019|2019-09-23|2019-09-25",
                "Sept. 23 - 25, 2019|2019-09-23|2019-09-25",
                "from July 29 to August 2, 2019|2019-07-29|2019-08-02",
                "from Jul 29, 2019 to Aug 2, 2019|2019-07-29|2019-08-02",
                "between 07/04/2020 and 09/04/2020|2020-04-07|2020-04-09",
                "7.4.2020 - 9.4.2020|2020-04-07|2020-04-09",
                "2020-04-07 to 2020-04-09|2020-04-07|2020-04-09",
                "Monday 09 March 2020 to Friday 13 March 2020|2020-03-09|2020-03-13",
                "from Monday 09 March to Friday 13 March 2020|2020-03-09|2020-03-13",
                "between January 2022 and 1 February 2022|2022-01-01|2022-02-01",
                "the 3rd of July to the 7th of July 2023|2023-07-03|2023-07-07",
                "SEPTEMBER 23 THROUGH 25, 2019|2019-09-23|2019-09-25"
            })
    void findsInspectionRanges(String text, String start, String end) {
        List<RangeFinder.Range> ranges = finder.ranges(text, null);
        assertEquals(1, ranges.size(), ranges.toString());
        assertEquals(LocalDate.parse(start), ranges.get(0).start());
        assertEquals(LocalDate.parse(end), ranges.get(0).end());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Between 27 and 29 September, inspectors|2023-11-14|2023-09-27|2023-09-29",
                "Between 27 November and 1 December the team|2023-11-14|2022-11-27|2022-12-01",
                "from 9 to 13 March.|2020-05-01|2020-03-09|2020-03-13"
            })
    void placesRangesWithoutAYearBeforeTheDocumentsDate(String text, String dated, String start, String end) {
        List<RangeFinder.Range> ranges = finder.ranges(text, LocalDate.parse(dated));
        assertEquals(1, ranges.size(), ranges.toString());
        assertEquals(LocalDate.parse(start), ranges.get(0).start());
        assertEquals(LocalDate.parse(end), ranges.get(0).end());
        assertEquals(List.of(), finder.ranges(text, null), "with no document date the year would be invented");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "between 18 March 2022 and 14 March 2022",
                "from 1 January 2022 to 30 June 2022",
                "pupils aged 5 to 25, in March",
                "in May 2022 and 1 June 2019",
                "the 2021 to 2022 academic year",
                "pages 12-16"
            })
    void readsNoRangeFromNonRanges(String text) {
        assertEquals(List.of(), finder.ranges(text, LocalDate.of(2023, 1, 1)), text);
    }

    @org.junit.jupiter.api.Test
    void aStartGivenAsAMonthSaysSo() {
        List<RangeFinder.Range> ranges = finder.ranges("between January 2022 and 1 February 2022", null);
        assertEquals(1, ranges.size());
        assertEquals(false, ranges.get(0).startDayKnown());
        assertEquals(true, finder.ranges("14-18 March 2022", null).get(0).startDayKnown());
    }
}
