package dev.paydesk.application.ledger;

import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.LedgerCheck;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.MerchantBalances;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outbound port: the double-entry ledger. Entries are appended, never changed. The adapter keeps a
 * maintained balance per account in the same transaction as the postings.
 */
public interface LedgerRepository {

    /** Appends the entry and updates the maintained balances, inside the caller's unit of work. */
    void append(JournalEntry entry);

    /** The maintained balance of one account; zero if it never moved. */
    Money balance(LedgerAccount account);

    /**
     * The balance of one merchant account, locked until the unit of work ends, for decisions that
     * depend on it (a payout may not exceed {@code main}). Platform accounts take every merchant's
     * postings and are never a decision's input, so they cannot be locked.
     */
    Money balanceForUpdate(LedgerAccount.Merchant account);

    /**
     * Several balances locked at once, in account-key order (the order every transaction locks balances in, so two
     * callers never deadlock on them), keyed by account. Adapters that can do it in one statement override this.
     */
    default Map<LedgerAccount.Merchant, Money> balancesForUpdate(Collection<LedgerAccount.Merchant> accounts) {
        Map<LedgerAccount.Merchant, Money> locked = new LinkedHashMap<>();
        accounts.stream().distinct().sorted(Comparator.comparing(LedgerAccount::key))
                .forEach(account -> locked.put(account, balanceForUpdate(account)));
        return locked;
    }

    /**
     * Locks a merchant's {@code main} and {@code shop} balances together and returns shop's: what a
     * debit taken from shop first, then main (a refund approval, a dispute's hold), decides on.
     */
    default Money lockMainAndShop(MerchantId merchantId, Currency currency) {
        LedgerAccount.Merchant shop = new LedgerAccount.Merchant(merchantId, MerchantAccountType.SHOP, currency);
        return balancesForUpdate(List.of(new LedgerAccount.Merchant(merchantId, MerchantAccountType.MAIN, currency), shop)).get(shop);
    }

    /** Appends several entries, as {@link #append} each; adapters that can send them in a few statements override this. */
    default void appendAll(List<JournalEntry> entries) {
        entries.forEach(this::append);
    }

    /** All balances of one merchant, one record per currency it ever used. */
    List<MerchantBalances> merchantBalances(MerchantId merchantId);

    /** The entries recorded for one cause, oldest first. */
    List<JournalEntry> entriesFor(EntryCause cause);

    /** Proves balance = Σ postings for every account and Σ postings = 0 per currency for every entry. */
    LedgerCheck check();
}
