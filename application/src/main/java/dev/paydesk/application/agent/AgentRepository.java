package dev.paydesk.application.agent;

import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import java.util.List;
import java.util.Optional;

/** Outbound port: the local representatives registered by operators. */
public interface AgentRepository {

    void add(Agent agent);

    Optional<Agent> find(AgentId id);

    /** The agent, locked until the unit of work ends. */
    Optional<Agent> findForUpdate(AgentId id);

    void update(Agent agent);

    /**
     * Newest first: agents with an id before {@code beforeId} (null for the first page), optionally of
     * one country (ISO alpha-2, null for all), at most {@code limit}.
     */
    List<Agent> page(String country, AgentId beforeId, int limit);
}
