package org.sendsearch.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The time since an inspection, in words, as the area page states it. */
class AccountabilityTest {
    @Test
    void theTimeSinceIsInYearsAndMonths() {
        LocalDate end = LocalDate.of(2022, 3, 18);
        assertEquals("4 years and 8 months", Accountability.since(end, LocalDate.of(2026, 12, 4)));
        assertEquals("1 year", Accountability.since(end, LocalDate.of(2023, 3, 18)));
        assertEquals("5 months", Accountability.since(end, LocalDate.of(2022, 8, 20)));
        assertEquals("less than a month", Accountability.since(end, LocalDate.of(2022, 4, 1)));
    }
}
