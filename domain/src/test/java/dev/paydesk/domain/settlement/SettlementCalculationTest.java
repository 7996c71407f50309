package dev.paydesk.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.Posting;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlementCalculationTest {

    static final MerchantId MERCHANT = new MerchantId("mer_01");
    static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 11, 24);
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    static Currency currency(String code) {
        return Currency.getInstance(code);
    }

    static SweptSale sale(String id, long minorUnits, String currency) {
        return new SweptSale(id, Money.of(minorUnits, currency));
    }

    static SettlementCalculation settle(String currency, Tariff tariff, List<SweptSale> sales) {
        Country country = switch (currency) {
            case "NGN" -> Country.NG;
            case "XOF" -> Country.SN;
            case "UGX" -> Country.UG;
            case "KES" -> Country.KE;
            default -> Country.GH;
        };
        return SettlementCalculation.of(SettlementInput.untouchedShop(MERCHANT, currency(currency), BUSINESS_DATE, sales, tariff,
                VatRates.DEFAULTS.rateFor(country), Money.zero(currency(currency))));
    }

    /** Each account's balance change made by an entry, keyed by account key. */
    static Map<String, Long> movements(JournalEntry entry) {
        Map<String, Long> byAccount = new LinkedHashMap<>();
        for (Posting posting : entry.postings()) {
            byAccount.merge(posting.account().key(), posting.amount().minorUnits(), Long::sum);
        }
        return byAccount;
    }

    @Test
    void specExampleThousandNairaWithTheDefaultTariff() {
        SettlementTotals totals = settle("NGN", Tariff.DEFAULT, List.of(sale("txn_1", 100_000, "NGN"))).totals();

        assertThat(totals.fees()).isEqualTo(Money.of(1_500, "NGN"));
        assertThat(totals.vat()).isEqualTo(Money.of(113, "NGN"));
        assertThat(totals.guarantee()).isEqualTo(Money.of(10_000, "NGN"));
        assertThat(totals.net()).isEqualTo(Money.of(88_387, "NGN"));
        assertThat(totals.availableToMain()).isEqualTo(Money.of(88_387, "NGN"));
    }

    @Test
    void specExampleLedgerEntryMovesShopToFeesVatReserveAndMain() {
        Settlement settlement = settle("NGN", Tariff.DEFAULT, List.of(sale("txn_1", 100_000, "NGN"))).settlement("stl_1", NOW);
        JournalEntry entry = settlement.journalEntry("jnl_1", NOW).orElseThrow();

        assertThat(entry.cause().kind().code()).isEqualTo("settlement");
        assertThat(entry.cause().sourceId()).isEqualTo("stl_1");
        assertThat(movements(entry)).containsOnly(
                Map.entry("merchant:mer_01:shop:NGN", -100_000L),
                Map.entry("platform:fees:NGN", 1_500L),
                Map.entry("platform:vat_payable:NGN", 113L),
                Map.entry("merchant:mer_01:reserve:NGN", 10_000L),
                Map.entry("merchant:mer_01:main:NGN", 88_387L));
    }

    @Test
    void xofHasNoMinorDigitsSoEachLineRoundsToWholeFrancs() {
        SettlementTotals totals = settle("XOF", Tariff.DEFAULT, List.of(sale("txn_1", 1_001, "XOF"))).totals();

        assertThat(totals.fees().minorUnits()).as("1.5 % of 1,001 = 15.015").isEqualTo(15);
        assertThat(totals.vat().minorUnits()).as("18 % of 15 = 2.7").isEqualTo(3);
        assertThat(totals.guarantee().minorUnits()).as("10 % of 1,001 = 100.1").isEqualTo(100);
        assertThat(totals.net().minorUnits()).isEqualTo(1_001 - 15 - 3 - 100);
    }

    @Test
    void ugandanShillingsRoundHalfUpPerLine() {
        SettlementTotals totals = settle("UGX", Tariff.DEFAULT, List.of(sale("txn_1", 333, "UGX"), sale("txn_2", 1_100, "UGX"))).totals();

        // 333: fee 4.995 → 5, VAT 0.9 → 1. 1,100: fee 16.5 → 17 (half goes up), VAT 3.06 → 3. Guarantee 143.3 → 143.
        assertThat(totals.fees().minorUnits()).isEqualTo(5 + 17);
        assertThat(totals.vat().minorUnits()).isEqualTo(1 + 3);
        assertThat(totals.guarantee().minorUnits()).isEqualTo(143);
        assertThat(totals.net().minorUnits()).isEqualTo(1_433 - 22 - 4 - 143);
    }

    @Test
    void feesAndVatAreRoundedPerSaleAndTotalsAreSumsOfRoundedLines() {
        SettlementCalculation calculation = settle("XOF", Tariff.DEFAULT, List.of(sale("txn_1", 1_100, "XOF"), sale("txn_2", 1_100, "XOF")));

        assertThat(calculation.lines()).filteredOn(line -> line.type() == SettlementLine.Type.FEE)
                .extracting(line -> line.amount().minorUnits()).containsExactly(17L, 17L);
        assertThat(calculation.totals().fees().minorUnits()).as("not 1.5 % of 2,200 = 33").isEqualTo(34);
        assertThat(calculation.lines()).filteredOn(line -> line.type() == SettlementLine.Type.VAT)
                .extracting(line -> line.amount().minorUnits()).containsExactly(3L, 3L);
    }

    @Test
    void theFixedFeeIsAddedToEveryFeeLineAndCarriesVat() {
        Tariff tariff = new Tariff(150, 10_000, 1000, 30);
        SettlementTotals totals = settle("NGN", tariff, List.of(sale("txn_1", 100_000, "NGN"), sale("txn_2", 50_050, "NGN"))).totals();

        // txn_1: 1,500 + 10,000 = 11,500, VAT 862.5 → 863. txn_2: 750.75 → 751 + 10,000 = 10,751, VAT 806.325 → 806.
        assertThat(totals.fees().minorUnits()).isEqualTo(11_500 + 10_751);
        assertThat(totals.vat().minorUnits()).isEqualTo(863 + 806);
        assertThat(totals.guarantee().minorUnits()).as("10 % of 150,050").isEqualTo(15_005);
        assertThat(totals.net().minorUnits()).isEqualTo(150_050 - 22_251 - 1_669 - 15_005);
    }

    @Test
    void aNegativeMainIsRepaidFromTheNetBeforeAnythingBecomesAvailable() {
        SettlementInput input = SettlementInput.untouchedShop(MERCHANT, currency("NGN"), BUSINESS_DATE,
                List.of(sale("txn_1", 100_000, "NGN")), Tariff.DEFAULT, BasisPoints.of(750), Money.of(-50_000, "NGN"));
        SettlementTotals totals = SettlementCalculation.of(input).totals();

        assertThat(totals.net().minorUnits()).isEqualTo(88_387);
        assertThat(totals.debtRepaid().minorUnits()).isEqualTo(50_000);
        assertThat(totals.availableToMain().minorUnits()).isEqualTo(38_387);
    }

    @Test
    void aDebtLargerThanTheNetTakesAllOfIt() {
        SettlementInput input = SettlementInput.untouchedShop(MERCHANT, currency("NGN"), BUSINESS_DATE,
                List.of(sale("txn_1", 100_000, "NGN")), Tariff.DEFAULT, BasisPoints.of(750), Money.of(-200_000, "NGN"));
        SettlementTotals totals = SettlementCalculation.of(input).totals();

        assertThat(totals.debtRepaid().minorUnits()).isEqualTo(88_387);
        assertThat(totals.availableToMain().isZero()).isTrue();
    }

    @Test
    void aPositiveMainRepaysNothing() {
        SettlementInput input = SettlementInput.untouchedShop(MERCHANT, currency("NGN"), BUSINESS_DATE,
                List.of(sale("txn_1", 100_000, "NGN")), Tariff.DEFAULT, BasisPoints.of(750), Money.of(7_000, "NGN"));
        assertThat(SettlementCalculation.of(input).totals().debtRepaid().isZero()).isTrue();
    }

    @Test
    void refundsAlreadyTakenFromShopReduceWhatIsSweptButFeesStayOnTheSales() {
        SettlementInput input = new SettlementInput(MERCHANT, currency("NGN"), BUSINESS_DATE, List.of(sale("txn_1", 100_000, "NGN")),
                Tariff.DEFAULT, BasisPoints.of(750), Money.zero(currency("NGN")), Money.of(40_000, "NGN"));
        SettlementCalculation calculation = SettlementCalculation.of(input);
        SettlementTotals totals = calculation.totals();

        assertThat(totals.shopAdjustments().minorUnits()).isEqualTo(-60_000);
        assertThat(totals.swept().minorUnits()).isEqualTo(40_000);
        assertThat(totals.fees().minorUnits()).isEqualTo(1_500);
        assertThat(totals.vat().minorUnits()).isEqualTo(113);
        assertThat(totals.guarantee().minorUnits()).as("10 % of what is swept").isEqualTo(4_000);
        assertThat(totals.net().minorUnits()).isEqualTo(40_000 - 1_500 - 113 - 4_000);
        assertThat(movements(calculation.settlement("stl_1", NOW).journalEntry("jnl_1", NOW).orElseThrow()))
                .containsEntry("merchant:mer_01:shop:NGN", -40_000L);
    }

    @Test
    void feesAboveWhatIsInShopAreChargedToMainNeverLost() {
        SettlementInput input = new SettlementInput(MERCHANT, currency("NGN"), BUSINESS_DATE, List.of(sale("txn_1", 100_000, "NGN")),
                Tariff.DEFAULT, BasisPoints.of(750), Money.of(-300, "NGN"), Money.zero(currency("NGN")));
        SettlementCalculation calculation = SettlementCalculation.of(input);
        SettlementTotals totals = calculation.totals();

        assertThat(totals.guarantee().isZero()).as("no guarantee is held out of a debt").isTrue();
        assertThat(totals.net().minorUnits()).isEqualTo(-1_613);
        assertThat(totals.shortfallToMain().minorUnits()).isEqualTo(1_613);
        assertThat(totals.debtRepaid().isZero()).isTrue();
        assertThat(totals.availableToMain().isZero()).isTrue();
        assertThat(movements(calculation.settlement("stl_1", NOW).journalEntry("jnl_1", NOW).orElseThrow())).containsOnly(
                Map.entry("merchant:mer_01:main:NGN", -1_613L),
                Map.entry("merchant:mer_01:shop:NGN", 0L),
                Map.entry("platform:fees:NGN", 1_500L),
                Map.entry("platform:vat_payable:NGN", 113L));
        assertThat(calculation.reserveHold("stl_1")).isEmpty();
    }

    @Test
    void theGuaranteeIsCappedAtWhatIsLeftAfterFeesAndVat() {
        Tariff heavyFixedFee = new Tariff(0, 950, 1000, 30);
        SettlementInput input = SettlementInput.untouchedShop(MERCHANT, currency("XOF"), BUSINESS_DATE,
                List.of(sale("txn_1", 1_000, "XOF")), heavyFixedFee, BasisPoints.of(0), Money.zero(currency("XOF")));
        SettlementCalculation calculation = SettlementCalculation.of(input);

        assertThat(calculation.totals().guarantee().minorUnits()).isEqualTo(50);
        assertThat(calculation.totals().net().isZero()).isTrue();
        assertThat(calculation.lines()).filteredOn(line -> line instanceof SettlementLine.Guarantee).singleElement()
                .satisfies(line -> {
                    SettlementLine.Guarantee guarantee = (SettlementLine.Guarantee) line;
                    assertThat(guarantee.computed().minorUnits()).isEqualTo(100);
                    assertThat(guarantee.capped()).isTrue();
                });
    }

    @Test
    void aSettlementThatMovesNothingHasNoEntry() {
        SettlementInput input = new SettlementInput(MERCHANT, currency("NGN"), BUSINESS_DATE, List.of(sale("txn_1", 100_000, "NGN")),
                new Tariff(0, 0, 0, 0), BasisPoints.of(750), Money.zero(currency("NGN")), Money.zero(currency("NGN")));
        assertThat(SettlementCalculation.of(input).settlement("stl_1", NOW).journalEntry("jnl_1", NOW)).isEmpty();
    }

    @Test
    void shopCannotHoldMoreThanTheSweptSales() {
        assertThatThrownBy(() -> new SettlementInput(MERCHANT, currency("NGN"), BUSINESS_DATE, List.of(sale("txn_1", 100, "NGN")),
                Tariff.DEFAULT, BasisPoints.of(750), Money.zero(currency("NGN")), Money.of(101, "NGN")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    @Test
    void aSaleListedTwiceOrInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> settle("NGN", Tariff.DEFAULT, List.of(sale("txn_1", 100, "NGN"), sale("txn_1", 100, "NGN"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors()).extracting("code").containsExactly("duplicate_transaction"));
        assertThatThrownBy(() -> settle("NGN", Tariff.DEFAULT, List.of(sale("txn_1", 100, "KES"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors()).extracting("code").containsExactly("currency_mismatch"));
        assertThatThrownBy(() -> settle("NGN", Tariff.DEFAULT, List.of())).isInstanceOf(DomainException.class);
    }

    @Test
    void aRecordedSettlementWhoseTotalsDisagreeWithItsLinesIsRefused() {
        Settlement settlement = settle("NGN", Tariff.DEFAULT, List.of(sale("txn_1", 100_000, "NGN"))).settlement("stl_1", NOW);
        List<SettlementLine> withoutVat = settlement.lines().stream().filter(line -> line.type() != SettlementLine.Type.VAT).toList();

        assertThatThrownBy(() -> new Settlement("stl_1", MERCHANT, currency("NGN"), BUSINESS_DATE, settlement.totals(), withoutVat, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vat");
        assertThatThrownBy(() -> settle("NGN", Tariff.DEFAULT, List.of(sale("txn_1", 100_000, "NGN"))).settlement("set_1", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSettlementRecordsItsIdentityLinesAndTotals() {
        Settlement settlement = settle("NGN", Tariff.DEFAULT, List.of(sale("txn_1", 100_000, "NGN"))).settlement("stl_1", NOW);

        assertThat(settlement.id()).isEqualTo("stl_1");
        assertThat(settlement.merchantId()).isEqualTo(MERCHANT);
        assertThat(settlement.businessDate()).isEqualTo(BUSINESS_DATE);
        assertThat(settlement.createdAt()).isEqualTo(NOW);
        assertThat(settlement.lines()).extracting(SettlementLine::type).containsExactly(
                SettlementLine.Type.SALE, SettlementLine.Type.FEE, SettlementLine.Type.VAT, SettlementLine.Type.GUARANTEE);
        assertThat(settlement.sumOf(SettlementLine.Type.FEE)).isEqualTo(settlement.totals().fees());
    }
}
