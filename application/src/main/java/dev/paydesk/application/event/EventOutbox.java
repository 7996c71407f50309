package dev.paydesk.application.event;

import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.domain.event.DomainEvent;
import dev.paydesk.domain.merchant.MerchantId;
import java.time.Instant;
import java.util.List;

/**
 * Outbound port: the transactional outbox of domain events (SPEC §14). {@link #publish} joins the
 * caller's unit of work, so an event exists exactly when its change committed. Delivery (webhooks)
 * claims undelivered events later, from any number of server instances.
 */
public interface EventOutbox {

    void publish(DomainEvent event);

    /** The merchant's events, newest first by (occurred_at, id), after {@code after} (null: from the newest). */
    /** {@link #publish} for several events, in one batch where the adapter can. */
    default void publishAll(List<DomainEvent> events) {
        events.forEach(this::publish);
    }

    List<DomainEvent> listForMerchant(MerchantId merchantId, ListCursor after, int limit);

    /**
     * Up to {@code limit} events not delivered yet whose next attempt is due at {@code now}, oldest
     * first, locked until the unit of work ends; events another transaction holds are skipped
     * ({@code FOR UPDATE SKIP LOCKED}), so several deliverers never claim the same event.
     */
    List<DomainEvent> claimUndelivered(Instant now, int limit);

    void markDelivered(String eventId, Instant at);

    /** Counts a failed delivery attempt and sets when to try again. */
    void markDeliveryFailed(String eventId, Instant nextAttemptAt);
}
