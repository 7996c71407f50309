package dev.paydesk.domain.agent;

import java.util.Locale;

/** Where an agent stands with the operators: only an approved agent may be named on a payout account. */
public enum AgentStatus {
    PENDING,
    APPROVED,
    SUSPENDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
