package dev.paydesk.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.audit.VerifyAuditLog;
import dev.paydesk.application.merchant.CreateMerchant;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.audit.AuditHash;
import dev.paydesk.domain.audit.ChainedAuditEvent;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.sql.Statement;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The audit verifier detects a single edited row, on H2 and on PostgreSQL (whose trigger has to be
 * switched off first); instances taking turns on one chain keep it unbroken, and an event is never
 * committed without its place in the chain.
 */
class JdbiAuditVerificationTest {
    private static final CommandContext OPERATOR = new CommandContext(new Principal.OperatorPrincipal("opr_1"), "req_test");

    static Stream<PersistenceBackend.JdbiBackend> databases() {
        return Stream.of((PersistenceBackend.JdbiBackend) PersistenceBackend.h2(), (PersistenceBackend.JdbiBackend) PersistenceBackend.postgres());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSingleEditedRowIsDetected(PersistenceBackend.JdbiBackend backend) throws Exception {
        try {
            Paydesk paydesk = Paydesk.over(backend.newPorts(), Clock.systemUTC());
            for (int i = 0; i < 3; i++) {
                paydesk.createMerchant().create(OPERATOR, new CreateMerchant.Command("Shop " + i, Country.NG, Currencies.of("NGN"), "a" + i + "@example.com"));
            }
            VerifyAuditLog.Result before = paydesk.verifyAuditLog().verify();
            assertThat(before.intact()).isTrue();
            assertThat(before.events()).isEqualTo(6);
            assertThat(before.chains()).isEqualTo(3);

            try (Connection connection = backend.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
                if (postgres) {
                    statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
                }
                statement.executeUpdate("UPDATE audit_event SET to_state = 'deleted' WHERE id = (SELECT MIN(id) FROM audit_event)");
            }

            VerifyAuditLog.Result after = paydesk.verifyAuditLog().verify();
            assertThat(after.intact()).isFalse();
            assertThat(after.broken()).singleElement().asString().contains("edited");
        } finally {
            backend.close();
        }
    }

    /** Each instance chains from the head as stored, wherever the other instance left it (PostgreSQL: in the statement itself). */
    @ParameterizedTest
    @MethodSource("databases")
    void twoInstancesTakingTurnsOnOneChainKeepItUnbroken(PersistenceBackend.JdbiBackend backend) {
        try {
            PaydeskPorts first = backend.newPorts();
            PaydeskPorts second = JdbiPersistence.over(backend.dataSource());
            String turns = "ABBAABABBBAA";
            int recorded = 0;
            for (int turn = 0; turn < turns.length(); turn++) {
                PaydeskPorts instance = turns.charAt(turn) == 'A' ? first : second;
                int events = turn % 4 == 0 ? 2 : 1;
                int from = recorded;
                instance.unitOfWork().run(() -> {
                    for (int e = 0; e < events; e++) {
                        instance.auditLog().record(new AuditEvent(String.format("aud_%03d", from + e), Instant.parse("2026-11-28T10:00:00Z"),
                                "operator", "opr_1", "mer_TURNS", "record_transaction", "transaction", "txn_1", null, "completed", "req_1"));
                    }
                });
                recorded += events;
            }
            List<ChainedAuditEvent> chain = new ArrayList<>();
            first.unitOfWork().run(() -> first.auditTrail().forEachInChainOrder(chain::add));
            assertThat(chain).hasSize(recorded);
            assertUnbroken(chain);
        } finally {
            backend.close();
        }
    }

    /**
     * A command that fails as it commits must leave its instance nothing to chain after: another instance then commits
     * the same index with another hash, which a head remembered from the failed command would match by index alone
     * (an earlier version remembered heads).
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aGuessLeftByACommandThatFailedAtItsCommitNeverBreaksTheChain(PersistenceBackend.JdbiBackend backend) {
        try {
            PaydeskPorts first = backend.newPorts();
            PaydeskPorts second = JdbiPersistence.over(backend.dataSource());
            first.unitOfWork().run(() -> first.auditLog().record(turnEvent("aud_001")));
            assertThatThrownBy(() -> first.unitOfWork().run(() -> first.auditLog().record(turnEvent("aud_001"))))
                    .as("the same event id again: its insert fails when it is sent, at the commit").isInstanceOf(RuntimeException.class);
            second.unitOfWork().run(() -> second.auditLog().record(turnEvent("aud_002")));
            first.unitOfWork().run(() -> first.auditLog().record(turnEvent("aud_003")));

            List<ChainedAuditEvent> chain = new ArrayList<>();
            first.unitOfWork().run(() -> first.auditTrail().forEachInChainOrder(chain::add));
            assertThat(chain).extracting(row -> row.event().id()).containsExactly("aud_001", "aud_002", "aud_003");
            assertUnbroken(chain);
        } finally {
            backend.close();
        }
    }

    /**
     * A head row that is gone (removed by hand: nothing in Paydesk deletes one) while an instance knows its chain: the
     * next command fails and writes nothing, rather than commit an event outside the chain or restart the chain.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aCommandWhoseChainHeadIsGoneFailsAndWritesNothing(PersistenceBackend.JdbiBackend backend) throws Exception {
        try {
            PaydeskPorts instance = backend.newPorts();
            instance.unitOfWork().run(() -> instance.auditLog().record(turnEvent("aud_001")));
            try (Connection connection = backend.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM audit_chain WHERE chain = 'mer_TURNS'");
            }

            assertThatThrownBy(() -> instance.unitOfWork().run(() -> instance.auditLog().record(turnEvent("aud_002"))))
                    .isInstanceOf(RuntimeException.class);

            List<ChainedAuditEvent> chain = new ArrayList<>();
            instance.unitOfWork().run(() -> instance.auditTrail().forEachInChainOrder(chain::add));
            assertThat(chain).extracting(row -> row.event().id()).containsExactly("aud_001");
        } finally {
            backend.close();
        }
    }

    /** Indexes 1, 2, 3…, each row linked to the one before by its hash, and every hash intact. */
    private static void assertUnbroken(List<ChainedAuditEvent> chain) {
        for (int i = 0; i < chain.size(); i++) {
            assertThat(chain.get(i).index()).isEqualTo(i + 1);
            assertThat(chain.get(i).previousHash()).isEqualTo(i == 0 ? AuditHash.GENESIS : chain.get(i - 1).hash());
            assertThat(chain.get(i).hashIsIntact()).isTrue();
        }
    }

    private static AuditEvent turnEvent(String id) {
        return new AuditEvent(id, Instant.parse("2026-11-28T10:00:00Z"), "operator", "opr_1", "mer_TURNS", "record_transaction", "transaction",
                "txn_1", null, "completed", "req_1");
    }
}
