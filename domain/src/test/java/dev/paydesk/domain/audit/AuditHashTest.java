package dev.paydesk.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The hash's input is fixed for good: chains already stored must keep verifying. */
class AuditHashTest {
    private static final AuditEvent EVENT = new AuditEvent("aud_01", Instant.parse("2026-11-28T10:15:30.123456Z"), "user", "usr_1", null,
            "approve_refund", "refund", "rfd_1", "pending_approval", "processing", "req_é\\1");

    @Test
    void theHashCoversThePreviousHashTheIndexAndEveryFieldJoinedByUnitSeparators() throws Exception {
        String canonical = String.join("\u001f", AuditHash.GENESIS, "7", "aud_01", "2026-11-28T10:15:30.123456Z", "user", "usr_1", "null",
                "approve_refund", "refund", "rfd_1", "pending_approval", "processing", "req_é\\1");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(AuditHash.of(AuditHash.GENESIS, 7, EVENT)).isEqualTo(expected);
    }

    @Test
    void anyFieldChangesTheHash() {
        AuditEvent otherState = new AuditEvent("aud_01", EVENT.occurredAt(), "user", "usr_1", null, "approve_refund", "refund", "rfd_1",
                "pending_approval", "rejected", "req_é\\1");

        assertThat(AuditHash.of(AuditHash.GENESIS, 7, otherState)).isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 7, EVENT));
        assertThat(AuditHash.of(AuditHash.GENESIS, 8, EVENT)).isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 7, EVENT));
    }
}
