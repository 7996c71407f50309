package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records a completed sale through the adapter's real {@code TransactionRepository} (the {@code payment_transaction}
 * table, or the in-memory repository) and posts its completion, acquirer_clearing → shop, exactly as
 * {@code RecordTransaction} does — but at any completion time the test chooses.
 */
final class CompletedSales {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final PaydeskPorts ports;

    CompletedSales(PaydeskPorts ports) {
        this.ports = ports;
    }

    /** A new sale completed at {@code completedAt}; returns its transaction id. */
    String complete(MerchantId merchantId, Money amount, Instant completedAt) {
        String id = "txn_T" + String.format("%012d", SEQUENCE.incrementAndGet());
        PaymentTransaction sale = PaymentTransaction.record(new TransactionId(id), merchantId, "ref-" + id, amount,
                PaymentMethod.of(PaymentMethodType.CARD), true, completedAt);
        ports.unitOfWork().run(() -> {
            ports.transactions().add(sale);
            ports.ledger().append(sale.completionEntry(JournalEntry.ID_PREFIX + id.substring(4), "complete_transaction"));
        });
        return id;
    }
}
