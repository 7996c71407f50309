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

    /** Joins the hashed fields (the ASCII unit separator). */
    public static final char SEPARATOR = '\u001f';

    public static String of(String previousHash, long index, AuditEvent event) {
        String canonical = previousHash + SEPARATOR + index + fieldsAfterIndex(event);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every JVM", impossible);
        }
    }

    /**
     * The end of the hashed text, from the separator after the index: for a store that hashes where the
     * chain's head is kept, as SHA-256 of the UTF-8 of {@code previousHash + SEPARATOR + index + fieldsAfterIndex}.
     */
    public static String fieldsAfterIndex(AuditEvent event) {
        return SEPARATOR + String.join(String.valueOf(SEPARATOR), event.id(), event.occurredAt().toString(), event.actorType(), event.actorId(),
                String.valueOf(event.merchantId()), event.command(), event.objectType(), event.objectId(),
                String.valueOf(event.fromState()), event.toState(), String.valueOf(event.requestId()));
    }
}
