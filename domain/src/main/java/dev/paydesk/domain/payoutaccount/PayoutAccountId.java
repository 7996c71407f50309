package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.PrefixedId;

/** Opaque payout account identifier, {@code pa_…}. */
public record PayoutAccountId(String value) {
    public static final String PREFIX = "pa_";

    public PayoutAccountId {
        PrefixedId.require(value, PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
