package dev.paydesk.application.refund;

import dev.paydesk.domain.refund.Refund;
import java.util.LinkedHashMap;
import java.util.Map;

/** The flat payload of {@code refund.*} events. */
final class RefundEventPayload {
    private RefundEventPayload() {
    }

    static Map<String, Object> of(Refund refund) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", refund.id().value());
        payload.put("transaction_id", refund.transactionId().value());
        payload.put("amount", refund.amount().minorUnits());
        payload.put("currency", refund.amount().currencyCode());
        payload.put("status", refund.status().code());
        payload.put("created_by", refund.createdBy());
        payload.put("approved_by", refund.approvedBy());
        payload.put("rejected_by", refund.rejectedBy());
        payload.put("failure_code", refund.failureCode());
        payload.put("attempts", (long) refund.attempts());
        return payload;
    }
}
