package dev.paydesk.domain.transaction;

import dev.paydesk.domain.shared.PrefixedId;

/** Opaque transaction identifier, {@code txn_…}. */
public record TransactionId(String value) {
    public static final String PREFIX = "txn_";

    public TransactionId {
        PrefixedId.require(value, PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
