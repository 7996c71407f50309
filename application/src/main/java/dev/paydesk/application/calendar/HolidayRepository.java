package dev.paydesk.application.calendar;

import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.calendar.Holiday;
import java.util.List;

/** Outbound port: the holidays operators add at run time, shared by every server instance. */
public interface HolidayRepository {

    /** Stores the holiday inside the caller's unit of work; false when the country already has an added holiday on that date. */
    boolean add(Country country, Holiday holiday);

    /** The holidays added for a country, in date order. */
    List<Holiday> addedFor(Country country);
}
