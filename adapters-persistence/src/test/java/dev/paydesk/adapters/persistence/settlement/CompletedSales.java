package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.memory.InMemorySweepableSales;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test stand-in for the transactions feature: records a completed sale where the adapter's {@code SweepableSales}
 * reads it (the in-memory store, or the {@code payment_transaction} table created by {@link PaymentTransactionTable}),
 * and posts its completion, acquirer_clearing → shop, as the transactions feature will.
 */
final class CompletedSales {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final PaydeskPorts ports;

    CompletedSales(PaydeskPorts ports) {
        this.ports = ports;
        if (ports.unitOfWork() instanceof JdbiUnitOfWork) {
            ports.unitOfWork().run(() -> PaymentTransactionTable.create(((JdbiUnitOfWork) ports.unitOfWork()).transaction().handle()));
        }
    }

    /** A new sale completed at {@code completedAt}; returns its transaction id. */
    String complete(MerchantId merchantId, Money amount, Instant completedAt) {
        String id = "txn_T" + String.format("%012d", SEQUENCE.incrementAndGet());
        ports.unitOfWork().run(() -> {
            record(id, merchantId, amount, "completed", completedAt);
            ports.ledger().append(JournalEntry.builder("jnl_" + id.substring(4), EntryCause.of(EntryCause.Kind.TRANSACTION, id), "complete_transaction", completedAt)
                    .transfer(LedgerAccount.platform(PlatformAccountType.ACQUIRER_CLEARING, amount.currency()),
                            LedgerAccount.merchant(merchantId, MerchantAccountType.SHOP, amount.currency()), amount)
                    .build());
        });
        return id;
    }

    /** A sale in another status (JDBI only: the in-memory store holds completed sales only). */
    void recordInStatus(MerchantId merchantId, Money amount, String status, Instant at) {
        String id = "txn_S" + String.format("%012d", SEQUENCE.incrementAndGet());
        ports.unitOfWork().run(() -> record(id, merchantId, amount, status, at));
    }

    private void record(String id, MerchantId merchantId, Money amount, String status, Instant completedAt) {
        if (ports.sweepableSales() instanceof InMemorySweepableSales memory) {
            if (status.equals("completed")) {
                memory.recordCompletedSale(id, merchantId, amount, completedAt);
            }
            return;
        }
        ((JdbiUnitOfWork) ports.unitOfWork()).transaction().handle()
                .createUpdate("INSERT INTO payment_transaction (id, merchant_id, reference, amount, currency, status, payment_method_type, "
                        + "created_at, completed_at) VALUES (:id, :merchantId, :reference, :amount, :currency, :status, 'card', :at, :completedAt)")
                .bind("id", id).bind("merchantId", merchantId.value()).bind("reference", "ref-" + id)
                .bind("amount", amount.minorUnits()).bind("currency", amount.currencyCode()).bind("status", status)
                .bind("at", completedAt.atOffset(ZoneOffset.UTC))
                .bindByType("completedAt", status.equals("completed") ? completedAt.atOffset(ZoneOffset.UTC) : null, java.time.OffsetDateTime.class)
                .execute();
    }
}
