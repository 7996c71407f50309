package dev.paydesk.domain.calendar;

import java.util.Objects;

/**
 * One row of the holiday data: a country's holiday, how its date is determined ({@code rule}, e.g.
 * {@code easter:+1} or {@code hijri:10-1}) and where it comes from ({@code source}).
 */
public record HolidayEntry(Country country, Holiday holiday, HolidayKind kind, String rule, String source) {
    public HolidayEntry {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(holiday, "holiday");
        Objects.requireNonNull(kind, "kind");
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("a holiday entry names its rule: " + holiday);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a holiday entry names its source: " + holiday);
        }
    }
}
