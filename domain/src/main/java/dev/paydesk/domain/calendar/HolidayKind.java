package dev.paydesk.domain.calendar;

import java.util.Locale;

/** How a holiday's date is determined, as written in the {@code kind} column of the holiday data. */
public enum HolidayKind {
    /** Same month and day every year. */
    FIXED,
    /** A fixed number of days from Gregorian Easter Sunday (Good Friday, Easter Monday, Ascension, Whit Monday). */
    EASTER,
    /** A day of the Islamic calendar: an expected date, confirmed by moon sighting. */
    ISLAMIC,
    /** The Nth weekday of a month, e.g. Ghana's Farmers' Day on the first Friday of December. */
    WEEKDAY,
    /** A working day made a holiday because a holiday fell on a weekend (or on another holiday). */
    OBSERVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HolidayKind fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
