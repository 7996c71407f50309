package dev.paydesk.domain.dispute;

import dev.paydesk.domain.shared.PrefixedId;

/** Opaque dispute identifier, {@code dsp_…}. */
public record DisputeId(String value) {
    public static final String PREFIX = "dsp_";

    public DisputeId {
        PrefixedId.require(value, PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
