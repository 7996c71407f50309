package dev.paydesk.domain.settlement;

import static dev.paydesk.domain.settlement.SettlementCalculationTest.MERCHANT;
import static dev.paydesk.domain.settlement.SettlementCalculationTest.NOW;
import static dev.paydesk.domain.settlement.SettlementCalculationTest.movements;
import static dev.paydesk.domain.settlement.SettlementCalculationTest.sale;
import static dev.paydesk.domain.settlement.SettlementCalculationTest.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReserveHoldTest {

    private final ReserveHold hold = settle("NGN", Tariff.DEFAULT, List.of(sale("txn_1", 100_000, "NGN"))).reserveHold("stl_1").orElseThrow();

    @Test
    void theGuaranteeIsHeldReserveDaysCalendarDaysFromTheBusinessDate() {
        assertThat(hold.amount()).isEqualTo(Money.of(10_000, "NGN"));
        assertThat(hold.merchantId()).isEqualTo(MERCHANT);
        assertThat(hold.heldOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(hold.releaseOn()).isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void aHoldIsNotReleasedBeforeItsReleaseDate() {
        assertThat(hold.isDueOn(LocalDate.of(2026, 12, 23))).isFalse();
        assertThatThrownBy(() -> hold.releaseOn(LocalDate.of(2026, 12, 23))).isInstanceOf(DomainException.class);
    }

    @Test
    void aReleaseMovesTheWholeHoldFromReserveToMain() {
        JournalEntry entry = hold.releaseOn(LocalDate.of(2026, 12, 28)).journalEntry("jnl_9", NOW);

        assertThat(entry.cause()).isEqualTo(EntryCause.of(EntryCause.Kind.RESERVE_RELEASE, "stl_1"));
        assertThat(movements(entry)).containsOnly(
                Map.entry("merchant:mer_01:reserve:NGN", -10_000L),
                Map.entry("merchant:mer_01:main:NGN", 10_000L));
    }

    @Test
    void zeroReserveDaysReleasesOnTheBusinessDate() {
        ReserveHold immediate = settle("XOF", new Tariff(150, 0, 500, 0), List.of(sale("txn_1", 10_000, "XOF"))).reserveHold("stl_2").orElseThrow();
        assertThat(immediate.releaseOn()).isEqualTo(immediate.heldOn());
        assertThat(immediate.amount().minorUnits()).isEqualTo(500);
    }
}
