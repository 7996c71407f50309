package dev.paydesk.domain.money;

import java.util.Currency;

/** Raised when two amounts of different currencies meet in one operation: never a silent conversion. */
public final class CurrencyMismatchException extends IllegalArgumentException {
    public CurrencyMismatchException(Currency left, Currency right) {
        super("currency mismatch: " + left.getCurrencyCode() + " and " + right.getCurrencyCode());
    }
}
