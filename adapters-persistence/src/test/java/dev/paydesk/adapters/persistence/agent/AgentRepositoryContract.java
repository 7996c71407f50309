package dev.paydesk.adapters.persistence.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.paydesk.application.agent.AgentRepository}. */
public abstract class AgentRepositoryContract extends PortContract {

    @Test
    void anAgentIsStoredUpdatedAndFound() {
        Agent agent = Agent.register(new AgentId("agt_1"), "NG", "Lagos Reps");
        txRun(() -> ports.agents().add(agent));
        txRun(() -> ports.agents().update(tx(() -> ports.agents().findForUpdate(agent.id())).orElseThrow().approve()));

        assertThat(tx(() -> ports.agents().find(agent.id()))).contains(agent.approve());
        assertThat(tx(() -> ports.agents().find(new AgentId("agt_2")))).isEmpty();
    }

    @Test
    void agentsArePagedNewestFirstAndFilteredByCountry() {
        txRun(() -> {
            ports.agents().add(Agent.register(new AgentId("agt_1"), "NG", "a"));
            ports.agents().add(Agent.register(new AgentId("agt_2"), "GH", "b"));
            ports.agents().add(Agent.register(new AgentId("agt_3"), "NG", "c"));
        });

        assertThat(tx(() -> ports.agents().page(null, null, 2))).extracting(a -> a.id().value()).containsExactly("agt_3", "agt_2");
        assertThat(tx(() -> ports.agents().page(null, new AgentId("agt_2"), 2))).extracting(a -> a.id().value()).containsExactly("agt_1");
        assertThat(tx(() -> ports.agents().page("NG", null, 5))).extracting(a -> a.id().value()).containsExactly("agt_3", "agt_1");
    }

    @Test
    void aFailedUnitOfWorkLeavesNoAgent() {
        assertThatThrownBy(() -> txRun(() -> {
            ports.agents().add(Agent.register(new AgentId("agt_1"), "NG", "a"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(tx(() -> ports.agents().find(new AgentId("agt_1")))).isEmpty();
    }
}
