package dev.paydesk.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the audit log: each row's hash covers the previous row's hash and every field
 * of the row, so editing, deleting or reordering any row breaks the chain from that row on.
 */
public final class AuditHash {
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String previousHash, long index, AuditEvent event) {
        String canonical = String.join("\u001f",
                previousHash, Long.toString(index), event.id(), event.occurredAt().toString(), event.actorType(), event.actorId(),
                String.valueOf(event.merchantId()), event.command(), event.objectType(), event.objectId(),
                String.valueOf(event.fromState()), event.toState(), String.valueOf(event.requestId()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every JVM", impossible);
        }
    }
}
