package dev.paydesk.application.calendar;

import dev.paydesk.domain.calendar.BusinessCalendar;
import dev.paydesk.domain.calendar.Country;

/** Outbound port: the current business calendar of a country (shipped holidays, later also operator-added ones). */
public interface BusinessCalendars {

    BusinessCalendar calendarOf(Country country);
}
