package dev.paydesk.application.calendar;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.calendar.Holiday;
import dev.paydesk.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Use case (operators): a public holiday added to a country's calendar at run time, stored so that every
 * server instance honours it from its next settlement run. A date that already is a holiday is refused.
 */
public final class AddHoliday {
    public static final int MAX_NAME_LENGTH = 200;

    private final UnitOfWork unitOfWork;
    private final HolidayRepository holidays;
    private final BusinessCalendars calendars;
    private final AuditRecorder audit;

    public AddHoliday(UnitOfWork unitOfWork, HolidayRepository holidays, BusinessCalendars calendars, AuditRecorder audit) {
        this.unitOfWork = unitOfWork;
        this.holidays = holidays;
        this.calendars = calendars;
        this.audit = audit;
    }

    public record Command(Country country, LocalDate date, String name) {
        public Command {
            if (country == null) {
                throw DomainException.validation("country", "required", "country is required");
            }
            if (date == null) {
                throw DomainException.validation("date", "required", "date is required");
            }
            if (name == null || name.isBlank()) {
                throw DomainException.validation("name", "required", "name is required");
            }
            name = name.strip();
            if (name.length() > MAX_NAME_LENGTH) {
                throw DomainException.validation("name", "too_long", "name must be at most " + MAX_NAME_LENGTH + " characters");
            }
        }
    }

    public Holiday add(CommandContext context, Command command) {
        Access.operator(context);
        Objects.requireNonNull(command, "command");
        Holiday holiday = new Holiday(command.date(), command.name());
        return unitOfWork.inTransaction(() -> {
            var existing = calendars.calendarOf(command.country()).holidayOn(command.date());
            if (existing.isPresent() || !holidays.add(command.country(), holiday)) {
                throw DomainException.invalidState(command.date() + " is already a holiday in " + command.country().code()
                        + existing.map(h -> " (" + h.name() + ")").orElse(""));
            }
            audit.record(context, (String) null, "add_holiday", "calendar", command.country().code() + ":" + command.date(), null, holiday.name());
            return holiday;
        });
    }
}
