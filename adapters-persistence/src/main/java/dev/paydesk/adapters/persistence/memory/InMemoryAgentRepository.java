package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.agent.AgentRepository;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryAgentRepository implements AgentRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final TreeMap<String, Agent> byId = new TreeMap<>();

    public InMemoryAgentRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Agent agent) {
        unitOfWork.requireOpen();
        if (byId.putIfAbsent(agent.id().value(), agent) != null) {
            throw new IllegalStateException("duplicate agent id " + agent.id());
        }
        unitOfWork.onRollback(() -> byId.remove(agent.id().value()));
    }

    @Override
    public Optional<Agent> find(AgentId id) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(byId.get(id.value()));
    }

    @Override
    public Optional<Agent> findForUpdate(AgentId id) {
        return find(id); // transactions are serial here
    }

    @Override
    public void update(Agent agent) {
        unitOfWork.requireOpen();
        Agent before = byId.get(agent.id().value());
        if (before == null) {
            throw new IllegalStateException("no agent " + agent.id() + " to update");
        }
        byId.put(agent.id().value(), agent);
        unitOfWork.onRollback(() -> byId.put(agent.id().value(), before));
    }

    @Override
    public List<Agent> page(String country, AgentId beforeId, int limit) {
        unitOfWork.requireOpen();
        return (beforeId == null ? byId : byId.headMap(beforeId.value(), false)).descendingMap().values().stream()
                .filter(agent -> country == null || agent.country().equals(country))
                .limit(limit)
                .toList();
    }
}
