package dev.paydesk.application.transaction;

import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.transaction.PaymentTransaction;

/**
 * Outbound port: Σ disputed amounts of a transaction's disputes that are open or lost (SPEC §5),
 * read inside the caller's unit of work; {@link #NONE} for an embedding without disputes.
 */
public interface DisputedAmounts {

    DisputedAmounts NONE = transaction -> Money.zero(transaction.amount().currency());

    Money disputedAmount(PaymentTransaction transaction);
}
