package dev.paydesk.adapters.persistence.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.calendar.AddHoliday;
import dev.paydesk.application.merchant.CreateMerchant;
import dev.paydesk.application.settlement.DueSweeps;
import dev.paydesk.application.settlement.ListSettlements;
import dev.paydesk.application.settlement.ReleaseReserves;
import dev.paydesk.application.settlement.RunSettlement;
import dev.paydesk.application.settlement.SetTariff;
import dev.paydesk.application.settlement.SweepDueSettlements;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.transaction.RecordTransaction;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.MerchantBalances;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.settlement.SettlementLine;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settlement use cases (SPEC §8) end to end over one adapter's ports. */
public abstract class SettlementUseCasesContract extends PortContract {
    /** Tuesday 24 November 2026, 10:00 UTC: the sweep of that date is due everywhere. */
    static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    /** Monday noon UTC: before Tuesday's cutoff in every served country. */
    static final Instant MONDAY_NOON = Instant.parse("2026-11-23T12:00:00Z");
    static final CommandContext OPERATOR = new CommandContext(new Principal.OperatorPrincipal("op_1"), "req_1");

    Paydesk paydesk;
    CompletedSales sales;

    @BeforeEach
    void buildPaydesk() {
        paydesk = Paydesk.over(ports, Clock.fixed(NOW, ZoneOffset.UTC));
        sales = new CompletedSales(ports);
    }

    MerchantId merchantIn(Country country) {
        return paydesk.createMerchant().create(OPERATOR, new CreateMerchant.Command("Shop " + country, country, country.defaultCurrency(),
                "admin@" + country.code().toLowerCase() + ".example")).merchant().id();
    }

    Money balance(MerchantId merchant, MerchantAccountType type, String currency) {
        return tx(() -> ports.ledger().balance(LedgerAccount.merchant(merchant, type, Currencies.of(currency))));
    }

    Money platform(PlatformAccountType type, String currency) {
        return tx(() -> ports.ledger().balance(LedgerAccount.platform(type, Currencies.of(currency))));
    }

    Settlement onlySettlementOf(MerchantId merchant) {
        CommandContext user = new CommandContext(new Principal.MerchantUser("usr_1", merchant, Set.of(Permission.BALANCES_READ), false), "req_2");
        Page<Settlement> page = paydesk.listSettlements().list(user, new ListSettlements.Query(null, 20));
        assertThat(page.data()).hasSize(1);
        return page.data().get(0);
    }

    void assertLedgerBalanced() {
        assertThat(paydesk.checkLedger().check().discrepancies()).isEmpty();
    }

    @Test
    void theSpecExampleSettlesOneThousandNairaIntoFeeVatGuaranteeAndNet() {
        MerchantId merchant = merchantIn(Country.NG);
        sales.complete(merchant, Money.of(100_000, "NGN"), MONDAY_NOON);

        RunSettlement.Result result = paydesk.runSettlement().run(OPERATOR, TUESDAY);

        assertThat(result).isEqualTo(new RunSettlement.Result(TUESDAY, 1));
        Settlement settlement = onlySettlementOf(merchant);
        assertThat(settlement.totals().fees()).isEqualTo(Money.of(1_500, "NGN"));
        assertThat(settlement.totals().vat()).isEqualTo(Money.of(113, "NGN"));
        assertThat(settlement.totals().guarantee()).isEqualTo(Money.of(10_000, "NGN"));
        assertThat(settlement.totals().net()).isEqualTo(Money.of(88_387, "NGN"));
        assertThat(settlement.businessDate()).isEqualTo(TUESDAY);
        assertThat(settlement.lines()).extracting(SettlementLine::type).containsExactly(
                SettlementLine.Type.SALE, SettlementLine.Type.FEE, SettlementLine.Type.VAT, SettlementLine.Type.GUARANTEE);
        assertThat(balance(merchant, MerchantAccountType.SHOP, "NGN")).isEqualTo(Money.of(0, "NGN"));
        assertThat(balance(merchant, MerchantAccountType.MAIN, "NGN")).isEqualTo(Money.of(88_387, "NGN"));
        assertThat(balance(merchant, MerchantAccountType.RESERVE, "NGN")).isEqualTo(Money.of(10_000, "NGN"));
        assertThat(platform(PlatformAccountType.FEES, "NGN")).isEqualTo(Money.of(1_500, "NGN"));
        assertThat(platform(PlatformAccountType.VAT_PAYABLE, "NGN")).isEqualTo(Money.of(113, "NGN"));
        assertThat(tx(() -> ports.ledger().entriesFor(EntryCause.of(EntryCause.Kind.SETTLEMENT, settlement.id())))).hasSize(1);
        assertLedgerBalanced();
    }

    @Test
    void francsCfaAndShillingsHaveNoMinorUnitsAndRoundEachLineHalfUp() {
        MerchantId senegal = merchantIn(Country.SN);
        MerchantId uganda = merchantIn(Country.UG);
        sales.complete(senegal, Money.of(10_000, "XOF"), MONDAY_NOON);
        sales.complete(senegal, Money.of(2_333, "XOF"), MONDAY_NOON);
        sales.complete(uganda, Money.of(1_000_000, "UGX"), MONDAY_NOON);

        assertThat(paydesk.runSettlement().run(OPERATOR, TUESDAY).settlementsCreated()).isEqualTo(2);

        // XOF: fees 150 + 35 (34.995), VAT 18 % 27 + 6 (6.3), guarantee 10 % of 12,333 = 1,233 (1,233.3)
        Settlement xof = onlySettlementOf(senegal);
        assertThat(xof.totals().fees()).isEqualTo(Money.of(185, "XOF"));
        assertThat(xof.totals().vat()).isEqualTo(Money.of(33, "XOF"));
        assertThat(xof.totals().guarantee()).isEqualTo(Money.of(1_233, "XOF"));
        assertThat(xof.totals().net()).isEqualTo(Money.of(10_882, "XOF"));
        assertThat(balance(senegal, MerchantAccountType.MAIN, "XOF")).isEqualTo(Money.of(10_882, "XOF"));
        // UGX: fee 15,000, VAT 18 % 2,700, guarantee 100,000
        Settlement ugx = onlySettlementOf(uganda);
        assertThat(ugx.totals().net()).isEqualTo(Money.of(882_300, "UGX"));
        assertThat(balance(uganda, MerchantAccountType.RESERVE, "UGX")).isEqualTo(Money.of(100_000, "UGX"));
        assertLedgerBalanced();
    }

    @Test
    void runningTheSameDateAgainCreatesNothingAndMovesNothing() {
        MerchantId merchant = merchantIn(Country.NG);
        sales.complete(merchant, Money.of(100_000, "NGN"), MONDAY_NOON);
        paydesk.runSettlement().run(OPERATOR, TUESDAY);

        assertThat(paydesk.runSettlement().run(OPERATOR, TUESDAY).settlementsCreated()).isZero();

        assertThat(balance(merchant, MerchantAccountType.MAIN, "NGN")).isEqualTo(Money.of(88_387, "NGN"));
        onlySettlementOf(merchant);
        assertLedgerBalanced();
    }

    @Test
    void salesCompletedAfterTheCutoffWaitForTheNextBusinessDay() {
        MerchantId merchant = merchantIn(Country.NG);
        sales.complete(merchant, Money.of(100_000, "NGN"), MONDAY_NOON);
        // 23:30 UTC Monday is 00:30 Tuesday in Lagos: after Tuesday's cutoff
        sales.complete(merchant, Money.of(40_000, "NGN"), Instant.parse("2026-11-23T23:30:00Z"));

        paydesk.runSettlement().run(OPERATOR, TUESDAY);

        assertThat(onlySettlementOf(merchant).totals().sales()).isEqualTo(Money.of(100_000, "NGN"));
        assertThat(balance(merchant, MerchantAccountType.SHOP, "NGN")).isEqualTo(Money.of(40_000, "NGN"));
        assertLedgerBalanced();
    }

    @Test
    void aHolidayAddedAtRunTimeStopsThatDaysSweepForThatCountryOnly() {
        MerchantId nigeria = merchantIn(Country.NG);
        MerchantId ghana = merchantIn(Country.GH);
        sales.complete(nigeria, Money.of(100_000, "NGN"), MONDAY_NOON);
        sales.complete(ghana, Money.of(100_000, "GHS"), MONDAY_NOON);
        paydesk.addHoliday().add(OPERATOR, new AddHoliday.Command(Country.NG, TUESDAY, "Day of mourning"));

        assertThat(paydesk.runSettlement().run(OPERATOR, TUESDAY).settlementsCreated()).isEqualTo(1);

        assertThat(balance(nigeria, MerchantAccountType.SHOP, "NGN")).isEqualTo(Money.of(100_000, "NGN"));
        assertThat(balance(ghana, MerchantAccountType.SHOP, "GHS")).isEqualTo(Money.of(0, "GHS"));
        assertThat(paydesk.getCalendar().get(OPERATOR, Country.NG, 2026).holidays()).extracting(h -> h.date()).contains(TUESDAY);
        Paydesk later = Paydesk.over(ports, Clock.fixed(NOW.plusSeconds(86_400), ZoneOffset.UTC));
        assertThat(later.runSettlement().run(OPERATOR, WEDNESDAY).settlementsCreated()).isEqualTo(1);
        assertThat(balance(nigeria, MerchantAccountType.SHOP, "NGN")).isEqualTo(Money.of(0, "NGN"));
        assertLedgerBalanced();
    }

    @Test
    void aMissedPastDateIsCaughtUpOnceAndLaterDatesFindNothingLeft() {
        MerchantId merchant = merchantIn(Country.KE);
        sales.complete(merchant, Money.of(50_000, "KES"), Instant.parse("2026-11-20T09:00:00Z"));

        assertThat(paydesk.runSettlement().run(OPERATOR, LocalDate.of(2026, 11, 23)).settlementsCreated()).isEqualTo(1);
        assertThat(paydesk.runSettlement().run(OPERATOR, TUESDAY).settlementsCreated()).isZero();
        assertThat(paydesk.runSettlement().run(OPERATOR, LocalDate.of(2026, 11, 23)).settlementsCreated()).isZero();
        assertLedgerBalanced();
    }

    @Test
    void aNegativeMainIsRepaidFromTheNetFirst() {
        MerchantId merchant = merchantIn(Country.NG);
        tx(() -> {
            ports.ledger().append(JournalEntry.builder("jnl_DEBT1", EntryCause.of(EntryCause.Kind.REFUND, "rfd_1"), "approve_refund", MONDAY_NOON)
                    .transfer(LedgerAccount.merchant(merchant, MerchantAccountType.MAIN, Currencies.of("NGN")),
                            LedgerAccount.platform(PlatformAccountType.CUSTOMERS, Currencies.of("NGN")), Money.of(50_000, "NGN"))
                    .build());
            return null;
        });
        sales.complete(merchant, Money.of(100_000, "NGN"), MONDAY_NOON);

        paydesk.runSettlement().run(OPERATOR, TUESDAY);

        Settlement settlement = onlySettlementOf(merchant);
        assertThat(settlement.totals().debtRepaid()).isEqualTo(Money.of(50_000, "NGN"));
        assertThat(settlement.totals().availableToMain()).isEqualTo(Money.of(38_387, "NGN"));
        assertThat(balance(merchant, MerchantAccountType.MAIN, "NGN")).isEqualTo(Money.of(38_387, "NGN"));
        assertLedgerBalanced();
    }

    @Test
    void aRefundTakenFromShopBeforeTheCutoffReducesWhatIsSwept() {
        MerchantId merchant = merchantIn(Country.NG);
        sales.complete(merchant, Money.of(100_000, "NGN"), MONDAY_NOON);
        tx(() -> {
            ports.ledger().append(JournalEntry.builder("jnl_RFD1", EntryCause.of(EntryCause.Kind.REFUND, "rfd_2"), "approve_refund", MONDAY_NOON)
                    .transfer(LedgerAccount.merchant(merchant, MerchantAccountType.SHOP, Currencies.of("NGN")),
                            LedgerAccount.merchant(merchant, MerchantAccountType.REFUNDS_IN_FLIGHT, Currencies.of("NGN")), Money.of(20_000, "NGN"))
                    .build());
            return null;
        });

        paydesk.runSettlement().run(OPERATOR, TUESDAY);

        Settlement settlement = onlySettlementOf(merchant);
        assertThat(settlement.totals().swept()).isEqualTo(Money.of(80_000, "NGN"));
        assertThat(settlement.totals().net()).isEqualTo(Money.of(80_000 - 1_500 - 113 - 8_000, "NGN"));
        assertThat(balance(merchant, MerchantAccountType.SHOP, "NGN")).isEqualTo(Money.of(0, "NGN"));
        assertLedgerBalanced();
    }

    @Test
    void aTariffSetByAnOperatorIsUsedByTheNextSweepAndAudited() {
        MerchantId merchant = merchantIn(Country.NG);
        paydesk.setTariff().set(OPERATOR, SetTariff.Command.of(merchant, 200, 50, 0, 0));
        sales.complete(merchant, Money.of(100_000, "NGN"), MONDAY_NOON);

        paydesk.runSettlement().run(OPERATOR, TUESDAY);

        Settlement settlement = onlySettlementOf(merchant);
        assertThat(settlement.totals().fees()).isEqualTo(Money.of(2_050, "NGN"));
        assertThat(settlement.totals().guarantee()).isEqualTo(Money.of(0, "NGN"));
        assertThat(paydesk.getTariff().get(OPERATOR, merchant).rateBps()).isEqualTo(200);
        assertThat(tx(() -> ports.reserveHolds().heldFor(merchant))).isEmpty();
        assertThat(paydesk.verifyAuditLog()).isNotNull();
    }

    @Test
    void aTariffOutOfRangeIsRefusedNamingTheField() {
        MerchantId merchant = merchantIn(Country.NG);
        assertThatThrownBy(() -> paydesk.setTariff().set(OPERATOR, SetTariff.Command.of(merchant, 10_001, 0, 0, 0)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.errors()).extracting(error -> error.field()).containsExactly("rate_bps");
                });
        assertThat(paydesk.getTariff().get(OPERATOR, merchant)).isEqualTo(dev.paydesk.domain.settlement.Tariff.DEFAULT);
    }

    @Test
    void dueGuaranteesAreReleasedToMainOnceAndOnlyWhenDue() {
        MerchantId merchant = merchantIn(Country.NG);
        sales.complete(merchant, Money.of(100_000, "NGN"), MONDAY_NOON);
        paydesk.runSettlement().run(OPERATOR, TUESDAY);

        assertThat(paydesk.releaseReserves().release(OPERATOR, TUESDAY.plusDays(29))).isZero();
        assertThat(paydesk.releaseReserves().release(OPERATOR, TUESDAY.plusDays(30))).isEqualTo(1);
        assertThat(paydesk.releaseReserves().release(OPERATOR, TUESDAY.plusDays(31))).isZero();

        assertThat(balance(merchant, MerchantAccountType.RESERVE, "NGN")).isEqualTo(Money.of(0, "NGN"));
        assertThat(balance(merchant, MerchantAccountType.MAIN, "NGN")).isEqualTo(Money.of(98_387, "NGN"));
        assertLedgerBalanced();
    }

    @Test
    void merchantUsersSeeOnlyTheirOwnSettlementsNewestFirst() {
        MerchantId mine = merchantIn(Country.NG);
        MerchantId other = merchantIn(Country.GH);
        sales.complete(mine, Money.of(10_000, "NGN"), Instant.parse("2026-11-20T09:00:00Z"));
        sales.complete(other, Money.of(10_000, "GHS"), Instant.parse("2026-11-20T09:00:00Z"));
        paydesk.runSettlement().run(OPERATOR, LocalDate.of(2026, 11, 23));
        sales.complete(mine, Money.of(20_000, "NGN"), MONDAY_NOON);
        paydesk.runSettlement().run(OPERATOR, TUESDAY);
        CommandContext user = new CommandContext(new Principal.MerchantUser("usr_1", mine, Set.of(Permission.BALANCES_READ), false), "req_3");

        Page<Settlement> first = paydesk.listSettlements().list(user, new ListSettlements.Query(null, 1));
        Page<Settlement> second = paydesk.listSettlements().list(user, new ListSettlements.Query(first.nextCursor(), 1));

        assertThat(first.data()).extracting(Settlement::businessDate).containsExactly(TUESDAY);
        assertThat(second.data()).extracting(Settlement::businessDate).containsExactly(LocalDate.of(2026, 11, 23));
        assertThat(second.nextCursor()).isNull();
        assertThat(second.data().get(0).merchantId()).isEqualTo(mine);
        CommandContext withoutPermission = new CommandContext(new Principal.MerchantUser("usr_2", mine, Set.of(), false), "req_4");
        assertThatThrownBy(() -> paydesk.listSettlements().list(withoutPermission, new ListSettlements.Query(null, 20)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void dueSweepsNameEachCountrysUnrunBusinessDatesUntilTheyRun() {
        assertThat(paydesk.dueSweeps().due(NOW)).contains(new DueSweeps.DueSweep(Country.NG, TUESDAY), new DueSweeps.DueSweep(Country.GH, TUESDAY));

        paydesk.runSettlement().run(OPERATOR, TUESDAY);

        assertThat(paydesk.dueSweeps().due(NOW)).extracting(DueSweeps.DueSweep::businessDate).doesNotContain(TUESDAY)
                .contains(LocalDate.of(2026, 11, 23));
        assertThat(paydesk.dueSweeps().due(NOW)).extracting(DueSweeps.DueSweep::businessDate)
                .allSatisfy(date -> assertThat(date.getDayOfWeek().getValue()).isLessThan(6));
    }

    @Test
    void aDateThatHasNotStartedAnywhereIsRefused() {
        assertThatThrownBy(() -> paydesk.runSettlement().run(OPERATOR, WEDNESDAY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void anExistingHolidayCannotBeAddedTwiceAndOnlyOperatorsAddHolidays() {
        paydesk.addHoliday().add(OPERATOR, new AddHoliday.Command(Country.KE, TUESDAY, "Extra day"));
        assertThatThrownBy(() -> paydesk.addHoliday().add(OPERATOR, new AddHoliday.Command(Country.KE, TUESDAY, "Again")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
        assertThatThrownBy(() -> paydesk.addHoliday().add(OPERATOR, new AddHoliday.Command(Country.KE, LocalDate.of(2026, 12, 25), "Christmas twice")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
        CommandContext user = new CommandContext(new Principal.MerchantUser("usr_1", new MerchantId("mer_X"), Set.of(), true), "req_5");
        assertThatThrownBy(() -> paydesk.addHoliday().add(user, new AddHoliday.Command(Country.KE, WEDNESDAY, "Mine")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(paydesk.businessCalendars().calendarOf(Country.KE).isBusinessDay(TUESDAY)).isFalse();
        assertThat(paydesk.businessCalendars().calendarOf(Country.UG).isBusinessDay(TUESDAY)).isTrue();
    }

    @Test
    void everySettlementPublishesItsCompletion() {
        MerchantId merchant = merchantIn(Country.CI);
        sales.complete(merchant, Money.of(5_000, "XOF"), MONDAY_NOON);
        paydesk.runSettlement().run(OPERATOR, TUESDAY);
        Settlement settlement = onlySettlementOf(merchant);
        assertThat(tx(() -> ports.settlements().find(settlement.id()))).contains(settlement);
        assertThat(tx(() -> ports.ledger().merchantBalances(merchant))).extracting(MerchantBalances::currency)
                .containsExactly(Currencies.of("XOF"));
    }

    @Test
    void salesRecordedThroughRecordTransactionAreSweptAndTheSweepJobCatchesUpTheDueDates() {
        MerchantId merchant = merchantIn(Country.GH);
        Paydesk onMonday = Paydesk.over(ports, Clock.fixed(MONDAY_NOON, ZoneOffset.UTC));
        onMonday.recordTransaction().record(OPERATOR, new RecordTransaction.Command(merchant, "order-1", Money.of(20_000, "GHS"),
                PaymentMethod.of(PaymentMethodType.MOBILE_MONEY), true));

        assertThat(paydesk.jobs().run(SweepDueSettlements.JOB)).isEqualTo(1);

        Settlement settlement = onlySettlementOf(merchant);
        assertThat(settlement.businessDate()).isEqualTo(TUESDAY);
        assertThat(settlement.totals().sales()).isEqualTo(Money.of(20_000, "GHS"));
        assertThat(paydesk.dueSweeps().due(NOW)).isEmpty();
        assertThat(paydesk.jobs().run(SweepDueSettlements.JOB)).isZero();
        assertLedgerBalanced();
    }

    @Test
    void theReserveReleaseJobReleasesWhatIsDueOnTodaysUtcDate() {
        MerchantId merchant = merchantIn(Country.NG);
        sales.complete(merchant, Money.of(100_000, "NGN"), MONDAY_NOON);
        paydesk.runSettlement().run(OPERATOR, TUESDAY);
        Paydesk thirtyDaysLater = Paydesk.over(ports, Clock.fixed(NOW.plus(java.time.Duration.ofDays(30)), ZoneOffset.UTC));
        Paydesk aDayEarlier = Paydesk.over(ports, Clock.fixed(NOW.plus(java.time.Duration.ofDays(29)), ZoneOffset.UTC));

        assertThat(aDayEarlier.jobs().run(ReleaseReserves.JOB)).isZero();
        assertThat(thirtyDaysLater.jobs().run(ReleaseReserves.JOB)).isEqualTo(1);

        assertThat(balance(merchant, MerchantAccountType.RESERVE, "NGN")).isEqualTo(Money.of(0, "NGN"));
        assertThat(balance(merchant, MerchantAccountType.MAIN, "NGN")).isEqualTo(Money.of(98_387, "NGN"));
        assertLedgerBalanced();
    }
}
