package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.transaction.TransactionQuery;
import dev.paydesk.application.transaction.TransactionRepository;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

public final class InMemoryTransactionRepository implements TransactionRepository {
    static final Comparator<PaymentTransaction> NEWEST_FIRST = Comparator.comparing(PaymentTransaction::createdAt)
            .thenComparing(t -> t.id().value()).reversed();

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<TransactionId, PaymentTransaction> byId = new HashMap<>();

    public InMemoryTransactionRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(PaymentTransaction transaction) {
        unitOfWork.requireOpen();
        if (findByReference(transaction.merchantId(), transaction.reference()).isPresent()) {
            throw DomainException.validation("reference", "duplicate", "this merchant already has a transaction with this reference");
        }
        if (byId.putIfAbsent(transaction.id(), transaction) != null) {
            throw new IllegalStateException("duplicate transaction id " + transaction.id());
        }
        unitOfWork.onRollback(() -> byId.remove(transaction.id()));
    }

    @Override
    public Optional<PaymentTransaction> find(TransactionId id) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<PaymentTransaction> findAll(Collection<TransactionId> ids) {
        unitOfWork.requireOpen();
        return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<PaymentTransaction> findForUpdate(TransactionId id) {
        return find(id); // transactions are serial here
    }

    @Override
    public Optional<PaymentTransaction> findByReference(MerchantId merchantId, String reference) {
        unitOfWork.requireOpen();
        return byId.values().stream().filter(t -> t.merchantId().equals(merchantId) && t.reference().equals(reference)).findFirst();
    }

    @Override
    public void update(PaymentTransaction transaction) {
        unitOfWork.requireOpen();
        PaymentTransaction before = byId.get(transaction.id());
        if (before == null) {
            throw new IllegalStateException("no transaction " + transaction.id() + " to update");
        }
        byId.put(transaction.id(), transaction);
        unitOfWork.onRollback(() -> byId.put(before.id(), before));
    }

    /** Every transaction, for the other in-memory adapters reading them (the settlement's sweepable sales); inside a unit of work. */
    Stream<PaymentTransaction> all() {
        unitOfWork.requireOpen();
        return byId.values().stream();
    }

    @Override
    public List<PaymentTransaction> list(TransactionQuery query) {
        unitOfWork.requireOpen();
        return byId.values().stream()
                .filter(t -> t.merchantId().equals(query.merchantId()))
                .filter(t -> query.status() == null || t.status() == query.status())
                .filter(t -> query.reference() == null || t.reference().equals(query.reference()))
                .filter(t -> query.createdFrom() == null || !t.createdAt().isBefore(query.createdFrom()))
                .filter(t -> query.createdTo() == null || t.createdAt().isBefore(query.createdTo()))
                .filter(t -> query.after() == null || t.createdAt().isBefore(query.after().createdAt())
                        || (t.createdAt().equals(query.after().createdAt()) && t.id().value().compareTo(query.after().id()) < 0))
                .sorted(NEWEST_FIRST)
                .limit(query.limit())
                .toList();
    }
}
