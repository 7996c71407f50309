package dev.paydesk.domain.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

class AgentTest {
    private final Agent pending = Agent.register(new AgentId("agt_1"), "NG", "Lagos Payments Ltd");

    @Test
    void aRegisteredAgentIsPending() {
        assertThat(pending.status()).isEqualTo(AgentStatus.PENDING);
        assertThat(pending.status().code()).isEqualTo("pending");
    }

    @Test
    void approvingAPendingAgentApprovesIt() {
        assertThat(pending.approve().status()).isEqualTo(AgentStatus.APPROVED);
    }

    @Test
    void approvingAnApprovedAgentIsRefused() {
        Agent approved = pending.approve();
        assertThatThrownBy(approved::approve)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    @Test
    void suspendingAnApprovedAgentSuspendsIt() {
        assertThat(pending.approve().suspend().status()).isEqualTo(AgentStatus.SUSPENDED);
    }

    @Test
    void suspendingAPendingAgentIsRefused() {
        assertThatThrownBy(pending::suspend)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    @Test
    void suspendingASuspendedAgentIsRefused() {
        Agent suspended = pending.approve().suspend();
        assertThatThrownBy(suspended::suspend)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    @Test
    void aSuspendedAgentCanBeApprovedAgain() {
        assertThat(pending.approve().suspend().approve().status()).isEqualTo(AgentStatus.APPROVED);
    }

    @Test
    void anAgentIsApprovedOnlyInItsOwnCountryAndOnlyWhenApproved() {
        Agent approved = pending.approve();
        assertThat(approved.isApprovedIn("NG")).isTrue();
        assertThat(approved.isApprovedIn("GH")).isFalse();
        assertThat(pending.isApprovedIn("NG")).isFalse();
        assertThat(approved.suspend().isApprovedIn("NG")).isFalse();
    }

    @Test
    void anAgentIdHasTheAgtPrefix() {
        assertThatThrownBy(() -> new AgentId("mer_1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAgentCountryIsAnIsoCode() {
        assertThatThrownBy(() -> Agent.register(new AgentId("agt_1"), "Nigeria", "X")).isInstanceOf(IllegalArgumentException.class);
    }
}
