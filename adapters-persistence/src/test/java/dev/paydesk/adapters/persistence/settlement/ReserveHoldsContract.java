package dev.paydesk.adapters.persistence.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.settlement.ReserveHold;
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.settlement.SettlementCalculation;
import dev.paydesk.domain.settlement.SettlementInput;
import dev.paydesk.domain.settlement.SweptSale;
import dev.paydesk.domain.settlement.Tariff;
import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.money.Currencies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.paydesk.application.settlement.ReserveHolds}. */
public abstract class ReserveHoldsContract extends PortContract {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private final MerchantId merchant = new MerchantId("mer_HOLD1");

    /** A recorded settlement holding a guarantee (holds reference their settlement). */
    private ReserveHold heldBy(String settlementId, String transactionId, LocalDate businessDate) {
        SettlementCalculation calculation = SettlementCalculation.of(SettlementInput.untouchedShop(merchant, Currencies.of("NGN"), businessDate,
                List.of(new SweptSale(transactionId, Money.of(100_000, "NGN"))), Tariff.DEFAULT, BasisPoints.of(750), Money.of(0, "NGN")));
        Settlement settlement = calculation.settlement(settlementId, Instant.parse("2026-11-24T10:00:00Z"));
        ReserveHold hold = calculation.reserveHold(settlementId).orElseThrow();
        txRun(() -> {
            ports.settlements().add(settlement);
            ports.reserveHolds().add(hold);
        });
        return hold;
    }

    @Test
    void onlyDueHoldsAreClaimedAndAReleasedHoldIsNeverClaimedAgain() {
        ReserveHold first = heldBy("stl_H1", "txn_H1", DAY);
        ReserveHold second = heldBy("stl_H2", "txn_H2", DAY.plusDays(1));

        assertThat(tx(() -> ports.reserveHolds().claimDue(DAY.plusDays(29), 10))).isEmpty();
        assertThat(tx(() -> ports.reserveHolds().claimDue(DAY.plusDays(30), 10))).containsExactly(first);
        txRun(() -> ports.reserveHolds().claimDue(DAY.plusDays(30), 10).forEach(hold -> ports.reserveHolds().markReleased(hold.settlementId(), DAY.plusDays(30))));

        assertThat(tx(() -> ports.reserveHolds().claimDue(DAY.plusDays(40), 10))).containsExactly(second);
        assertThat(tx(() -> ports.reserveHolds().heldFor(merchant))).containsExactly(second);
    }

    @Test
    void aClaimTakesAtMostTheLimit() {
        heldBy("stl_H3", "txn_H3", DAY);
        heldBy("stl_H4", "txn_H4", DAY.plusDays(1));

        assertThat(tx(() -> ports.reserveHolds().claimDue(DAY.plusDays(60), 1))).hasSize(1);
    }
}
