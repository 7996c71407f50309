package dev.paydesk.adapters.persistence.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.domain.calendar.Country;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.paydesk.application.settlement.SettlementRuns}. */
public abstract class SettlementRunsContract extends PortContract {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void recordedRunsComeBackPerCountryWithinTheRange() {
        txRun(() -> {
            ports.settlementRuns().record(Country.NG, MONDAY, 3, T0);
            ports.settlementRuns().record(Country.NG, MONDAY.plusDays(1), 0, T0);
            ports.settlementRuns().record(Country.GH, MONDAY, 1, T0);
        });

        assertThat(tx(() -> ports.settlementRuns().runDates(Country.NG, MONDAY, MONDAY.plusDays(7)))).containsExactlyInAnyOrder(MONDAY, MONDAY.plusDays(1));
        assertThat(tx(() -> ports.settlementRuns().runDates(Country.NG, MONDAY.plusDays(1), MONDAY.plusDays(1)))).containsExactly(MONDAY.plusDays(1));
        assertThat(tx(() -> ports.settlementRuns().runDates(Country.KE, MONDAY, MONDAY.plusDays(7)))).isEmpty();
    }

    @Test
    void recordingARunAgainKeepsOneRun() {
        txRun(() -> ports.settlementRuns().record(Country.CI, MONDAY, 3, T0));
        txRun(() -> ports.settlementRuns().record(Country.CI, MONDAY, 0, T0.plusSeconds(5)));

        assertThat(tx(() -> ports.settlementRuns().runDates(Country.CI, MONDAY, MONDAY))).containsExactly(MONDAY);
    }
}
