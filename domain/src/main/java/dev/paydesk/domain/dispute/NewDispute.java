package dev.paydesk.domain.dispute;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.PrefixedId;
import java.time.Instant;
import java.util.Objects;

/**
 * What an operator opens a dispute with (SPEC §7). The transaction id is kept as its {@code txn_…}
 * string: the transaction domain is built in parallel and the type can be swapped in at merge.
 *
 * @param respondBy the deadline asked for, or {@code null} for the source's default
 */
public record NewDispute(MerchantId merchantId, String transactionId, Money amount, DisputeReason reason, DisputeSource source,
                         Instant respondBy) {
    public static final String TRANSACTION_ID_PREFIX = "txn_";

    public NewDispute {
        Objects.requireNonNull(merchantId, "merchantId");
        PrefixedId.require(transactionId, TRANSACTION_ID_PREFIX);
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }
}
