package dev.paydesk.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.jdbi.TransientConflictException;
import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.domain.identity.Operator;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.paydesk.application.shared.UnitOfWork}, observed through a repository. */
public abstract class UnitOfWorkContract extends PortContract {
    private static final Instant T0 = Instant.parse("2026-11-23T10:15:30Z");

    private static Operator operator(String id, String hash) {
        return new Operator(id, "ops", hash, T0);
    }

    @Test
    void whatACommittedUnitOfWorkWroteIsVisibleToTheNext() {
        txRun(() -> ports.operators().add(operator("opr_1", "a".repeat(64))));
        assertThat(tx(() -> ports.operators().findByApiKeyHash("a".repeat(64)))).isPresent();
    }

    @Test
    void anExceptionRollsBackEverythingTheUnitOfWorkWrote() {
        assertThatThrownBy(() -> txRun(() -> {
            ports.operators().add(operator("opr_1", "b".repeat(64)));
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("refused");

        assertThat(tx(() -> ports.operators().any())).isFalse();
    }

    @Test
    void aNestedUnitOfWorkJoinsTheOuterOneAndRollsBackWithIt() {
        assertThatThrownBy(() -> txRun(() -> {
            txRun(() -> ports.operators().add(operator("opr_1", "c".repeat(64))));
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(tx(() -> ports.operators().any())).isFalse();
    }

    @Test
    void theResultOfTheWorkIsReturned() {
        assertThat(tx(() -> 42)).isEqualTo(42);
    }

    @Test
    void repositoriesRefuseToWorkOutsideAUnitOfWork() {
        assertThatThrownBy(() -> ports.operators().any()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void afterCommitActionsRunOnlyOnceTheTransactionCommitted() {
        java.util.List<String> calls = new java.util.ArrayList<>();
        txRun(() -> {
            ports.unitOfWork().afterCommit(() -> calls.add("committed: " + tx(() -> ports.operators().any())));
            ports.operators().add(operator("opr_1", "9".repeat(64)));
            calls.add("working");
        });
        assertThat(calls).containsExactly("working", "committed: true");
    }

    @Test
    void anAfterCommitActionThatFailsAsAConflictDoesNotRunTheCommittedWorkAgain() {
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        assertThatThrownBy(() -> txRun(() -> {
            runs.incrementAndGet();
            ports.unitOfWork().afterCommit(() -> {
                throw new TransientConflictException("a later unit of work ran out of retries", null);
            });
        })).isInstanceOf(TransientConflictException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void afterCommitActionsNeverRunWhenTheTransactionRollsBack() {
        java.util.List<String> calls = new java.util.ArrayList<>();
        assertThatThrownBy(() -> txRun(() -> {
            ports.unitOfWork().afterCommit(() -> calls.add("must not run"));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(calls).isEmpty();
    }

    @Test
    void inARequestThatSharesAConnectionReadsAndTransactionsBehaveAsOutsideIt() throws Exception {
        java.util.List<String> calls = new java.util.ArrayList<>();
        ports.unitOfWork().sharingOneConnection(() -> {
            calls.add("read: " + ports.unitOfWork().read(() -> ports.operators().any()));
            assertThatThrownBy(() -> txRun(() -> {
                ports.operators().add(operator("opr_1", "d".repeat(64)));
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            calls.add("after the rollback: " + ports.unitOfWork().read(() -> ports.operators().any()));
            txRun(() -> {
                ports.unitOfWork().afterCommit(() -> calls.add("committed: " + ports.unitOfWork().read(() -> ports.operators().any())));
                ports.operators().add(operator("opr_2", "e".repeat(64)));
            });
            calls.add("read: " + ports.unitOfWork().read(() -> ports.operators().findByApiKeyHash("e".repeat(64)).isPresent()));
        });
        assertThat(calls).containsExactly("read: false", "after the rollback: false", "committed: true", "read: true");
        assertThat(tx(() -> ports.operators().findByApiKeyHash("e".repeat(64)))).isPresent();
    }

    @Test
    void aRequestThatSharesAConnectionPassesItsFailureOnAndLeavesTheUnitOfWorkUsable() {
        assertThatThrownBy(() -> ports.unitOfWork().sharingOneConnection(() -> {
            ports.unitOfWork().read(() -> ports.operators().any());
            throw new java.io.IOException("client went away");
        })).isInstanceOf(java.io.IOException.class).hasMessage("client went away");

        txRun(() -> ports.operators().add(operator("opr_1", "f".repeat(64))));
        assertThat(tx(() -> ports.operators().any())).isTrue();
    }
}
