package dev.paydesk.application.dispute;

import dev.paydesk.application.transaction.DisputedAmounts;
import dev.paydesk.domain.dispute.DisputableAmount;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.transaction.PaymentTransaction;
import java.util.List;

/** The disputed amount of a transaction (SPEC §5): Σ its disputes that are open or lost, read in the caller's unit of work. */
public final class OpenOrLostDisputes implements DisputedAmounts {
    private final DisputeRepository disputes;

    public OpenOrLostDisputes(DisputeRepository disputes) {
        this.disputes = disputes;
    }

    @Override
    public Money disputedAmount(PaymentTransaction transaction) {
        return DisputableAmount.disputedBy(disputes.forTransactions(List.of(transaction.id().value())), transaction.amount().currency());
    }
}
