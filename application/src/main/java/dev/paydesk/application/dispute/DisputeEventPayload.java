package dev.paydesk.application.dispute;

import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeOutcome;
import java.util.LinkedHashMap;
import java.util.Map;

/** The flat payload of {@code dispute.*} events. */
final class DisputeEventPayload {
    private DisputeEventPayload() {
    }

    static Map<String, Object> of(Dispute dispute) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", dispute.id().value());
        payload.put("transaction_id", dispute.transactionId());
        payload.put("amount", dispute.amount().minorUnits());
        payload.put("currency", dispute.amount().currencyCode());
        payload.put("reason", dispute.reason().code());
        payload.put("source", dispute.source().code());
        payload.put("status", dispute.status().code());
        payload.put("respond_by", dispute.respondBy().toString());
        payload.put("chargeback_fee", dispute.chargebackFee().minorUnits());
        payload.put("outcome", dispute.outcome().map(DisputeOutcome::code).orElse(null));
        payload.put("closure", dispute.closure() == null ? null : dispute.closure().code());
        payload.put("document_count", (long) (dispute.evidence() == null ? 0 : dispute.evidence().documents().size()));
        return payload;
    }
}
