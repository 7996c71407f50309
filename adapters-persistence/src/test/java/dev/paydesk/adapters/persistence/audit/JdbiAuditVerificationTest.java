package dev.paydesk.adapters.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.audit.VerifyAuditLog;
import dev.paydesk.application.merchant.CreateMerchant;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.money.Currencies;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit verifier detects a single edited row, on H2 and on PostgreSQL (whose trigger has to be switched off first). */
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
}
