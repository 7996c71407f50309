package dev.paydesk.application.settlement;

import dev.paydesk.application.audit.AuditRecorder;
import dev.paydesk.application.calendar.BusinessCalendars;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.merchant.MerchantRepository;
import dev.paydesk.application.shared.Actors;
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
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.settlement.SettlementCalculation;
import dev.paydesk.domain.settlement.SettlementInput;
import dev.paydesk.domain.settlement.SweptSale;
import dev.paydesk.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Use case (operators and the scheduler): the daily sweep shop → main of SPEC §8 for one business date.
 *
 * <p>For every merchant whose country has the date as a business day (and whose cutoff, 00:00 of the date in
 * the country's zone, has passed), per currency: the sales completed before the cutoff and not swept yet are
 * settled with {@link SettlementCalculation}, recorded with their lines, posted as one journal entry, their
 * guarantee held, and a {@code settlement.completed} event written — all in one transaction.
 *
 * <p>Several instances may run the same date at once: each settlement first locks the merchant's {@code main}
 * and {@code shop} balances (in that order, the ledger's key order), then checks nothing was recorded for that
 * merchant, currency and date and reads the sales still unswept. A second runner waits on the lock and then
 * finds the work done. The unique keys of the repository are the last line of defence. Merchants are walked a
 * page at a time and each merchant's sales are read only while it is settled, so memory does not grow with the
 * number of merchants or with the sales of other merchants.
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
        Actors.requireOperator(context);
        if (businessDate == null) {
            throw DomainException.validation("business_date", "required", "business_date is required");
        }
        Map<Country, Instant> cutoffs = cutoffsOf(businessDate);
        Map<Country, Integer> created = new EnumMap<>(Country.class);
        cutoffs.keySet().forEach(country -> created.put(country, 0));
        MerchantId after = null;
        while (true) {
            MerchantId pageAfter = after;
            List<Merchant> page = unitOfWork.inTransaction(() -> merchants.page(pageAfter, settings.merchantsPerPage()));
            if (page.isEmpty()) {
                break;
            }
            settlePage(page, businessDate, cutoffs, created);
            after = page.get(page.size() - 1).id();
        }
        Instant finishedAt = clock.instant();
        unitOfWork.run(() -> created.forEach((country, count) -> {
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

    private void settlePage(List<Merchant> page, LocalDate businessDate, Map<Country, Instant> cutoffs, Map<Country, Integer> created) {
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
                int made = unitOfWork.inTransaction(() -> {
                    int count = 0;
                    for (MerchantCurrency key : group) {
                        count += settle(byId.get(key.merchantId()), key, businessDate, cutoff) ? 1 : 0;
                    }
                    return count;
                });
                created.merge(country, made, Integer::sum);
            }
        }
    }

    /** One merchant and currency, inside the caller's transaction; false when there was nothing (left) to settle. */
    private boolean settle(Merchant merchant, MerchantCurrency key, LocalDate businessDate, Instant cutoff) {
        MerchantId merchantId = key.merchantId();
        Money main = ledger.balanceForUpdate(LedgerAccount.merchant(merchantId, MerchantAccountType.MAIN, key.currency()));
        Money shop = ledger.balanceForUpdate(LedgerAccount.merchant(merchantId, MerchantAccountType.SHOP, key.currency()));
        if (settlements.exists(merchantId, key.currency(), businessDate)) {
            return false;
        }
        List<SweptSale> swept = sales.unsweptBefore(merchantId, key.currency(), cutoff);
        if (swept.isEmpty()) {
            return false;
        }
        long salesTotal = 0;
        for (SweptSale sale : swept) {
            salesTotal = Math.addExact(salesTotal, sale.gross().minorUnits());
        }
        // shop also holds sales completed after the cutoff; refunds and disputes taken from it lower it below the sales
        Money inShop = new Money(Math.max(0, Math.min(shop.minorUnits(), salesTotal)), key.currency());
        SettlementCalculation calculation = SettlementCalculation.of(new SettlementInput(merchantId, key.currency(), businessDate, swept,
                tariffs.tariffOf(merchantId), settings.vatRates().rateFor(merchant.country()), main, inShop));
        Instant now = clock.instant();
        Settlement settlement = calculation.settlement(ids.next(Settlement.ID_PREFIX), now);
        settlements.add(settlement);
        settlement.journalEntry(ids.next(JournalEntry.ID_PREFIX), now).ifPresent(ledger::append);
        calculation.reserveHold(settlement.id()).ifPresent(holds::add);
        events.completed(settlement);
        return true;
    }
}
