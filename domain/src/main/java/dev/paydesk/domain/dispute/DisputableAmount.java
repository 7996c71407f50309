package dev.paydesk.domain.dispute;

import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import java.util.Collection;
import java.util.Currency;
import java.util.Objects;

/**
 * What is left to dispute on one transaction, and the other side of SPEC §5's refundable amount:
 * disputes that are open or lost count against what may still be refunded, and refunds count against
 * what may still be disputed, so that refunds and disputes together never exceed the amount.
 *
 * @param transactionAmount the transaction's amount
 * @param refunded          Σ refunds that hold part of the amount: pending approval, processing, failed or completed
 *                          (a refund waiting for approval counts, or approving it later could overdraw the transaction)
 * @param disputed          Σ amounts of the transaction's other disputes that are open or lost ({@link #disputedBy})
 */
public record DisputableAmount(Money transactionAmount, Money refunded, Money disputed) {

    public DisputableAmount {
        Objects.requireNonNull(transactionAmount, "transactionAmount");
        transactionAmount.requireSameCurrency(refunded);
        transactionAmount.requireSameCurrency(disputed);
        if (refunded.isNegative() || disputed.isNegative()) {
            throw new IllegalArgumentException("refunded and disputed amounts are not negative");
        }
    }

    /** Σ amounts of the disputes that hold part of a transaction: open (needs_response, under_review) or lost. */
    public static Money disputedBy(Collection<Dispute> disputes, Currency currency) {
        Money sum = Money.zero(currency);
        for (Dispute dispute : disputes) {
            if (dispute.holdsTransactionAmount()) {
                sum = sum.plus(dispute.amount());
            }
        }
        return sum;
    }

    /** amount − refunded − disputed, never below zero. */
    public Money disputable() {
        Money left = transactionAmount.minus(refunded).minus(disputed);
        return left.isNegative() ? Money.zero(transactionAmount.currency()) : left;
    }

    public boolean covers(Money amount) {
        return amount.compareTo(disputable()) <= 0;
    }

    /** Refuses, on field {@code amount} with code {@code exceeds_disputable}, an amount above {@link #disputable()}. */
    public void requireCovers(Money amount) {
        if (!covers(amount)) {
            throw DomainException.validation("amount", Dispute.EXCEEDS_DISPUTABLE, exceedsMessage(amount));
        }
    }

    String exceedsMessage(Money amount) {
        return "amount " + amount + " exceeds the disputable " + disputable() + " (transaction " + transactionAmount
                + ", refunded " + refunded + ", other disputes " + disputed + ")";
    }

    public Currency currency() {
        return transactionAmount.currency();
    }
}
