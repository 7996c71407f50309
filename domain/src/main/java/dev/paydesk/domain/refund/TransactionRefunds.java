package dev.paydesk.domain.refund;

import dev.paydesk.domain.money.Money;
import java.util.Objects;

/**
 * What is left to refund on one transaction (SPEC §5): amount − refunds pending approval,
 * processing, failed or completed − disputed amounts of open or lost disputes.
 *
 * @param refunded        Σ refunds approved: processing, failed and completed (the merchant has been debited)
 * @param pendingApproval Σ refunds waiting for approval
 * @param disputed        Σ disputed amounts of disputes that are open or lost
 */
public record TransactionRefunds(Money amount, Money refunded, Money pendingApproval, Money disputed) {
    public TransactionRefunds {
        Objects.requireNonNull(amount, "amount");
        amount.requireSameCurrency(refunded);
        amount.requireSameCurrency(pendingApproval);
        amount.requireSameCurrency(disputed);
    }

    /** Never negative: a dispute opened on an already refunded amount cannot make it so, but be safe. */
    public Money refundable() {
        Money left = amount.minus(refunded).minus(pendingApproval).minus(disputed);
        return left.isNegative() ? Money.zero(amount.currency()) : left;
    }
}
