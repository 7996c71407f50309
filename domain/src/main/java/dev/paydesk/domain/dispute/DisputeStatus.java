package dev.paydesk.domain.dispute;

import dev.paydesk.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;

/** {@code needs_response → under_review → won | lost}; {@code needs_response → lost} (accepted or expired). */
public enum DisputeStatus {
    NEEDS_RESPONSE,
    UNDER_REVIEW,
    WON,
    LOST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Not decided yet: the amount is held in {@code disputes_held}. */
    public boolean isOpen() {
        return this == NEEDS_RESPONSE || this == UNDER_REVIEW;
    }

    public boolean isClosed() {
        return !isOpen();
    }

    /**
     * Whether the disputed amount counts against the transaction (SPEC §5): open disputes hold it,
     * lost ones gave it back to the customer. A won dispute returns it to the merchant.
     */
    public boolean holdsTransactionAmount() {
        return this != WON;
    }

    public static DisputeStatus fromCode(String code, String field) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.validation(field, "invalid_value",
                        field + " must be one of needs_response, under_review, won, lost"));
    }
}
