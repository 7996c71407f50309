package dev.paydesk.domain.ledger;

import dev.paydesk.domain.money.Money;
import java.util.Objects;

/**
 * One line of a journal entry. The amount is signed and adds to the account's balance:
 * money moving from A to B is a negative posting on A and a positive one on B.
 */
public record Posting(LedgerAccount account, Money amount) {
    public Posting {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(amount, "amount");
        if (!account.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("posting of " + amount.currencyCode() + " on account " + account.key());
        }
        if (amount.isZero()) {
            throw new IllegalArgumentException("a posting moves money: zero on " + account.key());
        }
    }
}
