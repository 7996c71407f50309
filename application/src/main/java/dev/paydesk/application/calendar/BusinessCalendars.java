package dev.paydesk.application.calendar;

import dev.paydesk.domain.calendar.BusinessCalendar;
import dev.paydesk.domain.calendar.Country;

/** Outbound port: the business calendar of a country, with every holiday known now (shipped and added at run time). */
public interface BusinessCalendars {
    BusinessCalendar calendarOf(Country country);
}
