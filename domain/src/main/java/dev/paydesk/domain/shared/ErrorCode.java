package dev.paydesk.domain.shared;

import java.util.Locale;

/** Stable error codes, the {@code code} of API.md problems. Mapped to HTTP statuses in one place, in the HTTP adapter. */
public enum ErrorCode {
    UNAUTHORIZED,
    FORBIDDEN,
    FOUR_EYES_VIOLATION,
    NOT_FOUND,
    INVALID_STATE,
    IDEMPOTENCY_CONFLICT,
    CONFLICT,
    VALIDATION_FAILED,
    REFUND_EXCEEDS_REFUNDABLE,
    INSUFFICIENT_BALANCE,
    PAYOUT_ACCOUNT_NOT_ACTIVE,
    MERCHANT_NOT_VERIFIED,
    LAST_ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
