package dev.paydesk.domain.money;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, in whole minor units (ISO 4217 minor digits: NGN has 2, XOF has 0).
 * Arithmetic stays within one currency and fails on overflow instead of wrapping.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode() + " has no minor units defined by ISO 4217");
        }
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currencies.of(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public int minorDigits() {
        return currency.getDefaultFractionDigits();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public Money abs() {
        return minorUnits < 0 ? negate() : this;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** This amount times a basis-point rate (1 bp = 0.01 %), rounded half-up (away from zero on .5) to the minor unit. */
    public Money times(BasisPoints rate) {
        return new Money(rate.applyTo(minorUnits), currency);
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    public boolean isSameCurrency(Money other) {
        return currency.equals(other.currency);
    }

    public void requireSameCurrency(Money other) {
        if (!isSameCurrency(other)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    /** Plain display form with the ISO code and a dot separator, e.g. {@code NGN 1,000.50} or {@code XOF 5,000}. */
    public String display() {
        return MoneyFormat.display(this);
    }

    @Override
    public String toString() {
        return display();
    }
}
