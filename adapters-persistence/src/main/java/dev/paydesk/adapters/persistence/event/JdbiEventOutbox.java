package dev.paydesk.adapters.persistence.event;

import dev.paydesk.adapters.persistence.jdbi.JdbiTransaction;
import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.Timestamps;
import dev.paydesk.application.event.EventOutbox;
import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.domain.event.DomainEvent;
import dev.paydesk.domain.merchant.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The outbox on JDBI: payloads as flat JSON text, delivery state in the same row. A transaction's
 * events are written together just before it commits, in one statement.
 */
public final class JdbiEventOutbox implements EventOutbox {
    private static final String COLUMNS = "id, merchant_id, type, object_id, payload, occurred_at";
    private static final Object PENDING = new Object();
    private static final int EVENTS_PER_WRITE = 500;

    private final JdbiUnitOfWork unitOfWork;

    public JdbiEventOutbox(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void publish(DomainEvent event) {
        publishAll(List.of(event));
    }

    @Override
    public void publishAll(List<DomainEvent> events) {
        pending(unitOfWork.transaction()).addAll(events);
    }

    private static List<DomainEvent> pending(JdbiTransaction transaction) {
        return transaction.attachment(PENDING, () -> {
            List<DomainEvent> events = new ArrayList<>();
            transaction.beforeCommit(() -> deferInsert(transaction, events));
            return events;
        });
    }

    /** Writes what this transaction published so far; reads call it first, so they see their own events. */
    private Handle flushed() {
        JdbiTransaction transaction = unitOfWork.transaction();
        List<DomainEvent> events = transaction.existingAttachment(PENDING);
        if (events != null) {
            deferInsert(transaction, events);
        }
        return transaction.handle();
    }

    private static void deferInsert(JdbiTransaction transaction, List<DomainEvent> events) {
        for (int from = 0; from < events.size(); from += EVENTS_PER_WRITE) {
            List<DomainEvent> chunk = List.copyOf(events.subList(from, Math.min(events.size(), from + EVENTS_PER_WRITE)));
            StringBuilder sql = new StringBuilder("INSERT INTO domain_event (" + COLUMNS + ", next_attempt_at) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :merchantId").append(i).append(", :type").append(i)
                        .append(", :objectId").append(i).append(", :payload").append(i).append(", :occurredAt").append(i)
                        .append(", :occurredAt").append(i).append(')');
            }
            transaction.deferredWrites().addInsert(sql.toString(), arguments -> {
                for (int i = 0; i < chunk.size(); i++) {
                    DomainEvent event = chunk.get(i);
                    arguments.bind("id" + i, event.id()).bind("merchantId" + i, event.merchantId().value()).bind("type" + i, event.type())
                            .bind("objectId" + i, event.objectId()).bind("payload" + i, FlatJson.write(event.payload()))
                            .bind("occurredAt" + i, Timestamps.toColumn(event.occurredAt()));
                }
            });
        }
        events.clear();
    }

    @Override
    public List<DomainEvent> listForMerchant(MerchantId merchantId, ListCursor after, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM domain_event WHERE merchant_id = :merchantId"
                + (after == null ? "" : " AND (occurred_at < :afterAt OR (occurred_at = :afterAt AND id < :afterId))")
                + " ORDER BY occurred_at DESC, id DESC LIMIT :limit";
        Query query = flushed().createQuery(sql).bind("merchantId", merchantId.value()).bind("limit", limit);
        if (after != null) {
            query.bind("afterAt", Timestamps.toColumn(after.createdAt())).bind("afterId", after.id());
        }
        return query.map((rs, ctx) -> read(rs)).list();
    }

    @Override
    public List<DomainEvent> claimUndelivered(Instant now, int limit) {
        return flushed().createQuery("SELECT " + COLUMNS + " FROM domain_event WHERE delivery_status = 'pending' AND next_attempt_at <= :now "
                        + "ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .bind("now", Timestamps.toColumn(now))
                .bind("limit", limit)
                .map((rs, ctx) -> read(rs)).list();
    }

    @Override
    public void markDelivered(String eventId, Instant at) {
        requireOne(handle().createUpdate("UPDATE domain_event SET delivery_status = 'delivered', delivered_at = :at, "
                        + "delivery_attempts = delivery_attempts + 1 WHERE id = :id")
                .bind("id", eventId).bind("at", Timestamps.toColumn(at)).execute(), eventId);
    }

    @Override
    public void markDeliveryFailed(String eventId, Instant nextAttemptAt) {
        requireOne(handle().createUpdate("UPDATE domain_event SET delivery_attempts = delivery_attempts + 1, next_attempt_at = :next "
                        + "WHERE id = :id AND delivery_status = 'pending'")
                .bind("id", eventId).bind("next", Timestamps.toColumn(nextAttemptAt)).execute(), eventId);
    }

    private static void requireOne(int updated, String eventId) {
        if (updated != 1) {
            throw new IllegalStateException("no undelivered event " + eventId);
        }
    }

    private Handle handle() {
        return unitOfWork.transaction().handle();
    }

    private static DomainEvent read(ResultSet rs) throws SQLException {
        return new DomainEvent(rs.getString("id"), new MerchantId(rs.getString("merchant_id")), rs.getString("type"), rs.getString("object_id"),
                FlatJson.read(rs.getString("payload")), Timestamps.read(rs, "occurred_at"));
    }
}
