package dev.paydesk.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.Posting;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Properties of the settlement arithmetic over seeded random inputs. A failure names its seed; rerun
 * one case with {@code -Dsettlement.seed=<seed>}.
 */
class SettlementArithmeticPropertiesTest {

    private static final long BASE_SEED = Long.getLong("settlement.seed", 20_261_124L);
    private static final List<String> CURRENCIES = List.of("NGN", "GHS", "KES", "XOF", "UGX");

    @RepeatedTest(1000)
    void grossIsExactlyFeesPlusVatPlusGuaranteePlusNetAndTheEntryBalances(RepetitionInfo repetition) {
        long seed = System.getProperty("settlement.seed") != null ? BASE_SEED : BASE_SEED + repetition.getCurrentRepetition();
        try {
            checkOne(new Random(seed));
        } catch (AssertionError | RuntimeException failure) {
            throw new AssertionError("settlement property failed for seed " + seed + " (rerun with -Dsettlement.seed=" + seed + ")", failure);
        }
    }

    private static void checkOne(Random random) {
        Currency currency = Currency.getInstance(CURRENCIES.get(random.nextInt(CURRENCIES.size())));
        int saleCount = 1 + random.nextInt(40);
        List<SweptSale> sales = new ArrayList<>();
        long salesTotal = 0;
        for (int i = 0; i < saleCount; i++) {
            long amount = 1 + (random.nextBoolean() ? random.nextInt(5_000) : (long) random.nextInt(Integer.MAX_VALUE) * random.nextInt(50));
            sales.add(new SweptSale("txn_" + i, new Money(amount, currency)));
            salesTotal += amount;
        }
        Tariff tariff = new Tariff(random.nextInt(1_000), random.nextInt(4) == 0 ? random.nextInt(20_000) : 0,
                random.nextInt(3_000), random.nextInt(366));
        BasisPoints vat = BasisPoints.of(random.nextInt(2_500));
        long shop = random.nextInt(3) == 0 ? Math.floorMod(random.nextLong(), salesTotal + 1) : salesTotal;
        long main = random.nextInt(3) == 0 ? -random.nextInt(10_000_000) : random.nextInt(10_000_000);
        SettlementInput input = new SettlementInput(new MerchantId("mer_p"), currency, LocalDate.of(2026, 11, 24), sales, tariff, vat,
                new Money(main, currency), new Money(shop, currency));

        SettlementCalculation calculation = SettlementCalculation.of(input);
        SettlementTotals totals = calculation.totals();

        // gross swept = fees + VAT + guarantee + net, to the unit
        assertThat(totals.fees().plus(totals.vat()).plus(totals.guarantee()).plus(totals.net()).minorUnits()).isEqualTo(shop);
        assertThat(totals.sales().minorUnits()).isEqualTo(salesTotal);

        // each line agrees with an independent half-up computation; totals are sums of lines
        long fees = 0;
        long vatTotal = 0;
        for (SweptSale sale : sales) {
            long fee = halfUp(sale.gross().minorUnits(), tariff.rateBps()) + tariff.fixedAmount();
            fees += fee;
            vatTotal += halfUp(fee, vat.value());
        }
        assertThat(totals.fees().minorUnits()).isEqualTo(fees);
        assertThat(totals.vat().minorUnits()).isEqualTo(vatTotal);
        long guarantee = Math.min(halfUp(shop, tariff.reserveBps()), Math.max(0, shop - fees - vatTotal));
        assertThat(totals.guarantee().minorUnits()).isEqualTo(guarantee);

        // the net repays a debt first; a negative net is charged to main
        long net = totals.net().minorUnits();
        long debt = Math.max(0, -main);
        assertThat(totals.debtRepaid().minorUnits()).isEqualTo(net > 0 ? Math.min(net, debt) : 0);
        assertThat(totals.shortfallToMain().minorUnits()).isEqualTo(net < 0 ? -net : 0);

        // the entry balances, empties shop of what was swept and moves each total to its account
        long expectedFees = fees;
        long expectedVat = vatTotal;
        Settlement settlement = calculation.settlement("stl_p", Instant.EPOCH);
        settlement.journalEntry("jnl_p", Instant.EPOCH).ifPresent(entry -> {
            Map<String, Long> movements = movements(entry);
            assertThat(movements.values().stream().mapToLong(Long::longValue).sum()).isZero();
            assertThat(movements.getOrDefault("merchant:mer_p:shop:" + currency, 0L)).isEqualTo(-shop);
            assertThat(movements.getOrDefault("merchant:mer_p:main:" + currency, 0L)).isEqualTo(net);
            assertThat(movements.getOrDefault("merchant:mer_p:reserve:" + currency, 0L)).isEqualTo(guarantee);
            assertThat(movements.getOrDefault("platform:fees:" + currency, 0L)).isEqualTo(expectedFees);
            assertThat(movements.getOrDefault("platform:vat_payable:" + currency, 0L)).isEqualTo(expectedVat);
        });
        calculation.reserveHold("stl_p").ifPresent(hold -> {
            assertThat(hold.amount().minorUnits()).isEqualTo(guarantee);
            assertThat(hold.releaseOn()).isEqualTo(LocalDate.of(2026, 11, 24).plusDays(tariff.reserveDays()));
        });
    }

    /** amount × bps / 10,000 rounded half-up, computed with BigDecimal as an independent oracle. */
    private static long halfUp(long amount, int bps) {
        return BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(bps)).divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static Map<String, Long> movements(JournalEntry entry) {
        Map<String, Long> byAccount = new HashMap<>();
        for (Posting posting : entry.postings()) {
            byAccount.merge(posting.account().key(), posting.amount().minorUnits(), Long::sum);
        }
        return byAccount;
    }
}
