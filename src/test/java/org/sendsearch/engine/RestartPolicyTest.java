package org.sendsearch.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The back-off and give-up rule of {@link RestartPolicy}, on a clock the test moves by hand. */
class RestartPolicyTest {
    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private final RestartPolicy policy = RestartPolicy.DEFAULT;
    private final List<Instant> restarts = new ArrayList<>();
    private Clock clock = Clock.fixed(START, ZoneOffset.UTC);

    /** Answers a death at the clock's time; records the restart after the wait, as the supervisor does. */
    private Optional<Duration> die() {
        Optional<Duration> delay = policy.nextDelay(restarts, clock.instant());
        delay.ifPresent(wait -> {
            advance(wait);
            restarts.add(clock.instant());
        });
        return delay;
    }

    private void advance(Duration duration) {
        clock = Clock.offset(clock, duration);
    }

    @Test
    void waitsOneTwoFourEightSixteenSecondsThenGivesUp() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), die());
        advance(Duration.ofSeconds(30)); // each restarted node runs a little, then dies again
        assertEquals(Optional.of(Duration.ofSeconds(2)), die());
        advance(Duration.ofSeconds(30));
        assertEquals(Optional.of(Duration.ofSeconds(4)), die());
        advance(Duration.ofSeconds(30));
        assertEquals(Optional.of(Duration.ofSeconds(8)), die());
        advance(Duration.ofSeconds(30));
        assertEquals(Optional.of(Duration.ofSeconds(16)), die());
        advance(Duration.ofSeconds(30));
        assertEquals(Optional.empty(), die(), "a sixth death within ten minutes: give up");
        assertEquals(5, policy.recentRestarts(restarts, clock.instant()));
    }

    @Test
    void aQuietWindowStartsTheBackOffAgain() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), die());
        assertEquals(Optional.of(Duration.ofSeconds(2)), die());
        advance(Duration.ofMinutes(10)); // both restarts are now older than the window
        assertEquals(Optional.of(Duration.ofSeconds(1)), die());
    }

    @Test
    void restartsLeaveTheWindowOneByOne() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.of(Duration.ofSeconds(1L << i)), die());
        }
        // Restarts at 09:00:01, :03, :07, :15, :31. Ten minutes after the first, it no longer counts.
        Instant firstOut = Instant.parse("2026-01-05T09:10:01Z");
        assertEquals(Optional.empty(), policy.nextDelay(restarts, firstOut.minusMillis(1)));
        assertEquals(Optional.of(Duration.ofSeconds(16)), policy.nextDelay(restarts, firstOut));
        assertEquals(
                Optional.of(Duration.ofSeconds(1)), policy.nextDelay(restarts, Instant.parse("2026-01-05T09:10:31Z")));
    }

    @Test
    void theWaitIsCapped() {
        RestartPolicy patient =
                new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), 10, Duration.ofHours(1));
        List<Instant> earlier = List.of(START, START, START, START, START, START);
        assertEquals(Optional.of(Duration.ofSeconds(4)), patient.nextDelay(earlier.subList(0, 2), START));
        assertEquals(Optional.of(Duration.ofSeconds(5)), patient.nextDelay(earlier.subList(0, 3), START));
        assertEquals(Optional.of(Duration.ofSeconds(5)), patient.nextDelay(earlier, START));
    }

    @Test
    void restartsAfterNowDoNotCount() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), policy.nextDelay(List.of(START.plusSeconds(1)), START));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RestartPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 5, Duration.ofMinutes(10)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 0, Duration.ofMinutes(10)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 5, Duration.ZERO));
    }
}
