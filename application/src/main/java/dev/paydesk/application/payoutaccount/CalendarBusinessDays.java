package dev.paydesk.application.payoutaccount;

import dev.paydesk.domain.calendar.BusinessCalendar;
import dev.paydesk.domain.payoutaccount.BusinessDays;
import java.time.Instant;

/** Business days of one country's calendar: whole business days of business time (weekends and holidays skipped). */
record CalendarBusinessDays(BusinessCalendar calendar) implements BusinessDays {
    @Override
    public Instant plus(Instant start, int days) {
        return calendar.plusBusinessDays(start, days);
    }
}
