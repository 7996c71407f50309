package dev.paydesk.application.event;

import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.domain.event.DomainEvent;
import dev.paydesk.domain.merchant.MerchantId;
import java.time.Clock;
import java.util.Map;

/** Publishes a new domain event to the outbox, inside the caller's unit of work. */
public final class EventRecorder {
    private final EventOutbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    public EventRecorder(EventOutbox outbox, IdGenerator ids, Clock clock) {
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    public DomainEvent publish(MerchantId merchantId, String type, String objectId, Map<String, Object> payload) {
        DomainEvent event = new DomainEvent(ids.next(DomainEvent.ID_PREFIX), merchantId, type, objectId, payload, clock.instant());
        outbox.publish(event);
        return event;
    }
}
