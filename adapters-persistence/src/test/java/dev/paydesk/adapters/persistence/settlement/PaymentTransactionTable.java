package dev.paydesk.adapters.persistence.settlement;

import org.jdbi.v3.core.Handle;

/**
 * THROWAWAY test-only copy of the transactions feature's {@code payment_transaction} table (its migration V3 is
 * written in parallel and is not on this branch). Same columns; never part of the main migrations.
 */
public final class PaymentTransactionTable {
    private PaymentTransactionTable() {
    }

    public static void create(Handle handle) {
        handle.execute("""
                CREATE TABLE IF NOT EXISTS payment_transaction (
                    id                   VARCHAR(40)  PRIMARY KEY,
                    merchant_id          VARCHAR(40)  NOT NULL,
                    reference            VARCHAR(100) NOT NULL,
                    amount               BIGINT       NOT NULL,
                    currency             CHAR(3)      NOT NULL,
                    status               VARCHAR(20)  NOT NULL,
                    payment_method_type  VARCHAR(20)  NOT NULL,
                    payment_method_brand VARCHAR(40),
                    payment_method_last4 VARCHAR(4),
                    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
                    completed_at         TIMESTAMP WITH TIME ZONE
                )""");
        handle.execute("CREATE INDEX IF NOT EXISTS payment_transaction_sweep ON payment_transaction (merchant_id, currency, status, completed_at)");
    }
}
