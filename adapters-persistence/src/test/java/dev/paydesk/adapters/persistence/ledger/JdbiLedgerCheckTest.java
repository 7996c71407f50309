package dev.paydesk.adapters.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.LedgerCheck;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariant check catches rows changed behind the adapter's back, on both databases. */
class JdbiLedgerCheckTest {
    private static final LedgerAccount CLEARING = LedgerAccount.platform(PlatformAccountType.ACQUIRER_CLEARING, Currencies.of("NGN"));
    private static final LedgerAccount SHOP = LedgerAccount.merchant(new MerchantId("mer_1"), MerchantAccountType.SHOP, Currencies.of("NGN"));


    static Stream<PersistenceBackend.JdbiBackend> databases() {
        return Stream.of((PersistenceBackend.JdbiBackend) PersistenceBackend.h2(), (PersistenceBackend.JdbiBackend) PersistenceBackend.postgres());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBalanceEditedBehindTheLedgersBackIsReported(PersistenceBackend.JdbiBackend backend) throws SQLException {
        try (backend) {
            PaydeskPorts ports = backend.newPorts();
            completeSale(ports, "jnl_1", 10_000);
            assertThat(check(ports).balanced()).isTrue();

            assertThat(behindTheLedgersBack(backend, "UPDATE ledger_account SET balance = balance + 1 WHERE account_key = '" + SHOP.key() + "'"))
                    .isEqualTo(1);

            LedgerCheck check = check(ports);
            assertThat(check.balanced()).isFalse();
            assertThat(check.discrepancies()).singleElement().asString().contains(SHOP.key()).contains("10001").contains("10000");
        }
    }

    /** A platform account's balance is the sum of its shard rows: editing one of them is caught too. */
    @ParameterizedTest
    @MethodSource("databases")
    void aPlatformBalanceShardEditedBehindTheLedgersBackIsReported(PersistenceBackend.JdbiBackend backend) throws SQLException {
        try (backend) {
            PaydeskPorts ports = backend.newPorts();
            for (int i = 0; i < 5; i++) {
                completeSale(ports, "jnl_" + i, 1_000);
            }
            assertThat(ports.unitOfWork().inTransaction(() -> ports.ledger().balance(CLEARING))).isEqualTo(Money.of(-5_000, "NGN"));
            assertThat(check(ports).balanced()).isTrue();

            assertThat(behindTheLedgersBack(backend, "UPDATE ledger_balance_shard SET balance = balance - 1 WHERE account_key = '" + CLEARING.key()
                    + "' AND shard = 3")).isEqualTo(1);

            LedgerCheck check = check(ports);
            assertThat(check.discrepancies()).singleElement().asString().contains(CLEARING.key()).contains("-5001").contains("-5000");
            assertThat(ports.unitOfWork().inTransaction(() -> ports.ledger().balance(CLEARING))).isEqualTo(Money.of(-5_001, "NGN"));
        }
    }

    /** A shard row removed behind the ledger's back makes the next posting to it fail, rather than lose its amount. */
    @ParameterizedTest
    @MethodSource("databases")
    void aPostingToAMissingBalanceRowIsRefused(PersistenceBackend.JdbiBackend backend) throws SQLException {
        try (backend) {
            PaydeskPorts ports = backend.newPorts();
            completeSale(ports, "jnl_1", 1_000);
            assertThat(behindTheLedgersBack(backend, "DELETE FROM ledger_balance_shard WHERE account_key = '" + CLEARING.key() + "' AND balance = 0"))
                    .isPositive();

            // Each transaction adds to a shard picked at random; only one of the 16 is left.
            int recorded = 0;
            int refused = 0;
            for (int i = 2; i < 40; i++) {
                try {
                    completeSale(ports, "jnl_" + i, 1_000);
                    recorded++;
                } catch (IllegalStateException missingRow) {
                    assertThat(missingRow).hasMessageContaining("balance row is missing");
                    refused++;
                }
            }
            assertThat(refused).isPositive();
            LedgerCheck check = check(ports);
            assertThat(check.balanced()).isTrue();
            assertThat(check.entries()).isEqualTo(1L + recorded);
        }
    }

    @org.junit.jupiter.api.Test
    void postgresRefusesToEditOrDeletePostings() throws SQLException {
        PersistenceBackend.JdbiBackend backend = (PersistenceBackend.JdbiBackend) PersistenceBackend.postgres();
        try (backend) {
            PaydeskPorts ports = backend.newPorts();
            completeSale(ports, "jnl_1", 10_000);
            try (Connection connection = backend.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate("UPDATE ledger_posting SET amount = 1"))
                        .hasMessageContaining("append-only");
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM journal_entry"))
                        .hasMessageContaining("append-only");
            }
        }
    }

    private static LedgerCheck check(PaydeskPorts ports) {
        return ports.unitOfWork().inTransaction(ports.ledger()::check);
    }

    /** An edit straight through JDBC, as someone with database access could make; returns the rows changed. */
    private static int behindTheLedgersBack(PersistenceBackend.JdbiBackend backend, String sql) throws SQLException {
        try (Connection connection = backend.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** One committed entry moving {@code amount} naira from acquirer clearing to the shop, caused by a transaction. */
    private static void completeSale(PaydeskPorts ports, String entryId, long amount) {
        ports.unitOfWork().run(() -> ports.ledger().append(JournalEntry.builder(entryId, EntryCause.of(EntryCause.Kind.TRANSACTION, "txn_" + entryId),
                        "complete_transaction", Instant.EPOCH)
                .transfer(CLEARING, SHOP, Money.of(amount, "NGN"))
                .build()));
    }
}
