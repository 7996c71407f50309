package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.payoutaccount.PayoutAccountRepository;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutAccountStatus;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Payout accounts in memory. Nothing is at rest here, so account numbers are held as the domain holds them. */
public final class InMemoryPayoutAccountRepository implements PayoutAccountRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final TreeMap<String, PayoutAccount> byId = new TreeMap<>();
    private final Map<String, PayoutPreference> preferences = new HashMap<>();

    public InMemoryPayoutAccountRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(PayoutAccount account) {
        unitOfWork.requireOpen();
        if (byId.putIfAbsent(account.id().value(), account) != null) {
            throw new IllegalStateException("duplicate payout account id " + account.id());
        }
        unitOfWork.onRollback(() -> byId.remove(account.id().value()));
    }

    @Override
    public Optional<PayoutAccount> find(PayoutAccountId id) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(byId.get(id.value()));
    }

    @Override
    public Optional<PayoutAccount> findForUpdate(PayoutAccountId id) {
        return find(id); // transactions are serial here
    }

    @Override
    public void update(PayoutAccount account) {
        unitOfWork.requireOpen();
        PayoutAccount before = byId.get(account.id().value());
        if (before == null || !before.merchantId().equals(account.merchantId())) {
            throw new IllegalStateException("no payout account " + account.id() + " of merchant " + account.merchantId() + " to update");
        }
        byId.put(account.id().value(), account);
        unitOfWork.onRollback(() -> byId.put(account.id().value(), before));
    }

    @Override
    public List<PayoutAccount> page(MerchantId merchantId, PayoutAccountId beforeId, int limit) {
        unitOfWork.requireOpen();
        return (beforeId == null ? byId : byId.headMap(beforeId.value(), false)).descendingMap().values().stream()
                .filter(account -> account.merchantId().equals(merchantId))
                .limit(limit)
                .toList();
    }

    @Override
    public List<PayoutAccount> overdueReviews(Instant asOf, Instant afterDueBy, PayoutAccountId afterId, int limit) {
        unitOfWork.requireOpen();
        Comparator<PayoutAccount> order = Comparator.comparing(PayoutAccount::reviewDueBy).thenComparing(account -> account.id().value());
        return byId.values().stream()
                .filter(account -> account.status() == PayoutAccountStatus.PENDING_APPROVAL && account.reviewDueBy().isBefore(asOf))
                .filter(account -> afterDueBy == null || account.reviewDueBy().isAfter(afterDueBy)
                        || (account.reviewDueBy().equals(afterDueBy) && account.id().value().compareTo(afterId.value()) > 0))
                .sorted(order)
                .limit(limit)
                .toList();
    }

    @Override
    public PayoutPreference preference(MerchantId merchantId, Currency currency) {
        unitOfWork.requireOpen();
        return preferences.getOrDefault(key(merchantId, currency), PayoutPreference.none(merchantId, currency));
    }

    @Override
    public List<PayoutPreference> preferences(MerchantId merchantId) {
        unitOfWork.requireOpen();
        return preferences.values().stream()
                .filter(preference -> preference.merchantId().equals(merchantId))
                .filter(preference -> preference.preferred() != null || preference.pending() != null)
                .sorted(Comparator.comparing(preference -> preference.currency().getCurrencyCode()))
                .toList();
    }

    @Override
    public PayoutPreference preferenceForUpdate(MerchantId merchantId, Currency currency) {
        return preference(merchantId, currency); // transactions are serial here
    }

    @Override
    public void savePreference(PayoutPreference preference) {
        unitOfWork.requireOpen();
        for (var id : new PayoutAccountId[] {preference.preferred(), preference.pending()}) {
            PayoutAccount account = id == null ? null : byId.get(id.value());
            if (id != null && (account == null || !account.merchantId().equals(preference.merchantId())
                    || !account.details().corridor().currency().equals(preference.currency()))) {
                throw new IllegalStateException("payout account " + id + " is not a " + preference.currency().getCurrencyCode()
                        + " account of merchant " + preference.merchantId());
            }
        }
        String key = key(preference.merchantId(), preference.currency());
        PayoutPreference before = preferences.put(key, preference);
        unitOfWork.onRollback(() -> {
            if (before == null) {
                preferences.remove(key);
            } else {
                preferences.put(key, before);
            }
        });
    }

    private static String key(MerchantId merchantId, Currency currency) {
        return merchantId.value() + ":" + currency.getCurrencyCode();
    }
}
