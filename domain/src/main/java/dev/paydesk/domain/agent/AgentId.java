package dev.paydesk.domain.agent;

import dev.paydesk.domain.shared.PrefixedId;

/** Opaque agent identifier, {@code agt_…}. */
public record AgentId(String value) {
    public static final String PREFIX = "agt_";

    public AgentId {
        PrefixedId.require(value, PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
