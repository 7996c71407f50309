package dev.paydesk.domain.transaction;

import dev.paydesk.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;

/** SPEC §5: pending → completed | cancelled; completed and cancelled are final. */
public enum TransactionStatus {
    PENDING,
    COMPLETED,
    CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinal() {
        return this != PENDING;
    }

    /** Parses an API or storage code; an unknown one is a validation error on {@code field}. */
    public static TransactionStatus fromCode(String code, String field) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.validation(field, "invalid_value", field + " must be one of pending, completed, cancelled"));
    }
}
