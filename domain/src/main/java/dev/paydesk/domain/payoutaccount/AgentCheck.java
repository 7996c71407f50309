package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.shared.FieldError;
import java.util.List;

/**
 * The agent named on the account must be approved in the account's country. A local-currency account
 * must name one (the seed's "local representative"); a USD account may, and then the same rule holds.
 * No agent where one is needed, an unknown agent, or an agent of another country are all
 * {@code agent_not_approved}: the fix is the same, appoint an approved agent.
 */
public final class AgentCheck {

    private AgentCheck() {
    }

    /**
     * @param agentOrNull the agent that {@code details.agentId()} names, or null when there is none or
     *                    it is unknown
     */
    public static List<FieldError> check(PayoutAccountDetails details, Agent agentOrNull) {
        if (details.agentId() == null) {
            return details.corridor().isLocalCurrency()
                    ? List.of(RejectionReason.AGENT_NOT_APPROVED.at("agent_id"))
                    : List.of();
        }
        boolean approved = agentOrNull != null
                && agentOrNull.id().equals(details.agentId())
                && agentOrNull.isApprovedIn(details.corridor().country().code());
        return approved ? List.of() : List.of(RejectionReason.AGENT_NOT_APPROVED.at("agent_id"));
    }
}
