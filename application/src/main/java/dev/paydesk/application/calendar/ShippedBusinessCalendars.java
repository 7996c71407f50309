package dev.paydesk.application.calendar;

import dev.paydesk.domain.calendar.BusinessCalendar;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.calendar.HolidayData;
import java.util.EnumMap;
import java.util.Map;

/** The calendars of the holidays shipped with Paydesk ({@link HolidayData}), read once. */
public final class ShippedBusinessCalendars implements BusinessCalendars {
    private final Map<Country, BusinessCalendar> calendars = new EnumMap<>(Country.class);

    public ShippedBusinessCalendars() {
        this(HolidayData.load());
    }

    public ShippedBusinessCalendars(HolidayData data) {
        for (Country country : Country.values()) {
            calendars.put(country, data.calendarOf(country));
        }
    }

    @Override
    public BusinessCalendar calendarOf(Country country) {
        return calendars.get(country);
    }
}
