package dev.paydesk.application.dispute;

import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.domain.dispute.DisputeStatus;
import dev.paydesk.domain.merchant.MerchantId;
import java.util.Objects;

/** One page of a merchant's disputes; {@code status} and {@code transactionId} are optional (null). */
public record DisputeQuery(MerchantId merchantId, DisputeStatus status, String transactionId, ListCursor after, int limit) {
    public DisputeQuery {
        Objects.requireNonNull(merchantId, "merchantId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
