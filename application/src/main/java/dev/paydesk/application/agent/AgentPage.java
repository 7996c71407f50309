package dev.paydesk.application.agent;

import dev.paydesk.domain.agent.Agent;
import java.util.List;

/** One page of agents, newest first; {@code nextCursor} is null on the last page. */
public record AgentPage(List<Agent> data, String nextCursor) {
    public AgentPage {
        data = List.copyOf(data);
    }
}
