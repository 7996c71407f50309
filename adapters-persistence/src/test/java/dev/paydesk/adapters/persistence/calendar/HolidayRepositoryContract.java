package dev.paydesk.adapters.persistence.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.calendar.Holiday;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.paydesk.application.calendar.HolidayRepository}. */
public abstract class HolidayRepositoryContract extends PortContract {
    private final Holiday later = new Holiday(LocalDate.of(2026, 12, 30), "Year-end closure");
    private final Holiday earlier = new Holiday(LocalDate.of(2026, 11, 24), "Day of mourning");

    @Test
    void addedHolidaysComeBackPerCountryInDateOrder() {
        txRun(() -> {
            assertThat(ports.holidays().add(Country.NG, later)).isTrue();
            assertThat(ports.holidays().add(Country.NG, earlier)).isTrue();
            assertThat(ports.holidays().add(Country.GH, later)).isTrue();
        });

        assertThat(tx(() -> ports.holidays().addedFor(Country.NG))).containsExactly(earlier, later);
        assertThat(tx(() -> ports.holidays().addedFor(Country.GH))).containsExactly(later);
        assertThat(tx(() -> ports.holidays().addedFor(Country.KE))).isEmpty();
    }

    @Test
    void aSecondHolidayOnTheSameDateIsNotAdded() {
        txRun(() -> ports.holidays().add(Country.SN, later));

        assertThat(tx(() -> ports.holidays().add(Country.SN, new Holiday(later.date(), "Other name")))).isFalse();
        assertThat(tx(() -> ports.holidays().addedFor(Country.SN))).containsExactly(later);
    }

    @Test
    void aRolledBackAdditionLeavesNoHoliday() {
        assertThatThrownBy(() -> txRun(() -> {
            ports.holidays().add(Country.UG, later);
            throw new IllegalStateException("use case failed");
        })).hasMessage("use case failed");

        assertThat(tx(() -> ports.holidays().addedFor(Country.UG))).isEmpty();
    }
}
