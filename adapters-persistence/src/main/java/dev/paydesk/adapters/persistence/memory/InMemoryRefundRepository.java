package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.refund.RefundQuery;
import dev.paydesk.application.refund.RefundRepository;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Predicate;

public final class InMemoryRefundRepository implements RefundRepository {
    private static final Comparator<Refund> OLDEST_FIRST = Comparator.comparing(Refund::createdAt).thenComparing(r -> r.id().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<RefundId, Refund> byId = new LinkedHashMap<>();
    private final Map<RefundId, AwaitedAnswer> awaited = new LinkedHashMap<>();

    private record AwaitedAnswer(Instant resendAt, int resends) {
    }

    public InMemoryRefundRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Refund refund) {
        unitOfWork.requireOpen();
        if (byId.putIfAbsent(refund.id(), refund) != null) {
            throw new IllegalStateException("duplicate refund id " + refund.id());
        }
        unitOfWork.onRollback(() -> byId.remove(refund.id()));
    }

    @Override
    public Optional<Refund> find(RefundId id) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Refund> findForUpdate(RefundId id) {
        return find(id); // transactions are serial here
    }

    @Override
    public void update(Refund refund) {
        unitOfWork.requireOpen();
        Refund before = byId.get(refund.id());
        if (before == null) {
            throw new IllegalStateException("no refund " + refund.id() + " to update");
        }
        byId.put(refund.id(), refund);
        unitOfWork.onRollback(() -> byId.put(before.id(), before));
    }

    @Override
    public List<Refund> forTransactions(Collection<TransactionId> transactionIds) {
        unitOfWork.requireOpen();
        return byId.values().stream().filter(r -> transactionIds.contains(r.transactionId())).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Refund> list(RefundQuery query) {
        unitOfWork.requireOpen();
        return byId.values().stream()
                .filter(r -> r.merchantId().equals(query.merchantId()))
                .filter(r -> query.status() == null || r.status() == query.status())
                .filter(r -> query.transactionId() == null || r.transactionId().equals(query.transactionId()))
                .filter(r -> query.after() == null || r.createdAt().isBefore(query.after().createdAt())
                        || (r.createdAt().equals(query.after().createdAt()) && r.id().value().compareTo(query.after().id()) < 0))
                .sorted(OLDEST_FIRST.reversed())
                .limit(query.limit())
                .toList();
    }

    @Override
    public List<Refund> claimDueForRetry(Instant now, int limit) {
        unitOfWork.requireOpen();
        return byId.values().stream()
                .filter(r -> r.status() == RefundStatus.FAILED && r.isDueForRetry(now))
                .sorted(Comparator.comparing(Refund::nextRetryAt).thenComparing(r -> r.id().value()))
                .limit(limit)
                .toList();
    }

    @Override
    public void awaitAnswer(RefundId id, Instant resendAt) {
        unitOfWork.requireOpen();
        if (!byId.containsKey(id)) {
            throw new IllegalStateException("refund " + id + " is unknown");
        }
        AwaitedAnswer before = awaited.put(id, new AwaitedAnswer(resendAt, 0));
        unitOfWork.onRollback(() -> restore(id, before));
    }

    @Override
    public void forgetFailed(RefundId id) {
        unitOfWork.requireOpen();
        forget(id);
    }

    @Override
    public int forgetAnswered(Instant now, int limit) {
        unitOfWork.requireOpen();
        List<RefundId> answered = overdue(now, refund -> refund.status() != RefundStatus.PROCESSING, limit);
        answered.forEach(this::forget);
        return answered.size();
    }

    @Override
    public List<Refund> claimUnanswered(Instant now, IntFunction<Instant> nextResendAt, int limit) {
        unitOfWork.requireOpen();
        List<RefundId> claimed = overdue(now, refund -> refund.status() == RefundStatus.PROCESSING, limit);
        for (RefundId id : claimed) {
            AwaitedAnswer before = awaited.get(id);
            awaited.put(id, new AwaitedAnswer(nextResendAt.apply(before.resends()), before.resends() + 1));
            unitOfWork.onRollback(() -> awaited.put(id, before));
        }
        return claimed.stream().map(byId::get).toList();
    }

    private List<RefundId> overdue(Instant now, Predicate<Refund> refundIs, int limit) {
        return awaited.entrySet().stream()
                .filter(due -> !due.getValue().resendAt().isAfter(now) && refundIs.test(byId.get(due.getKey())))
                .sorted(Comparator.comparing((Map.Entry<RefundId, AwaitedAnswer> due) -> due.getValue().resendAt())
                        .thenComparing(due -> due.getKey().value()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private void forget(RefundId id) {
        AwaitedAnswer before = awaited.remove(id);
        unitOfWork.onRollback(() -> restore(id, before));
    }

    private void restore(RefundId id, AwaitedAnswer before) {
        if (before == null) {
            awaited.remove(id);
        } else {
            awaited.put(id, before);
        }
    }
}
