package dev.paydesk.domain.dispute;

import dev.paydesk.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why the customer disputes the payment (SPEC §7). */
public enum DisputeReason {
    FRAUDULENT,
    PRODUCT_NOT_RECEIVED,
    PRODUCT_UNACCEPTABLE,
    DUPLICATE,
    CREDIT_NOT_PROCESSED,
    GENERAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DisputeReason fromCode(String code, String field) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.validation(field, "invalid_value", field + " must be one of "
                        + Arrays.stream(values()).map(DisputeReason::code).collect(Collectors.joining(", "))));
    }
}
