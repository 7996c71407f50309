package dev.paydesk.domain.refund;

import java.time.Duration;
import java.util.List;

/** Growing delays between automatic retries of a failed refund (SPEC §6): 1 min, 5 min, 30 min, 2 h, then every 6 h. */
public final class RetrySchedule {
    private static final List<Duration> DELAYS = List.of(
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
    private static final Duration THEN_EVERY = Duration.ofHours(6);

    private RetrySchedule() {
    }

    /** The wait after the {@code failedAttempts}-th failed attempt (1 for the first failure). */
    public static Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("attempts start at 1: " + failedAttempts);
        }
        return failedAttempts <= DELAYS.size() ? DELAYS.get(failedAttempts - 1) : THEN_EVERY;
    }
}
