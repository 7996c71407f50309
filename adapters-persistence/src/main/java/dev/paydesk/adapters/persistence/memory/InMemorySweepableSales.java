package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.settlement.MerchantCurrency;
import dev.paydesk.application.settlement.SweepableSales;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.settlement.SweptSale;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Completed sales held in memory. Until the in-memory transactions repository exists, sales are recorded here
 * with {@link #recordCompletedSale} (tests and demos); a sale is swept once an in-memory settlement lists it.
 */
public final class InMemorySweepableSales implements SweepableSales {
    private final InMemoryUnitOfWork unitOfWork;
    private final InMemorySettlementRepository settlements;
    private final TreeMap<String, CompletedSale> sales = new TreeMap<>();

    private record CompletedSale(String transactionId, MerchantId merchantId, Money amount, Instant completedAt) {
    }

    public InMemorySweepableSales(InMemoryUnitOfWork unitOfWork, InMemorySettlementRepository settlements) {
        this.unitOfWork = unitOfWork;
        this.settlements = settlements;
    }

    /** A sale completed at {@code completedAt}, inside the caller's unit of work. */
    public void recordCompletedSale(String transactionId, MerchantId merchantId, Money amount, Instant completedAt) {
        unitOfWork.requireOpen();
        if (sales.putIfAbsent(transactionId, new CompletedSale(transactionId, merchantId, amount, completedAt)) != null) {
            throw new IllegalStateException("duplicate transaction " + transactionId);
        }
        unitOfWork.onRollback(() -> sales.remove(transactionId));
    }

    @Override
    public List<MerchantCurrency> pendingBefore(Collection<MerchantId> merchants, Instant cutoff) {
        unitOfWork.requireOpen();
        Set<MerchantId> wanted = new HashSet<>(merchants);
        return sales.values().stream()
                .filter(sale -> wanted.contains(sale.merchantId()) && isUnsweptBefore(sale, cutoff))
                .map(sale -> new MerchantCurrency(sale.merchantId(), sale.amount().currency()))
                .distinct()
                .sorted(Comparator.comparing((MerchantCurrency key) -> key.merchantId().value()).thenComparing(key -> key.currency().getCurrencyCode()))
                .toList();
    }

    @Override
    public List<SweptSale> unsweptBefore(MerchantId merchantId, Currency currency, Instant cutoff) {
        unitOfWork.requireOpen();
        return sales.values().stream()
                .filter(sale -> sale.merchantId().equals(merchantId) && sale.amount().currency().equals(currency) && isUnsweptBefore(sale, cutoff))
                .map(sale -> new SweptSale(sale.transactionId(), sale.amount()))
                .toList();
    }

    private boolean isUnsweptBefore(CompletedSale sale, Instant cutoff) {
        return sale.completedAt().isBefore(cutoff) && !settlements.isSwept(sale.transactionId());
    }
}
