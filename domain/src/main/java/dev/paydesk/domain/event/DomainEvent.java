package dev.paydesk.domain.event;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.PrefixedId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something that happened to a merchant's object, written to the outbox in the same transaction as
 * the change (SPEC §14). The payload is flat: String, Long, Boolean or null values only, so every
 * adapter can store and deliver it without a schema.
 *
 * @param type e.g. {@code refund.approved}: the object type, a dot, what happened
 */
public record DomainEvent(String id, MerchantId merchantId, String type, String objectId, Map<String, Object> payload, Instant occurredAt) {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z_]*\\.[a-z][a-z_]*");

    public static final String ID_PREFIX = "evt_";

    public DomainEvent {
        PrefixedId.require(id, ID_PREFIX);
        Objects.requireNonNull(merchantId, "merchantId");
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("an event type reads object.happening: " + type);
        }
        if (objectId == null || objectId.isBlank()) {
            throw new IllegalArgumentException("an event names its object");
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        Map<String, Object> copy = new LinkedHashMap<>();
        payload.forEach((key, value) -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("payload keys are not blank");
            }
            if (value != null && !(value instanceof String) && !(value instanceof Long) && !(value instanceof Boolean)) {
                throw new IllegalArgumentException("payload value of " + key + " must be String, Long, Boolean or null, got " + value.getClass().getSimpleName());
            }
            copy.put(key, value);
        });
        payload = Collections.unmodifiableMap(copy);
    }
}
