package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.LedgerCheck;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.MerchantBalances;
import dev.paydesk.domain.ledger.Posting;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public final class InMemoryLedgerRepository implements LedgerRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final List<JournalEntry> entries = new ArrayList<>();
    private final Map<LedgerAccount, Long> balances = new HashMap<>();

    public InMemoryLedgerRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(JournalEntry entry) {
        unitOfWork.requireOpen();
        if (entries.stream().anyMatch(existing -> existing.id().equals(entry.id()))) {
            throw new IllegalStateException("duplicate journal entry id " + entry.id());
        }
        entries.add(entry);
        unitOfWork.onRollback(() -> entries.remove(entries.size() - 1));
        for (Posting posting : entry.postings()) {
            LedgerAccount account = posting.account();
            Long before = balances.get(account);
            balances.put(account, Math.addExact(before == null ? 0 : before, posting.amount().minorUnits()));
            unitOfWork.onRollback(() -> {
                if (before == null) {
                    balances.remove(account);
                } else {
                    balances.put(account, before);
                }
            });
        }
    }

    @Override
    public Money balance(LedgerAccount account) {
        unitOfWork.requireOpen();
        return new Money(balances.getOrDefault(account, 0L), account.currency());
    }

    @Override
    public Money balanceForUpdate(LedgerAccount.Merchant account) {
        return balance(account); // transactions are serial here
    }

    @Override
    public List<MerchantBalances> merchantBalances(MerchantId merchantId) {
        unitOfWork.requireOpen();
        Map<Currency, Map<MerchantAccountType, Money>> byCurrency = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        balances.forEach((account, balance) -> {
            if (account instanceof LedgerAccount.Merchant merchant && merchant.merchantId().equals(merchantId)) {
                byCurrency.computeIfAbsent(merchant.currency(), c -> new EnumMap<>(MerchantAccountType.class))
                        .put(merchant.type(), new Money(balance, merchant.currency()));
            }
        });
        List<MerchantBalances> result = new ArrayList<>();
        byCurrency.forEach((currency, map) -> result.add(new MerchantBalances(currency, map)));
        return result;
    }

    @Override
    public List<JournalEntry> entriesFor(EntryCause cause) {
        unitOfWork.requireOpen();
        return entries.stream().filter(entry -> entry.cause().equals(cause)).toList();
    }

    @Override
    public LedgerCheck check() {
        unitOfWork.requireOpen();
        Map<LedgerAccount, Long> posted = new HashMap<>();
        List<String> discrepancies = new ArrayList<>();
        for (JournalEntry entry : entries) {
            Map<Currency, Long> sums = new HashMap<>();
            for (Posting posting : entry.postings()) {
                posted.merge(posting.account(), posting.amount().minorUnits(), Math::addExact);
                sums.merge(posting.amount().currency(), posting.amount().minorUnits(), Math::addExact);
            }
            sums.forEach((currency, sum) -> {
                if (sum != 0) {
                    discrepancies.add("entry " + entry.id() + " sums to " + sum + " " + currency);
                }
            });
        }
        balances.forEach((account, balance) -> {
            long sum = posted.getOrDefault(account, 0L);
            if (sum != balance) {
                discrepancies.add("account " + account.key() + " has balance " + balance + " but its postings sum to " + sum);
            }
        });
        return new LedgerCheck(entries.size(), balances.size(), discrepancies);
    }
}
