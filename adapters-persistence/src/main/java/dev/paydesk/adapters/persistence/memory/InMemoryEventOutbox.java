package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.event.EventOutbox;
import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.domain.event.DomainEvent;
import dev.paydesk.domain.merchant.MerchantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryEventOutbox implements EventOutbox {
    private static final Comparator<DomainEvent> OLDEST_FIRST = Comparator.comparing(DomainEvent::occurredAt).thenComparing(DomainEvent::id);

    /** Delivery state of one event. */
    private record Stored(DomainEvent event, boolean delivered, Instant nextAttemptAt) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<String, Stored> byId = new LinkedHashMap<>();

    public InMemoryEventOutbox(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void publish(DomainEvent event) {
        unitOfWork.requireOpen();
        if (byId.putIfAbsent(event.id(), new Stored(event, false, event.occurredAt())) != null) {
            throw new IllegalStateException("duplicate event id " + event.id());
        }
        unitOfWork.onRollback(() -> byId.remove(event.id()));
    }

    @Override
    public List<DomainEvent> listForMerchant(MerchantId merchantId, ListCursor after, int limit) {
        unitOfWork.requireOpen();
        return byId.values().stream().map(Stored::event)
                .filter(e -> e.merchantId().equals(merchantId))
                .filter(e -> after == null || e.occurredAt().isBefore(after.createdAt())
                        || (e.occurredAt().equals(after.createdAt()) && e.id().compareTo(after.id()) < 0))
                .sorted(OLDEST_FIRST.reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<DomainEvent> claimUndelivered(Instant now, int limit) {
        unitOfWork.requireOpen();
        return byId.values().stream()
                .filter(s -> !s.delivered() && !s.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(Stored::nextAttemptAt).thenComparing(s -> s.event().id()))
                .map(Stored::event)
                .limit(limit)
                .toList();
    }

    @Override
    public void markDelivered(String eventId, Instant at) {
        replace(eventId, stored -> new Stored(stored.event(), true, stored.nextAttemptAt()));
    }

    @Override
    public void markDeliveryFailed(String eventId, Instant nextAttemptAt) {
        Stored stored = byId.get(eventId);
        if (stored != null && stored.delivered()) {
            throw new IllegalStateException("no undelivered event " + eventId);
        }
        replace(eventId, s -> new Stored(s.event(), false, nextAttemptAt));
    }

    private void replace(String eventId, java.util.function.UnaryOperator<Stored> change) {
        unitOfWork.requireOpen();
        Stored before = byId.get(eventId);
        if (before == null) {
            throw new IllegalStateException("no undelivered event " + eventId);
        }
        byId.put(eventId, change.apply(before));
        unitOfWork.onRollback(() -> byId.put(eventId, before));
    }
}
