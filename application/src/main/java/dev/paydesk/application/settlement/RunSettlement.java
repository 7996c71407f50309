package dev.paydesk.application.settlement;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.calendar.BusinessCalendars;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.merchant.MerchantRepository;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.calendar.BusinessCalendar;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.settlement.ReserveHold;
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.settlement.SettlementCalculation;
import dev.paydesk.domain.settlement.SettlementInput;
import dev.paydesk.domain.settlement.SweptSale;
import dev.paydesk.domain.settlement.Tariff;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Use case (operators and the scheduler): the daily sweep shop → main of SPEC §8 for one business date.
 *
 * <p>For every merchant whose country has the date as a business day (and whose cutoff, 00:00 of the date in
 * the country's zone, has passed), per currency: the sales completed before the cutoff and not swept yet are
 * settled with {@link SettlementCalculation}, recorded with their lines, posted as one journal entry, their
 * guarantee held, and a {@code settlement.completed} event written — all in one transaction.
 *
 * <p>Several instances may run the same date at once: each group of settlements first locks its merchants'
 * {@code main} and {@code shop} balances (all at once, in the ledger's key order), then checks nothing was recorded for
 * those merchants, currencies and date and reads the sales still unswept. A second runner waits on the locks and then
 * finds the work done. The unique keys of the repository are the last line of defence. Merchants are walked a
 * page at a time and a group's sales are read only while it is settled, so memory does not grow with the number of
 * merchants or with the sales of other merchants. A group costs a fixed number of statements (see
 * {@link SettlementSettings#settlementsPerTransaction()}), not a number per settlement or per sale; several groups are
 * recorded at once ({@link SettlementSettings#sweepWorkers()}), each in its own transaction.
 */
public final class RunSettlement {
    private final UnitOfWork unitOfWork;
    private final MerchantRepository merchants;
    private final SweepableSales sales;
    private final SettlementRepository settlements;
    private final TariffRepository tariffs;
    private final ReserveHolds holds;
    private final SettlementEvents events;
    private final SettlementRuns runs;
    private final LedgerRepository ledger;
    private final BusinessCalendars calendars;
    private final AuditRecorder audit;
    private final SettlementSettings settings;
    private final IdGenerator ids;
    private final Clock clock;

    public RunSettlement(UnitOfWork unitOfWork, MerchantRepository merchants, SweepableSales sales, SettlementRepository settlements,
                         TariffRepository tariffs, ReserveHolds holds, SettlementEvents events, SettlementRuns runs, LedgerRepository ledger,
                         BusinessCalendars calendars, AuditRecorder audit, SettlementSettings settings, IdGenerator ids, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.merchants = merchants;
        this.sales = sales;
        this.settlements = settlements;
        this.tariffs = tariffs;
        this.holds = holds;
        this.events = events;
        this.runs = runs;
        this.ledger = ledger;
        this.calendars = calendars;
        this.audit = audit;
        this.settings = settings;
        this.ids = ids;
        this.clock = clock;
    }

    public record Result(LocalDate businessDate, int settlementsCreated) {
    }

    public Result run(CommandContext context, LocalDate businessDate) {
        Access.operator(context);
        if (businessDate == null) {
            throw DomainException.validation("business_date", "required", "business_date is required");
        }
        Map<Country, Instant> cutoffs = cutoffsOf(businessDate);
        Map<Country, Integer> created = new ConcurrentHashMap<>();
        cutoffs.keySet().forEach(country -> created.put(country, 0));
        try (SweepWorkers workers = new SweepWorkers(settings.sweepWorkers())) {
            MerchantId after = null;
            while (true) {
                MerchantId pageAfter = after;
                List<Merchant> page = unitOfWork.inTransaction(() -> merchants.page(pageAfter, settings.merchantsPerPage()));
                if (page.isEmpty()) {
                    break;
                }
                settlePage(page, businessDate, cutoffs, created, workers);
                after = page.get(page.size() - 1).id();
            }
            workers.awaitAll();
        }
        Instant finishedAt = clock.instant();
        unitOfWork.run(() -> new EnumMap<>(created).forEach((country, count) -> {
            runs.record(country, businessDate, count, finishedAt);
            audit.record(context, (String) null, Settlement.COMMAND, "settlement_run", country.code() + ":" + businessDate, null,
                    "settlements_created=" + count);
        }));
        return new Result(businessDate, created.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** The cutoff per country due for this date: a business day there whose 00:00 has passed. */
    private Map<Country, Instant> cutoffsOf(LocalDate businessDate) {
        Instant now = clock.instant();
        Map<Country, Instant> cutoffs = new EnumMap<>(Country.class);
        boolean anyStarted = false;
        for (Country country : Country.values()) {
            BusinessCalendar calendar = calendars.calendarOf(country);
            Instant cutoff = calendar.startOf(businessDate);
            anyStarted |= !cutoff.isAfter(now);
            if (!cutoff.isAfter(now) && calendar.isBusinessDay(businessDate)) {
                cutoffs.put(country, cutoff);
            }
        }
        if (!anyStarted) {
            throw DomainException.validation("business_date", "not_in_future", "business_date " + businessDate + " has not started anywhere yet");
        }
        return cutoffs;
    }

    private void settlePage(List<Merchant> page, LocalDate businessDate, Map<Country, Instant> cutoffs, Map<Country, Integer> created,
                            SweepWorkers workers) {
        Map<Country, List<MerchantId>> byCountry = new EnumMap<>(Country.class);
        Map<MerchantId, Merchant> byId = new LinkedHashMap<>();
        for (Merchant merchant : page) {
            if (cutoffs.containsKey(merchant.country())) {
                byCountry.computeIfAbsent(merchant.country(), c -> new ArrayList<>()).add(merchant.id());
                byId.put(merchant.id(), merchant);
            }
        }
        for (var countryMerchants : byCountry.entrySet()) {
            Country country = countryMerchants.getKey();
            Instant cutoff = cutoffs.get(country);
            List<MerchantCurrency> pending = unitOfWork.inTransaction(() -> sales.pendingBefore(countryMerchants.getValue(), cutoff));
            for (int from = 0; from < pending.size(); from += settings.settlementsPerTransaction()) {
                List<MerchantCurrency> group = pending.subList(from, Math.min(pending.size(), from + settings.settlementsPerTransaction()));
                workers.submit(() -> {
                    int made = unitOfWork.inTransaction(() -> settleGroup(group, byId, businessDate, cutoff));
                    created.merge(country, made, Integer::sum);
                });
            }
        }
    }

    /**
     * Several merchants and currencies of one country, inside the caller's transaction, with a fixed number of
     * statements whatever the group's size: lock every {@code main} and {@code shop} balance of the group at once (in
     * account-key order), skip what was settled meanwhile, read the unswept sales and the tariffs, then write the
     * settlements, entries, holds and events in batches. Returns how many settlements were made.
     */
    private int settleGroup(List<MerchantCurrency> group, Map<MerchantId, Merchant> byId, LocalDate businessDate, Instant cutoff) {
        List<LedgerAccount.Merchant> accounts = new ArrayList<>(group.size() * 2);
        for (MerchantCurrency key : group) {
            accounts.add(LedgerAccount.merchant(key.merchantId(), MerchantAccountType.MAIN, key.currency()));
            accounts.add(LedgerAccount.merchant(key.merchantId(), MerchantAccountType.SHOP, key.currency()));
        }
        Map<LedgerAccount.Merchant, Money> balances = ledger.balancesForUpdate(accounts);
        Set<MerchantCurrency> done = settlements.existing(group, businessDate);
        List<MerchantCurrency> open = group.stream().filter(key -> !done.contains(key)).toList();
        if (open.isEmpty()) {
            return 0;
        }
        Map<MerchantCurrency, List<SweptSale>> unswept = sales.unsweptBefore(open, cutoff);
        Map<MerchantId, Tariff> tariffsOf = tariffs.tariffsOf(unswept.keySet().stream().map(MerchantCurrency::merchantId).distinct().toList());
        Instant now = clock.instant();
        List<Settlement> made = new ArrayList<>();
        List<JournalEntry> entries = new ArrayList<>();
        List<ReserveHold> guarantees = new ArrayList<>();
        for (var keySales : unswept.entrySet()) {
            MerchantCurrency key = keySales.getKey();
            List<SweptSale> swept = keySales.getValue();
            long salesTotal = 0;
            for (SweptSale sale : swept) {
                salesTotal = Math.addExact(salesTotal, sale.gross().minorUnits());
            }
            Money main = balances.get(LedgerAccount.merchant(key.merchantId(), MerchantAccountType.MAIN, key.currency()));
            Money shop = balances.get(LedgerAccount.merchant(key.merchantId(), MerchantAccountType.SHOP, key.currency()));
            // shop also holds sales completed after the cutoff; refunds and disputes taken from it lower it below the sales
            Money inShop = new Money(Math.max(0, Math.min(shop.minorUnits(), salesTotal)), key.currency());
            SettlementCalculation calculation = SettlementCalculation.of(new SettlementInput(key.merchantId(), key.currency(), businessDate,
                    swept, tariffsOf.get(key.merchantId()), settings.vatRates().rateFor(byId.get(key.merchantId()).country()), main, inShop));
            Settlement settlement = calculation.settlement(ids.next(Settlement.ID_PREFIX), now);
            made.add(settlement);
            settlement.journalEntry(ids.next(JournalEntry.ID_PREFIX), now).ifPresent(entries::add);
            calculation.reserveHold(settlement.id()).ifPresent(guarantees::add);
        }
        settlements.addAll(made);
        ledger.appendAll(entries);
        holds.addAll(guarantees);
        events.completedAll(made);
        return made.size();
    }
}
