package dev.paydesk.application.transaction;

import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.transaction.TransactionStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * One page of a merchant's transactions. Filters are optional (null): {@code createdFrom} is
 * inclusive, {@code createdTo} exclusive. {@code after} is the keyset position of the previous page.
 */
public record TransactionQuery(MerchantId merchantId, TransactionStatus status, String reference, Instant createdFrom, Instant createdTo,
                               ListCursor after, int limit) {
    public TransactionQuery {
        Objects.requireNonNull(merchantId, "merchantId");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }
}
