package dev.paydesk.adapters.persistence.refund;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Upgrading a database that has refunds in processing: V9 makes each of them await an answer, due at once. */
class RefundSubmissionsMigrationTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final MerchantId MERCHANT = new MerchantId("mer_01A");

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void refundsAlreadyInProcessingAwaitAnAnswerAfterTheUpgrade(String database) {
        try (HikariDataSource dataSource = database.equals("h2") ? TestDatabases.h2() : TestDatabases.postgres(4)) {
            JdbiPersistence.flyway(dataSource).target("8").load().migrate();
            PaydeskPorts ports = JdbiPersistence.over(dataSource);
            Principal.MerchantUser approver = new Principal.MerchantUser("usr_01B", MERCHANT, Set.of(Permission.REFUNDS_APPROVE), false);
            Refund processing = refund("rfd_01A").approve(approver, T0.plusSeconds(5));
            ports.unitOfWork().run(() -> {
                ports.transactions().add(PaymentTransaction.record(new TransactionId("txn_01A"), MERCHANT, "ref-1", Money.of(10_000, "NGN"),
                        PaymentMethod.of(PaymentMethodType.CARD), true, T0));
                ports.refunds().add(processing);
                ports.refunds().add(refund("rfd_01B"));
                ports.refunds().add(refund("rfd_01C").reject(approver, "no", T0.plusSeconds(6)));
            });

            assertThat(JdbiPersistence.migrateSchema(dataSource)).isPositive();

            assertThat(overdueAt(ports, processing.updatedAt().minusNanos(1_000))).as("not before its last change").isEmpty();
            assertThat(overdueAt(ports, processing.updatedAt())).containsExactly(processing);
        }
    }

    private static List<Refund> overdueAt(PaydeskPorts ports, Instant now) {
        return ports.unitOfWork().inTransaction(() -> ports.refunds().claimUnanswered(now, resends -> now.plusSeconds(3_600), 10));
    }

    private static Refund refund(String id) {
        return Refund.request(new RefundId(id), new TransactionId("txn_01A"), MERCHANT, Money.of(1_000, "NGN"), null, "usr_01A", T0);
    }
}
