package dev.paydesk.application.transaction;

import dev.paydesk.application.dispute.DisputeRepository;
import dev.paydesk.application.refund.RefundRepository;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.util.List;
import java.util.Optional;

/**
 * Port: a transaction locked for a new claim on its amount (a refund or a dispute), with the claims already on it — all its
 * refunds and disputes, read after the lock so that concurrent claims on one transaction are decided one after the other.
 * One port rather than three repository calls so that an adapter can send the lock and both reads in one round trip.
 */
public interface TransactionClaims {

    /** Empty when no transaction has this id. Runs in the caller's unit of work and holds the lock until it ends. */
    Optional<Claimed> lockWithClaims(TransactionId id);

    record Claimed(PaymentTransaction transaction, List<Refund> refunds, List<Dispute> disputes) {
        public Claimed {
            refunds = List.copyOf(refunds);
            disputes = List.copyOf(disputes);
        }
    }

    /** The three reads one after the other, for an adapter with nothing to gain from sending them together. */
    static TransactionClaims readFrom(TransactionRepository transactions, RefundRepository refunds, DisputeRepository disputes) {
        return id -> transactions.findForUpdate(id).map(transaction -> new Claimed(transaction,
                refunds.forTransactions(List.of(id)), disputes.forTransactions(List.of(id.value()))));
    }
}
