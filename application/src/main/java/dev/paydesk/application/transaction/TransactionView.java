package dev.paydesk.application.transaction;

import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.TransactionRefunds;
import dev.paydesk.domain.transaction.PaymentTransaction;

/**
 * A transaction as merchants see it, with what was refunded and what can still be: amount =
 * refunded + pending_refund + disputed + refundable (while nothing is over-disputed).
 */
public record TransactionView(PaymentTransaction transaction, TransactionRefunds refunds) {

    /** Σ refunds approved: processing, failed or completed. */
    public Money refundedAmount() {
        return refunds.refunded();
    }

    /** Σ refunds waiting for approval; they already count against the refundable amount. */
    public Money pendingRefundAmount() {
        return refunds.pendingApproval();
    }

    public Money disputedAmount() {
        return refunds.disputed();
    }

    public Money refundableAmount() {
        return transaction.isCompleted() ? refunds.refundable() : Money.zero(transaction.amount().currency());
    }
}
