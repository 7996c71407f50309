package dev.paydesk.application.transaction;

import dev.paydesk.domain.transaction.PaymentTransaction;
import java.util.LinkedHashMap;
import java.util.Map;

/** The flat payload of {@code transaction.*} events. */
final class TransactionEventPayload {
    private TransactionEventPayload() {
    }

    static Map<String, Object> of(PaymentTransaction transaction) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", transaction.id().value());
        payload.put("reference", transaction.reference());
        payload.put("amount", transaction.amount().minorUnits());
        payload.put("currency", transaction.amount().currencyCode());
        payload.put("status", transaction.status().code());
        payload.put("payment_method_type", transaction.paymentMethod().type().code());
        return payload;
    }
}
