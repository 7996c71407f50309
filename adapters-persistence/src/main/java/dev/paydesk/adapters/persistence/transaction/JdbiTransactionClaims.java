package dev.paydesk.adapters.persistence.transaction;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.OneRoundTrip;
import dev.paydesk.adapters.persistence.refund.JdbiRefundRepository;
import dev.paydesk.application.dispute.DisputeRepository;
import dev.paydesk.application.transaction.TransactionClaims;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.util.List;
import java.util.Optional;

/**
 * Each set of reads in one round trip (on PostgreSQL): a transaction's lock with its refunds and disputes; a refund's
 * lock with its transaction. A dispute's evidence documents are its repository's to read; few transactions are
 * disputed, so their disputes are only counted here and read in full when there are some.
 */
public final class JdbiTransactionClaims implements TransactionClaims {
    private final JdbiUnitOfWork unitOfWork;
    private final DisputeRepository disputes;

    public JdbiTransactionClaims(JdbiUnitOfWork unitOfWork, DisputeRepository disputes) {
        this.unitOfWork = unitOfWork;
        this.disputes = disputes;
    }

    private record Read(List<PaymentTransaction> transaction, List<Refund> refunds, long disputes) {
    }

    @Override
    public Optional<Claimed> lockWithClaims(TransactionId id) {
        Read read = new OneRoundTrip()
                .query(JdbiTransactionRepository.LOCK_BY_ID, id.value())
                .query(JdbiRefundRepository.OF_TRANSACTION, id.value())
                .query("SELECT COUNT(*) FROM dispute WHERE transaction_id = ?", id.value())
                .read(unitOfWork.transaction(), results -> new Read(results.next(JdbiTransactionRepository::read),
                        results.next(JdbiRefundRepository::read), results.next(row -> row.getLong(1)).get(0)));
        if (read.transaction().isEmpty()) {
            return Optional.empty();
        }
        List<Dispute> itsDisputes = read.disputes() == 0 ? List.of() : disputes.forTransactions(List.of(id.value()));
        return Optional.of(new Claimed(read.transaction().get(0), read.refunds(), itsDisputes));
    }

    @Override
    public Optional<LockedRefund> lockRefund(RefundId id) {
        return new OneRoundTrip()
                .query(JdbiRefundRepository.LOCK_BY_ID, id.value())
                .query(JdbiTransactionRepository.OF_REFUND, id.value())
                .read(unitOfWork.transaction(), results -> {
                    List<Refund> refund = results.next(JdbiRefundRepository::read);
                    List<PaymentTransaction> transaction = results.next(JdbiTransactionRepository::read);
                    return refund.isEmpty() ? Optional.<LockedRefund>empty() : Optional.of(new LockedRefund(refund.get(0), transaction.get(0)));
                });
    }
}
