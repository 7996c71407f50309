package dev.paydesk.domain.settlement;

import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.PrefixedId;
import java.util.Objects;

/** A completed sale taken by a settlement: its transaction id ({@code txn_…}) and gross amount. */
public record SweptSale(String transactionId, Money gross) {
    public static final String TRANSACTION_PREFIX = "txn_";

    public SweptSale {
        PrefixedId.require(transactionId, TRANSACTION_PREFIX);
        Objects.requireNonNull(gross, "gross");
        if (!gross.isPositive()) {
            throw new IllegalArgumentException("a swept sale has a positive amount, got " + gross + " for " + transactionId);
        }
    }
}
