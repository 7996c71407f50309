package dev.paydesk.application.transaction;

import dev.paydesk.application.dispute.DisputeRepository;
import dev.paydesk.application.refund.RefundRepository;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.util.List;
import java.util.Optional;

/**
 * Port: the reads a claim on a transaction's amount (a refund or a dispute) is decided on, each set taken together so that
 * an adapter can send them in one round trip rather than one repository call after the other.
 */
public interface TransactionClaims {

    /**
     * A transaction locked for a new claim, with the claims already on it — all its refunds and disputes, read after the
     * lock so that concurrent claims on one transaction are decided one after the other. Empty when no transaction has
     * this id. Runs in the caller's unit of work and holds the lock until it ends.
     */
    Optional<Claimed> lockWithClaims(TransactionId id);

    /** A refund locked for a decision on it, with the transaction it refunds (read, not locked). Empty when no refund has this id. */
    Optional<LockedRefund> lockRefund(RefundId id);

    record Claimed(PaymentTransaction transaction, List<Refund> refunds, List<Dispute> disputes) {
        public Claimed {
            refunds = List.copyOf(refunds);
            disputes = List.copyOf(disputes);
        }
    }

    record LockedRefund(Refund refund, PaymentTransaction transaction) {
    }

    /** The reads one after the other, for an adapter with nothing to gain from sending them together. */
    static TransactionClaims readFrom(TransactionRepository transactions, RefundRepository refunds, DisputeRepository disputes) {
        return new TransactionClaims() {
            @Override
            public Optional<Claimed> lockWithClaims(TransactionId id) {
                return transactions.findForUpdate(id).map(transaction -> new Claimed(transaction,
                        refunds.forTransactions(List.of(id)), disputes.forTransactions(List.of(id.value()))));
            }

            @Override
            public Optional<LockedRefund> lockRefund(RefundId id) {
                return refunds.findForUpdate(id).map(refund -> new LockedRefund(refund, transactions.find(refund.transactionId())
                        .orElseThrow(() -> new IllegalStateException("refund " + id + " of a missing transaction"))));
            }
        };
    }
}
