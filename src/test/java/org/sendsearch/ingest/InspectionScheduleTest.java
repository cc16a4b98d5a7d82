package org.sendsearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InspectionScheduleTest {
    private static final LocalDate END = LocalDate.of(2024, 3, 15);

    @Test
    void numbersInWordsAndFiguresBelowAHundred() {
        assertEquals(5, InspectionSchedule.numberWord("five"));
        assertEquals(18, InspectionSchedule.numberWord("Eighteen"));
        assertEquals(36, InspectionSchedule.numberWord("thirty-six"));
        assertEquals(24, InspectionSchedule.numberWord("twenty four"));
        assertEquals(40, InspectionSchedule.numberWord("forty"));
        assertNull(InspectionSchedule.numberWord("several"));
        assertNull(InspectionSchedule.numberWord("twenty-twelve"));
        assertNull(InspectionSchedule.numberWord("one hundred"));
    }

    @Test
    void theNextInspectionAndTheMonitoringInspectionAsStated() {
        InspectionSchedule schedule = InspectionSchedule.read(
                "The next full area SEND inspection will be within approximately three years. Ofsted and CQC"
                        + " will carry out a monitoring inspection within thirty-six months? No: within 18 months.",
                END);
        assertEquals("within approximately three years", schedule.nextInspection());
        assertEquals(LocalDate.of(2027, 3, 15), schedule.nextInspectionBy());
        assertEquals(LocalDate.of(2027, 3, 15), schedule.monitoringBy(), "the first period stated");
        assertEquals(
                LocalDate.of(2025, 9, 15),
                InspectionSchedule.read("A monitoring inspection will take place within eighteen months.", END)
                        .monitoringBy());
        assertEquals(InspectionSchedule.NONE, InspectionSchedule.read("No dates here.", END));
    }
}
