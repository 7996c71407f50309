package dev.paydesk.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A public holiday: no business is done on its date. */
public record Holiday(LocalDate date, String name) {
    public Holiday {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a holiday has a name");
        }
        name = name.strip();
    }
}
