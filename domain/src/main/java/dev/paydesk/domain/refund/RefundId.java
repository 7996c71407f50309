package dev.paydesk.domain.refund;

import dev.paydesk.domain.shared.PrefixedId;

/** Opaque refund identifier, {@code rfd_…}. */
public record RefundId(String value) {
    public static final String PREFIX = "rfd_";

    public RefundId {
        PrefixedId.require(value, PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
