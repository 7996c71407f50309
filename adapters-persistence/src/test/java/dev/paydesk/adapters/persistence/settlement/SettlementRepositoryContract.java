package dev.paydesk.adapters.persistence.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.application.settlement.MerchantCurrency;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.settlement.SettlementCalculation;
import dev.paydesk.domain.settlement.SettlementInput;
import dev.paydesk.domain.settlement.SweptSale;
import dev.paydesk.domain.settlement.Tariff;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.paydesk.application.settlement.SettlementRepository} together with
 * {@link dev.paydesk.application.settlement.SweepableSales} (a recorded settlement marks its sales swept).
 */
public abstract class SettlementRepositoryContract extends PortContract {
    private static final Currency NGN = Currencies.of("NGN");
    private static final Instant CUTOFF = Instant.parse("2026-11-23T23:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private final MerchantId merchant = new MerchantId("mer_STL1");
    private final MerchantId other = new MerchantId("mer_STL2");
    private CompletedSales sales;

    @BeforeEach
    void sales() {
        sales = new CompletedSales(ports);
    }

    private Settlement settle(String id, LocalDate day, List<SweptSale> swept, Money shop, Money main) {
        return SettlementCalculation.of(new SettlementInput(merchant, NGN, day, swept, new Tariff(175, 20, 1000, 30), BasisPoints.of(750),
                main, shop)).settlement(id, Instant.parse("2026-11-24T10:00:00Z"));
    }

    @Test
    void aSettlementComesBackEqualWithAllItsLines() {
        String a = sales.complete(merchant, Money.of(100_000, "NGN"), CUTOFF.minusSeconds(3600));
        String b = sales.complete(merchant, Money.of(33_333, "NGN"), CUTOFF.minusSeconds(60));
        List<SweptSale> swept = tx(() -> ports.sweepableSales().unsweptBefore(merchant, NGN, CUTOFF));
        assertThat(swept).extracting(SweptSale::transactionId).containsExactly(a, b);
        Settlement settlement = settle("stl_A1", DAY, swept, Money.of(120_000, "NGN"), Money.of(-5_000, "NGN"));

        txRun(() -> {
            ports.settlements().add(settlement);
        });

        assertThat(tx(() -> ports.settlements().find("stl_A1"))).contains(settlement);
        assertThat(tx(() -> ports.settlements().exists(merchant, NGN, DAY))).isTrue();
        assertThat(tx(() -> ports.settlements().exists(merchant, NGN, DAY.plusDays(1)))).isFalse();
        assertThat(tx(() -> ports.settlements().find("stl_NONE"))).isEmpty();
    }

    @RepeatedTest(3)
    void randomSettlementsSurviveStorageUnchanged() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<SweptSale> swept = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(30); i++) {
            swept.add(new SweptSale("txn_R" + i, Money.of(1 + random.nextInt(5_000_000), "NGN")));
        }
        long total = swept.stream().mapToLong(sale -> sale.gross().minorUnits()).sum();
        Settlement settlement = settle("stl_R1", DAY, swept, Money.of(total - random.nextInt((int) Math.min(total, 100_000)), "NGN"),
                Money.of(random.nextInt(200_000) - 100_000, "NGN"));

        txRun(() -> ports.settlements().add(settlement));

        assertThat(tx(() -> ports.settlements().find("stl_R1"))).as("seed %d", seed).contains(settlement);
    }

    @Test
    void recordedSalesAreNoLongerSweepable() {
        sales.complete(merchant, Money.of(1_000, "NGN"), CUTOFF.minusSeconds(10));
        sales.complete(other, Money.of(2_000, "NGN"), CUTOFF.minusSeconds(10));
        sales.complete(merchant, Money.of(4_000, "NGN"), CUTOFF.plusSeconds(10));
        assertThat(tx(() -> ports.sweepableSales().pendingBefore(List.of(merchant, other), CUTOFF)))
                .containsExactly(new MerchantCurrency(merchant, NGN), new MerchantCurrency(other, NGN));

        List<SweptSale> swept = tx(() -> ports.sweepableSales().unsweptBefore(merchant, NGN, CUTOFF));
        txRun(() -> ports.settlements().add(settle("stl_B1", DAY, swept, Money.of(1_000, "NGN"), Money.of(0, "NGN"))));

        assertThat(tx(() -> ports.sweepableSales().unsweptBefore(merchant, NGN, CUTOFF))).isEmpty();
        assertThat(tx(() -> ports.sweepableSales().pendingBefore(List.of(merchant, other), CUTOFF))).containsExactly(new MerchantCurrency(other, NGN));
        assertThat(tx(() -> ports.sweepableSales().unsweptBefore(merchant, NGN, CUTOFF.plusSeconds(60)))).extracting(s -> s.gross())
                .containsExactly(Money.of(4_000, "NGN"));
        assertThat(tx(() -> ports.sweepableSales().pendingBefore(List.of(), CUTOFF))).isEmpty();
    }

    @Test
    void aSecondSettlementOfTheSameDayOrTheSameSaleIsRefused() {
        sales.complete(merchant, Money.of(1_000, "NGN"), CUTOFF.minusSeconds(10));
        List<SweptSale> swept = tx(() -> ports.sweepableSales().unsweptBefore(merchant, NGN, CUTOFF));
        txRun(() -> ports.settlements().add(settle("stl_C1", DAY, swept, Money.of(1_000, "NGN"), Money.of(0, "NGN"))));

        assertThatThrownBy(() -> txRun(() -> ports.settlements().add(settle("stl_C2", DAY, List.of(new SweptSale("txn_OTHER", Money.of(5, "NGN"))),
                Money.of(5, "NGN"), Money.of(0, "NGN")))));
        assertThatThrownBy(() -> txRun(() -> ports.settlements().add(settle("stl_C3", DAY.plusDays(1), swept, Money.of(1_000, "NGN"), Money.of(0, "NGN")))));
        assertThat(tx(() -> ports.settlements().find("stl_C2"))).isEmpty();
        assertThat(tx(() -> ports.settlements().find("stl_C3"))).isEmpty();
    }

    @Test
    void aMerchantsSettlementsArePagedNewestFirst() {
        for (int i = 1; i <= 3; i++) {
            Settlement settlement = settle("stl_D" + i, DAY.plusDays(i), List.of(new SweptSale("txn_D" + i, Money.of(1_000L * i, "NGN"))),
                    Money.of(1_000L * i, "NGN"), Money.of(0, "NGN"));
            txRun(() -> ports.settlements().add(settlement));
        }

        assertThat(tx(() -> ports.settlements().listFor(merchant, null, 2))).extracting(Settlement::id).containsExactly("stl_D3", "stl_D2");
        assertThat(tx(() -> ports.settlements().listFor(merchant, "stl_D2", 2))).extracting(Settlement::id).containsExactly("stl_D1");
        assertThat(tx(() -> ports.settlements().listFor(other, null, 2))).isEmpty();
    }

    @Test
    void groupsAreReadAndRecordedInOneGoAndTheirSalesAreThenSwept() {
        String mine = sales.complete(merchant, Money.of(1_000, "NGN"), CUTOFF.minusSeconds(10));
        String theirs = sales.complete(other, Money.of(2_000, "NGN"), CUTOFF.minusSeconds(20));
        sales.complete(other, Money.of(3_000, "NGN"), CUTOFF.plusSeconds(20));
        List<MerchantCurrency> keys = List.of(new MerchantCurrency(merchant, NGN), new MerchantCurrency(other, NGN),
                new MerchantCurrency(merchant, Currencies.of("XOF")));

        Map<MerchantCurrency, List<SweptSale>> unswept = tx(() -> ports.sweepableSales().unsweptBefore(keys, CUTOFF));
        assertThat(unswept.keySet()).containsExactly(keys.get(0), keys.get(1));
        assertThat(unswept.get(keys.get(0))).extracting(SweptSale::transactionId).containsExactly(mine);
        assertThat(unswept.get(keys.get(1))).extracting(SweptSale::transactionId).containsExactly(theirs);

        Settlement first = settle("stl_G1", DAY, unswept.get(keys.get(0)), Money.of(1_000, "NGN"), Money.of(0, "NGN"));
        Settlement second = SettlementCalculation.of(new SettlementInput(other, NGN, DAY, unswept.get(keys.get(1)), Tariff.DEFAULT, BasisPoints.of(750),
                Money.of(0, "NGN"), Money.of(2_000, "NGN"))).settlement("stl_G2", Instant.parse("2026-11-24T10:00:00Z"));
        txRun(() -> {
            ports.settlements().addAll(List.of(first, second));
        });

        assertThat(tx(() -> ports.settlements().existing(keys, DAY))).containsExactlyInAnyOrder(keys.get(0), keys.get(1));
        assertThat(tx(() -> ports.settlements().existing(keys, DAY.plusDays(1)))).isEmpty();
        assertThat(tx(() -> ports.settlements().find("stl_G2"))).contains(second);
        assertThat(tx(() -> ports.sweepableSales().unsweptBefore(keys, CUTOFF))).isEmpty();
        assertThat(tx(() -> ports.sweepableSales().unsweptBefore(keys, CUTOFF.plusSeconds(60)))).containsOnlyKeys(keys.get(1));
    }

    @Test
    void onlyCompletedTransactionsAreSweepable() {
        txRun(() -> ports.transactions().add(PaymentTransaction.record(new TransactionId("txn_P1"), merchant, "pending-1", Money.of(9_000, "NGN"),
                PaymentMethod.of(PaymentMethodType.CARD), false, CUTOFF.minusSeconds(3600))));

        assertThat(tx(() -> ports.sweepableSales().pendingBefore(List.of(merchant), CUTOFF))).isEmpty();
        assertThat(tx(() -> ports.sweepableSales().unsweptBefore(merchant, NGN, CUTOFF))).isEmpty();
    }
}
