package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.settlement.MerchantCurrency;
import dev.paydesk.application.settlement.SweepableSales;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.SweptSale;
import dev.paydesk.domain.transaction.PaymentTransaction;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The completed sales of the in-memory transaction repository (recorded through {@code RecordTransaction} or
 * {@code CompleteTransaction}); a sale is swept once an in-memory settlement lists it.
 */
public final class InMemorySweepableSales implements SweepableSales {
    private final InMemoryUnitOfWork unitOfWork;
    private final InMemoryTransactionRepository transactions;
    private final InMemorySettlementRepository settlements;

    public InMemorySweepableSales(InMemoryUnitOfWork unitOfWork, InMemoryTransactionRepository transactions, InMemorySettlementRepository settlements) {
        this.unitOfWork = unitOfWork;
        this.transactions = transactions;
        this.settlements = settlements;
    }

    @Override
    public List<MerchantCurrency> pendingBefore(Collection<MerchantId> merchants, Instant cutoff) {
        unitOfWork.requireOpen();
        Set<MerchantId> wanted = new HashSet<>(merchants);
        return transactions.all()
                .filter(sale -> wanted.contains(sale.merchantId()) && isUnsweptBefore(sale, cutoff))
                .map(sale -> new MerchantCurrency(sale.merchantId(), sale.amount().currency()))
                .distinct()
                .sorted(Comparator.comparing((MerchantCurrency key) -> key.merchantId().value()).thenComparing(key -> key.currency().getCurrencyCode()))
                .toList();
    }

    @Override
    public List<SweptSale> unsweptBefore(MerchantId merchantId, Currency currency, Instant cutoff) {
        unitOfWork.requireOpen();
        return transactions.all()
                .filter(sale -> sale.merchantId().equals(merchantId) && sale.amount().currency().equals(currency) && isUnsweptBefore(sale, cutoff))
                .sorted(Comparator.comparing(sale -> sale.id().value()))
                .map(sale -> new SweptSale(sale.id().value(), sale.amount()))
                .toList();
    }

    private boolean isUnsweptBefore(PaymentTransaction sale, Instant cutoff) {
        return sale.isCompleted() && sale.completedAt().isBefore(cutoff) && !settlements.isSwept(sale.id().value());
    }
}
