package dev.paydesk.application.calendar;

import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.calendar.BusinessCalendar;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.calendar.Holiday;
import dev.paydesk.domain.calendar.HolidayData;
import java.util.Objects;

/**
 * Calendars from the shipped holiday data plus the holidays added at run time. The added ones are read
 * from storage on every call, never cached, so a holiday added through any instance is honoured by all.
 */
public final class StoredBusinessCalendars implements BusinessCalendars {
    private final HolidayData shipped;
    private final HolidayRepository added;
    private final UnitOfWork unitOfWork;

    public StoredBusinessCalendars(HolidayData shipped, HolidayRepository added, UnitOfWork unitOfWork) {
        this.shipped = Objects.requireNonNull(shipped, "shipped");
        this.added = Objects.requireNonNull(added, "added");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public BusinessCalendar calendarOf(Country country) {
        BusinessCalendar calendar = shipped.calendarOf(country);
        for (Holiday holiday : unitOfWork.inTransaction(() -> added.addedFor(country))) {
            calendar = calendar.withHoliday(holiday);
        }
        return calendar;
    }
}
