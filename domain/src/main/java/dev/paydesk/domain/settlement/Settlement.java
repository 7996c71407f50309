package dev.paydesk.domain.settlement;

import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.PrefixedId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded settlement of one merchant, currency and business date: its line items and their totals.
 * The constructor checks that the totals are the sums of the lines, so a settlement rebuilt from
 * storage is as consistent as a calculated one.
 */
public record Settlement(
        String id,
        MerchantId merchantId,
        Currency currency,
        LocalDate businessDate,
        SettlementTotals totals,
        List<SettlementLine> lines,
        Instant createdAt) {

    public static final String ID_PREFIX = "stl_";
    public static final String COMMAND = "run_settlement";

    public Settlement {
        PrefixedId.require(id, ID_PREFIX);
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
        if (!totals.sales().currency().equals(currency)) {
            throw new IllegalArgumentException("totals in " + totals.sales().currencyCode() + " for a settlement in " + currency);
        }
        for (SettlementLine.Type type : SettlementLine.Type.values()) {
            Money sum = sumOf(lines, type, currency);
            Money total = switch (type) {
                case SALE -> totals.sales();
                case SHOP_ADJUSTMENT -> totals.shopAdjustments();
                case FEE -> totals.fees();
                case VAT -> totals.vat();
                case GUARANTEE -> totals.guarantee();
            };
            if (!sum.equals(total)) {
                throw new IllegalArgumentException(type.code() + " lines sum to " + sum + ", the total says " + total);
            }
        }
    }

    /** The sum of this settlement's lines of one type. */
    public Money sumOf(SettlementLine.Type type) {
        return sumOf(lines, type, currency);
    }

    /**
     * The ledger entry of this settlement: shop → fees, shop → vat_payable, shop → reserve, and the net
     * shop → main (or main → shop for a negative net). Empty only when nothing moves at all.
     */
    public Optional<JournalEntry> journalEntry(String entryId, Instant postedAt) {
        LedgerAccount shop = LedgerAccount.merchant(merchantId, MerchantAccountType.SHOP, currency);
        LedgerAccount main = LedgerAccount.merchant(merchantId, MerchantAccountType.MAIN, currency);
        LedgerAccount reserve = LedgerAccount.merchant(merchantId, MerchantAccountType.RESERVE, currency);
        JournalEntry.Builder entry = JournalEntry.builder(entryId, EntryCause.of(EntryCause.Kind.SETTLEMENT, id), COMMAND, postedAt)
                .transfer(shop, LedgerAccount.platform(PlatformAccountType.FEES, currency), totals.fees())
                .transfer(shop, LedgerAccount.platform(PlatformAccountType.VAT_PAYABLE, currency), totals.vat())
                .transfer(shop, reserve, totals.guarantee());
        if (totals.net().isNegative()) {
            entry.transfer(main, shop, totals.net().negate());
        } else {
            entry.transfer(shop, main, totals.net());
        }
        return entry.isEmpty() ? Optional.empty() : Optional.of(entry.build());
    }

    private static Money sumOf(List<SettlementLine> lines, SettlementLine.Type type, Currency currency) {
        return lines.stream().filter(line -> line.type() == type).map(SettlementLine::amount).reduce(Money.zero(currency), Money::plus);
    }
}
