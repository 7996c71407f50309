package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.dispute.DisputeQuery;
import dev.paydesk.application.dispute.DisputeRepository;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryDisputeRepository implements DisputeRepository {
    private static final Comparator<Dispute> OLDEST_FIRST = Comparator.comparing(Dispute::createdAt).thenComparing(d -> d.id().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<DisputeId, Dispute> byId = new LinkedHashMap<>();

    public InMemoryDisputeRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Dispute dispute) {
        unitOfWork.requireOpen();
        if (byId.putIfAbsent(dispute.id(), dispute) != null) {
            throw new IllegalStateException("duplicate dispute id " + dispute.id());
        }
        unitOfWork.onRollback(() -> byId.remove(dispute.id()));
    }

    @Override
    public Optional<Dispute> find(DisputeId id) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Dispute> findForUpdate(DisputeId id) {
        return find(id); // transactions are serial here
    }

    @Override
    public void update(Dispute dispute) {
        unitOfWork.requireOpen();
        Dispute before = byId.get(dispute.id());
        if (before == null) {
            throw new IllegalStateException("no dispute " + dispute.id() + " to update");
        }
        byId.put(dispute.id(), dispute);
        unitOfWork.onRollback(() -> byId.put(before.id(), before));
    }

    @Override
    public List<Dispute> forTransactions(Collection<String> transactionIds) {
        unitOfWork.requireOpen();
        return byId.values().stream().filter(d -> transactionIds.contains(d.transactionId())).sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<Dispute> list(DisputeQuery query) {
        unitOfWork.requireOpen();
        return byId.values().stream()
                .filter(d -> d.merchantId().equals(query.merchantId()))
                .filter(d -> query.status() == null || d.status() == query.status())
                .filter(d -> query.transactionId() == null || d.transactionId().equals(query.transactionId()))
                .filter(d -> query.after() == null || d.createdAt().isBefore(query.after().createdAt())
                        || (d.createdAt().equals(query.after().createdAt()) && d.id().value().compareTo(query.after().id()) < 0))
                .sorted(OLDEST_FIRST.reversed())
                .limit(query.limit())
                .toList();
    }

    @Override
    public List<Dispute> claimDueForExpiry(Instant now, int limit) {
        unitOfWork.requireOpen();
        return byId.values().stream()
                .filter(d -> d.isDueForExpiry(now))
                .sorted(Comparator.comparing(Dispute::respondBy).thenComparing(d -> d.id().value()))
                .limit(limit)
                .toList();
    }
}
