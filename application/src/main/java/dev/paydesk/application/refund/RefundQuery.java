package dev.paydesk.application.refund;

import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.transaction.TransactionId;
import java.util.Objects;

/** One page of a merchant's refunds; {@code status} and {@code transactionId} are optional (null). */
public record RefundQuery(MerchantId merchantId, RefundStatus status, TransactionId transactionId, ListCursor after, int limit) {
    public RefundQuery {
        Objects.requireNonNull(merchantId, "merchantId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
