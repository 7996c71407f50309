package dev.paydesk.domain.refund;

import dev.paydesk.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;

/** SPEC §6. */
public enum RefundStatus {
    PENDING_APPROVAL,
    PROCESSING,
    COMPLETED,
    FAILED,
    REJECTED,
    CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a refund in this status holds part of the transaction's amount (SPEC §5 refundable_amount). */
    public boolean holdsRefundableAmount() {
        return this == PENDING_APPROVAL || this == PROCESSING || this == FAILED || this == COMPLETED;
    }

    /** Whether the merchant has been debited: approved and not given back. */
    public boolean isApproved() {
        return this == PROCESSING || this == FAILED || this == COMPLETED;
    }

    public static RefundStatus fromCode(String code, String field) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.validation(field, "invalid_value",
                        field + " must be one of pending_approval, processing, completed, failed, rejected, cancelled"));
    }
}
