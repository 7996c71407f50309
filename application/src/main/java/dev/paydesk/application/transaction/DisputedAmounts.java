package dev.paydesk.application.transaction;

import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.transaction.PaymentTransaction;

/**
 * Outbound port: Σ disputed amounts of a transaction's disputes that are open or lost (SPEC §5),
 * read inside the caller's unit of work. Disputes come later; until then {@link #NONE}.
 */
public interface DisputedAmounts {

    DisputedAmounts NONE = transaction -> Money.zero(transaction.amount().currency());

    Money disputedAmount(PaymentTransaction transaction);
}
