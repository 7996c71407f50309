package dev.paydesk.domain.audit;

import java.util.Objects;

/** An audit event as stored: its place in its chain and the hashes linking it to the previous row. */
public record ChainedAuditEvent(String chain, long index, AuditEvent event, String previousHash, String hash) {
    public ChainedAuditEvent {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The chain an event belongs to: one per merchant, and one for platform objects. */
    public static String chainOf(AuditEvent event) {
        return event.merchantId() == null ? "platform" : event.merchantId();
    }

    public boolean hashIsIntact() {
        return AuditHash.of(previousHash, index, event).equals(hash);
    }
}
