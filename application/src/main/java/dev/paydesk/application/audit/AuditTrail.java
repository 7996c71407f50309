package dev.paydesk.application.audit;

import dev.paydesk.domain.audit.ChainedAuditEvent;
import java.util.List;

/** Outbound port: reading and verifying the audit log. */
public interface AuditTrail {

    /**
     * Events newest first, after the cursor (the id of the last event of the previous page, or
     * null); only one merchant's when {@code merchantId} is set.
     */
    List<ChainedAuditEvent> list(String merchantId, String afterEventId, int limit);

    /** Every chain, oldest first, for the verifier. Streams in pages so memory stays flat. */
    void forEachInChainOrder(java.util.function.Consumer<ChainedAuditEvent> visitor);
}
