package dev.paydesk.application.transaction;

import dev.paydesk.application.refund.RefundRepository;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputableAmount;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.refund.TransactionRefunds;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Computes refunded, disputed and refundable amounts from the live refunds, inside the caller's unit of work. */
public final class TransactionViews {
    private final RefundRepository refunds;
    private final DisputedAmounts disputes;

    public TransactionViews(RefundRepository refunds, DisputedAmounts disputes) {
        this.refunds = refunds;
        this.disputes = disputes;
    }

    public TransactionView of(PaymentTransaction transaction) {
        return of(transaction, refunds.forTransactions(List.of(transaction.id())));
    }

    /** A transaction recorded in this unit of work: nothing can refund or dispute it yet, so nothing is read. */
    public TransactionView ofNew(PaymentTransaction transaction) {
        Money zero = Money.zero(transaction.amount().currency());
        return new TransactionView(transaction, new TransactionRefunds(transaction.amount(), zero, zero, zero));
    }

    public List<TransactionView> of(List<PaymentTransaction> transactions) {
        Map<TransactionId, List<Refund>> byTransaction = refunds.forTransactions(transactions.stream().map(PaymentTransaction::id).toList())
                .stream().collect(Collectors.groupingBy(Refund::transactionId));
        return transactions.stream().map(t -> of(t, byTransaction.getOrDefault(t.id(), List.of()))).toList();
    }

    /** The refund state of one transaction from its refunds (all of them, any status). */
    public TransactionRefunds refundsOf(PaymentTransaction transaction, List<Refund> itsRefunds) {
        return refundsOf(transaction, itsRefunds, disputes.disputedAmount(transaction));
    }

    /** The refund state of one transaction from its refunds and its disputes, both already read. */
    public TransactionRefunds refundsOf(PaymentTransaction transaction, List<Refund> itsRefunds, List<Dispute> itsDisputes) {
        return refundsOf(transaction, itsRefunds, DisputableAmount.disputedBy(itsDisputes, transaction.amount().currency()));
    }

    private static TransactionRefunds refundsOf(PaymentTransaction transaction, List<Refund> itsRefunds, Money disputed) {
        Money zero = Money.zero(transaction.amount().currency());
        Money refunded = zero;
        Money pending = zero;
        for (Refund refund : itsRefunds) {
            if (refund.status().isApproved()) {
                refunded = refunded.plus(refund.amount());
            } else if (refund.status() == RefundStatus.PENDING_APPROVAL) {
                pending = pending.plus(refund.amount());
            }
        }
        return new TransactionRefunds(transaction.amount(), refunded, pending, disputed);
    }

    private TransactionView of(PaymentTransaction transaction, List<Refund> itsRefunds) {
        return new TransactionView(transaction, refundsOf(transaction, itsRefunds));
    }
}
