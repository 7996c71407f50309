package dev.paydesk.application.calendar;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.domain.calendar.BusinessCalendar;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.calendar.Holiday;
import dev.paydesk.domain.shared.DomainException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Use case (operators): a country's calendar for one year — time zone, weekend and holidays. */
public final class GetCalendar {
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private final BusinessCalendars calendars;

    public GetCalendar(BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    public record YearCalendar(Country country, int year, ZoneId timeZone, Set<DayOfWeek> weekend, List<Holiday> holidays) {
        public YearCalendar {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(timeZone, "timeZone");
            weekend = Set.copyOf(weekend);
            holidays = List.copyOf(holidays);
        }
    }

    public YearCalendar get(CommandContext context, Country country, int year) {
        Access.operator(context);
        Objects.requireNonNull(country, "country");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw DomainException.validation("year", "between_2000_and_2100", "year must be between 2000 and 2100, got " + year);
        }
        BusinessCalendar calendar = calendars.calendarOf(country);
        return new YearCalendar(country, year, calendar.zone(), calendar.weekend(), calendar.holidaysIn(year));
    }
}
