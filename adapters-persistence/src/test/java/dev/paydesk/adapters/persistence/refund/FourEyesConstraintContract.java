package dev.paydesk.adapters.persistence.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The database itself refuses (a CHECK constraint; H2 reports SQLSTATE 23513, PostgreSQL 23514) a refund decided by its creator, whatever code writes the row. */
abstract class FourEyesConstraintContract {
    private HikariDataSource dataSource;

    protected abstract HikariDataSource newDatabase();

    @BeforeEach
    void migrate() throws SQLException {
        dataSource = newDatabase();
        JdbiPersistence.migrateSchema(dataSource);
        execute("INSERT INTO payment_transaction (id, merchant_id, reference, amount, currency, status, payment_method_type, created_at, completed_at) "
                + "VALUES ('txn_01A', 'mer_01A', 'ref-1', 1000, 'NGN', 'completed', 'card', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String refund(String id, String status, String createdBy, String approvedBy, String rejectedBy) {
        return "INSERT INTO refund (id, transaction_id, merchant_id, amount, currency, status, created_by, approved_by, rejected_by, attempts, "
                + "created_at, updated_at) VALUES ('" + id + "', 'txn_01A', 'mer_01A', 500, 'NGN', '" + status + "', '" + createdBy + "', "
                + (approvedBy == null ? "NULL" : "'" + approvedBy + "'") + ", " + (rejectedBy == null ? "NULL" : "'" + rejectedBy + "'")
                + ", 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
    }

    @Test
    void aRefundApprovedByItsCreatorIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> execute(refund("rfd_01A", "processing", "usr_01X", "usr_01X", null)))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("refund_four_eyes_approval"));
    }

    @Test
    void aRefundRejectedByItsCreatorIsRefusedByTheDatabase() {
        assertThatThrownBy(() -> execute(refund("rfd_01B", "rejected", "usr_01X", null, "usr_01X")))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("refund_four_eyes_rejection"));
    }

    @Test
    void anUpdateMakingTheCreatorTheApproverIsRefusedToo() throws SQLException {
        execute(refund("rfd_01C", "pending_approval", "usr_01X", null, null));
        assertThatThrownBy(() -> execute("UPDATE refund SET status = 'processing', approved_by = 'usr_01X' WHERE id = 'rfd_01C'"))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("refund_four_eyes_approval"));
    }

    @Test
    void aRefundDecidedByAnotherUserIsAccepted() {
        assertThatCode(() -> execute(refund("rfd_01D", "processing", "usr_01X", "usr_01Y", null))).doesNotThrowAnyException();
    }
}
