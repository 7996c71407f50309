package dev.paydesk.domain.payoutaccount;

import java.time.Instant;

/** A business calendar, plugged in by the application (weekends and public holidays of a country). */
@FunctionalInterface
public interface BusinessDays {

    /** The instant {@code days} business days after {@code start}. */
    Instant plus(Instant start, int days);
}
