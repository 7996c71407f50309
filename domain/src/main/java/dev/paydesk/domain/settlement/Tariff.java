package dev.paydesk.domain.settlement;

import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A merchant's pricing (SPEC §8): per sale a fee of {@code rateBps × amount + fixedAmount}, and a
 * guarantee of {@code reserveBps × gross} held {@code reserveDays} calendar days.
 *
 * @param fixedAmount a fixed fee per sale, in minor units of the settlement's currency
 */
public record Tariff(int rateBps, long fixedAmount, int reserveBps, int reserveDays) {

    public static final int MAX_RESERVE_DAYS = 365;

    /** The tariff of a merchant until an operator sets another: 1.5 %, no fixed fee, 10 % held 30 days. */
    public static final Tariff DEFAULT = new Tariff(150, 0, 1000, 30);

    public Tariff {
        requireRate("rate_bps", rateBps);
        if (fixedAmount < 0) {
            throw DomainException.validation("fixed_amount", "must_not_be_negative", "fixed_amount must not be negative, got " + fixedAmount);
        }
        requireRate("reserve_bps", reserveBps);
        if (reserveDays < 0 || reserveDays > MAX_RESERVE_DAYS) {
            throw DomainException.validation("reserve_days", "between_0_and_365", "reserve_days must be between 0 and 365, got " + reserveDays);
        }
    }

    public BasisPoints rate() {
        return BasisPoints.of(rateBps);
    }

    public BasisPoints reserveRate() {
        return BasisPoints.of(reserveBps);
    }

    public Money fixedFee(Currency currency) {
        return new Money(fixedAmount, currency);
    }

    /** The fee of one sale: rate × amount rounded half-up to the minor unit, plus the fixed fee. */
    public Money feeFor(Money saleAmount) {
        return saleAmount.times(rate()).plus(fixedFee(saleAmount.currency()));
    }

    /** The date a guarantee held on {@code businessDate} is due back to {@code main}: reserveDays calendar days later. */
    public LocalDate reserveReleaseDate(LocalDate businessDate) {
        return businessDate.plusDays(reserveDays);
    }

    static void requireRate(String field, int bps) {
        if (bps < 0) {
            throw DomainException.validation(field, "must_not_be_negative", field + " must not be negative, got " + bps);
        }
        if (bps > BasisPoints.ONE_HUNDRED_PERCENT) {
            throw DomainException.validation(field, "at_most_10000", field + " must be at most 10000 (100 %), got " + bps);
        }
    }
}
