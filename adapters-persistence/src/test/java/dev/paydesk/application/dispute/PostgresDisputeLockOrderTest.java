package dev.paydesk.application.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.testing.PaydeskWorld;
import dev.paydesk.application.testing.ScriptedRefundGateway;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeReason;
import dev.paydesk.domain.dispute.DisputeSource;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.transaction.TransactionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Opening a dispute locks the merchant's balances before the transaction's row, as the settlement sweep does (its
 * balances, then the sales it marks swept), so the two cannot deadlock: while the dispute waits for the balances, the
 * sweep can still take the sale's row.
 */
class PostgresDisputeLockOrderTest {
    private final HikariDataSource dataSource = TestDatabases.postgres(4);
    private final PaydeskWorld world = new PaydeskWorld(JdbiPersistence.migrate(dataSource), new ScriptedRefundGateway());

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aDisputeOpenedWhileTheSweepHoldsTheBalancesWaitsWithoutHoldingTheSale() throws Exception {
        TransactionId sale = world.completedSale(50_000);
        try (Connection sweep = dataSource.getConnection()) {
            sweep.setAutoCommit(false);
            lockBalances(sweep);
            CompletableFuture<Dispute> opening = CompletableFuture.supplyAsync(() -> world.paydesk.openDispute().open(world.operator,
                    new OpenDispute.Command(sale, 10_000, DisputeReason.PRODUCT_NOT_RECEIVED, DisputeSource.CLAIM, null)));
            awaitABackendWaitingForALock();
            // NOWAIT: fails at once (instead of deadlocking a second later) if the waiting dispute holds the sale's row.
            try (PreparedStatement takeTheSale = sweep.prepareStatement("SELECT id FROM payment_transaction WHERE id = ? FOR UPDATE NOWAIT")) {
                takeTheSale.setString(1, sale.value());
                try (ResultSet taken = takeTheSale.executeQuery()) {
                    assertThat(taken.next()).isTrue();
                }
            }
            sweep.commit();
            assertThat(opening.get(30, TimeUnit.SECONDS).amount()).isEqualTo(Money.of(10_000, "NGN"));
        }
        world.assertLedgerBalanced();
    }

    /** The sweep's first step for this merchant; its shop balance exists once a sale completed. */
    private static void lockBalances(Connection sweep) throws SQLException {
        try (PreparedStatement lock = sweep.prepareStatement("SELECT balance FROM ledger_account WHERE account_key = ? FOR UPDATE")) {
            lock.setString(1, LedgerAccount.merchant(PaydeskWorld.MERCHANT, MerchantAccountType.SHOP, Money.of(0, "NGN").currency()).key());
            try (ResultSet rows = lock.executeQuery()) {
                assertThat(rows.next()).isTrue();
            }
        }
    }

    /** Until the dispute's transaction queues behind the sweep's locks (polled: no fixed sleep decides the outcome). */
    private void awaitABackendWaitingForALock() throws SQLException, InterruptedException {
        for (int i = 0; i < 500; i++) {
            if (count("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the dispute never waited for the sweep's locks");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
