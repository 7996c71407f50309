package dev.paydesk.application.refund;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.refund.RecordRefundGatewayResult.Outcome;
import dev.paydesk.application.testing.PaydeskWorld;
import dev.paydesk.application.testing.ScriptedRefundGateway;
import dev.paydesk.domain.refund.Refund;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retry and resend jobs read the transactions of a whole batch of refunds in one statement, not one per refund.
 * Counted by H2's own query statistics, over the JDBI adapter.
 */
class RefundJobReadsTest {
    private static final int REFUNDS = 10;

    private final HikariDataSource dataSource = TestDatabases.h2();
    private final ScriptedRefundGateway gateway = new ScriptedRefundGateway();
    private final PaydeskWorld world = new PaydeskWorld(JdbiPersistence.migrate(dataSource), gateway);

    @AfterEach
    void ledgerStaysBalanced() {
        world.assertLedgerBalanced();
        dataSource.close();
    }

    /** Refunds of as many sales, each approved and left waiting for the gateway's answer. */
    private List<Refund> approvedRefundsOfSeparateSales() {
        List<Refund> approved = new ArrayList<>();
        for (int i = 0; i < REFUNDS; i++) {
            Refund requested = world.requestRefund(world.completedSale(10_000), 1_000);
            approved.add(world.paydesk.approveRefund().approve(world.finance, requested.id()));
        }
        return approved;
    }

    @Test
    void theRetryJobReadsABatchsTransactionsInOneStatement() throws SQLException {
        approvedRefundsOfSeparateSales().forEach(refund -> world.paydesk.recordRefundGatewayResult()
                .record(world.operator, new RecordRefundGatewayResult.Command(refund.id(), Outcome.FAILED, "issuer_unavailable")));
        world.clock.advance(Duration.ofHours(1));

        startCounting();
        assertThat(world.paydesk.retryFailedRefunds().run()).isEqualTo(REFUNDS);

        assertThat(readsOfTransactions()).isEqualTo(1);
    }

    @Test
    void theResendJobReadsABatchsTransactionsInOneStatement() throws SQLException {
        approvedRefundsOfSeparateSales();
        world.clock.advance(RefundDispatch.RESEND_UNANSWERED_AFTER);

        startCounting();
        assertThat(world.paydesk.resendUnansweredRefunds().run()).isEqualTo(REFUNDS);

        assertThat(readsOfTransactions()).isEqualTo(1);
    }

    /** Starts H2's statistics afresh: turning them on again forgets what was counted. */
    private void startCounting() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET QUERY_STATISTICS FALSE");
            statement.execute("SET QUERY_STATISTICS TRUE");
        }
    }

    private long readsOfTransactions() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet counted = statement.executeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
                     + "WHERE UPPER(SQL_STATEMENT) LIKE '%FROM PAYMENT_TRANSACTION%'")) {
            counted.next();
            return counted.getLong(1);
        }
    }
}
