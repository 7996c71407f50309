package dev.paydesk.domain.audit;

import dev.paydesk.domain.shared.PrefixedId;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the append-only audit log: who did which command to which object, from which state to
 * which state, when, and under which request id. {@code merchantId} is null for platform objects.
 * {@code fromState} is null for a creation.
 */
public record AuditEvent(String id, Instant occurredAt, String actorType, String actorId, String merchantId, String command,
                         String objectType, String objectId, String fromState, String toState, String requestId) {
    public static final String ID_PREFIX = "aud_";

    public AuditEvent {
        PrefixedId.require(id, ID_PREFIX);
        // Databases keep microseconds; the hash chain must see the same instant before and after storage.
        occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Objects.requireNonNull(actorType, "actorType");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(toState, "toState");
    }
}
