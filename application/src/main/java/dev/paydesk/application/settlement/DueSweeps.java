package dev.paydesk.application.settlement;

import dev.paydesk.application.calendar.BusinessCalendars;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.calendar.BusinessCalendar;
import dev.paydesk.domain.calendar.Country;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Use case (the scheduler's clock tick, no threads here): which sweeps are due at {@code now} — per country,
 * each business date of the last {@link #LOOKBACK_DAYS} days up to today (in the country's zone; today's cutoff,
 * 00:00, has passed) without a finished run. A missed day is therefore caught up; a run that finished is never
 * reported again. The caller runs {@link RunSettlement} for each distinct date.
 */
public final class DueSweeps {
    public static final int LOOKBACK_DAYS = 7;

    private final UnitOfWork unitOfWork;
    private final SettlementRuns runs;
    private final BusinessCalendars calendars;

    public DueSweeps(UnitOfWork unitOfWork, SettlementRuns runs, BusinessCalendars calendars) {
        this.unitOfWork = unitOfWork;
        this.runs = runs;
        this.calendars = calendars;
    }

    public record DueSweep(Country country, LocalDate businessDate) {
        public DueSweep {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(businessDate, "businessDate");
        }
    }

    /** Due sweeps, oldest date first. */
    public List<DueSweep> due(Instant now) {
        Objects.requireNonNull(now, "now");
        List<DueSweep> due = new ArrayList<>();
        for (Country country : Country.values()) {
            BusinessCalendar calendar = calendars.calendarOf(country);
            LocalDate today = calendar.dateOf(now);
            LocalDate from = today.minusDays(LOOKBACK_DAYS);
            Set<LocalDate> done = unitOfWork.inTransaction(() -> runs.runDates(country, from, today));
            for (LocalDate date = from; !date.isAfter(today); date = date.plusDays(1)) {
                if (calendar.isBusinessDay(date) && !done.contains(date)) {
                    due.add(new DueSweep(country, date));
                }
            }
        }
        due.sort(Comparator.comparing(DueSweep::businessDate).thenComparing(DueSweep::country));
        return due;
    }
}
