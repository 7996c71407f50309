package dev.paydesk.adapters.persistence.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.domain.identity.Operator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.paydesk.application.identity.OperatorRepository}. */
public abstract class OperatorRepositoryContract extends PortContract {
    private static final Instant CREATED = Instant.parse("2026-11-23T10:15:30Z");

    @Test
    void anOperatorIsFoundByTheHashOfItsKeyOnly() {
        Operator operator = new Operator("opr_1", "first operator", "d".repeat(64), CREATED);
        txRun(() -> ports.operators().add(operator));

        assertThat(tx(() -> ports.operators().findByApiKeyHash("d".repeat(64)))).contains(operator);
        assertThat(tx(() -> ports.operators().findByApiKeyHash("e".repeat(64)))).isEmpty();
        assertThat(tx(() -> ports.operators().any())).isTrue();
    }

    @Test
    void noOperatorsAtFirst() {
        assertThat(tx(() -> ports.operators().any())).isFalse();
    }

    @Test
    void twoOperatorsCannotShareAKey() {
        txRun(() -> ports.operators().add(new Operator("opr_1", "a", "f".repeat(64), CREATED)));
        assertThatThrownBy(() -> txRun(() -> ports.operators().add(new Operator("opr_2", "b", "f".repeat(64), CREATED))))
                .isInstanceOf(RuntimeException.class);
    }
}
