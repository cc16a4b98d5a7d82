package org.sendsearch.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When {@link NodeSupervisor} starts a dead node again, and when it stops trying. The wait doubles
 * with each restart made within the last {@code window} (a node that keeps dying is not hammered
 * back up), up to {@code maxDelay}; once {@code maxRestarts} restarts fall within the window, the
 * next death is not followed by another: something is wrong that restarting does not fix (a full
 * disk, a broken installation, too little memory), and a person has to look.
 *
 * <p>A value with no clock of its own: the caller says what time it is, so the policy is tested
 * with literal instants.
 *
 * @param firstDelay  the wait before the first restart in a quiet window
 * @param maxDelay    the cap on the doubled wait
 * @param maxRestarts how many restarts the window allows
 * @param window      how far back restarts count
 */
public record RestartPolicy(Duration firstDelay, Duration maxDelay, int maxRestarts, Duration window) {
    /** 1 s, 2 s, 4 s, 8 s, 16 s, then give up: five restarts within ten minutes. */
    public static final RestartPolicy DEFAULT =
            new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5, Duration.ofMinutes(10));

    public RestartPolicy {
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(
                    "Need 0 <= firstDelay <= maxDelay, not " + firstDelay + " and " + maxDelay);
        }
        if (maxRestarts < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("Need at least one restart in a positive window");
        }
    }

    /**
     * The wait before the next restart, given when the earlier ones were made.
     *
     * @param earlierRestarts when earlier restarts were made, in any order; those older than the
     *                        window do not count
     * @param now             the time of the death being answered
     * @return empty when the window's restarts are used up: give up
     */
    public Optional<Duration> nextDelay(List<Instant> earlierRestarts, Instant now) {
        int recent = recentRestarts(earlierRestarts, now);
        if (recent >= maxRestarts) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 0; i < recent && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    /** How many of the restarts fall within the window that ends {@code now}. */
    public int recentRestarts(List<Instant> restarts, Instant now) {
        Instant start = now.minus(window);
        return (int) restarts.stream()
                .filter(restart -> restart.isAfter(start) && !restart.isAfter(now))
                .count();
    }
}
