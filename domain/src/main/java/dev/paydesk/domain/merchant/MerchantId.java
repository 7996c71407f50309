package dev.paydesk.domain.merchant;

import dev.paydesk.domain.shared.PrefixedId;

/** Opaque merchant identifier, {@code mer_…}. */
public record MerchantId(String value) {
    public static final String PREFIX = "mer_";

    public MerchantId {
        PrefixedId.require(value, PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
