package dev.paydesk.domain.dispute;

import dev.paydesk.domain.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long a merchant has to respond, per source, and the chargeback fee, per currency.
 *
 * <p>{@code respond_by} defaults to 7 calendar days (SPEC §7) for both sources, counted as 7 × 24 h
 * from the opening instant. The default chargeback fees are round local amounts of about USD 10, the
 * order of what card schemes pass on for a chargeback:
 * <table>
 *   <caption>Default chargeback fee</caption>
 *   <tr><th>currency</th><th>fee</th><th>minor units</th></tr>
 *   <tr><td>NGN</td><td>15,000.00</td><td>1,500,000</td></tr>
 *   <tr><td>GHS</td><td>150.00</td><td>15,000</td></tr>
 *   <tr><td>KES</td><td>1,300.00</td><td>130,000</td></tr>
 *   <tr><td>XOF</td><td>6,000</td><td>6,000</td></tr>
 *   <tr><td>UGX</td><td>37,000</td><td>37,000</td></tr>
 *   <tr><td>USD</td><td>10.00</td><td>1,000</td></tr>
 * </table>
 * A currency left out of the table carries no fee (put it in with the amount to charge one); claims
 * never carry a fee.
 */
public record DisputeSettings(Map<DisputeSource, Integer> respondByDays, Map<Currency, Money> chargebackFees) {

    public static final int DEFAULT_RESPOND_BY_DAYS = 7;
    /** The latest {@code respond_by} an operator may set, and the longest configurable default. */
    public static final int MAX_RESPOND_BY_DAYS = 120;

    public static final DisputeSettings DEFAULT = new DisputeSettings(
            Map.of(DisputeSource.CLAIM, DEFAULT_RESPOND_BY_DAYS, DisputeSource.CHARGEBACK, DEFAULT_RESPOND_BY_DAYS),
            Map.of(Currency.getInstance("NGN"), Money.of(1_500_000, "NGN"),
                    Currency.getInstance("GHS"), Money.of(15_000, "GHS"),
                    Currency.getInstance("KES"), Money.of(130_000, "KES"),
                    Currency.getInstance("XOF"), Money.of(6_000, "XOF"),
                    Currency.getInstance("UGX"), Money.of(37_000, "UGX"),
                    Currency.getInstance("USD"), Money.of(1_000, "USD")));

    public DisputeSettings {
        Objects.requireNonNull(respondByDays, "respondByDays");
        Objects.requireNonNull(chargebackFees, "chargebackFees");
        for (DisputeSource source : DisputeSource.values()) {
            Integer days = respondByDays.get(source);
            if (days == null || days < 1 || days > MAX_RESPOND_BY_DAYS) {
                throw new IllegalArgumentException("respond_by days for " + source.code() + " must be 1 to " + MAX_RESPOND_BY_DAYS + ", got " + days);
            }
        }
        chargebackFees.forEach((currency, fee) -> {
            if (!fee.currency().equals(currency)) {
                throw new IllegalArgumentException("the chargeback fee for " + currency + " is in " + fee.currencyCode());
            }
            if (fee.isNegative()) {
                throw new IllegalArgumentException("a chargeback fee is not negative: " + fee);
            }
        });
        respondByDays = Map.copyOf(new EnumMap<>(respondByDays));
        chargebackFees = Map.copyOf(chargebackFees);
    }

    /** The default deadline of a dispute of this source opened at {@code openedAt}. */
    public Instant defaultRespondBy(DisputeSource source, Instant openedAt) {
        return openedAt.plus(Duration.ofDays(respondByDays.get(source)));
    }

    /** Zero for a claim; the configured fee (zero when none) for a chargeback. */
    public Money chargebackFee(DisputeSource source, Currency currency) {
        if (source == DisputeSource.CLAIM) {
            return Money.zero(currency);
        }
        return chargebackFees.getOrDefault(currency, Money.zero(currency));
    }

    public DisputeSettings withRespondByDays(DisputeSource source, int days) {
        Map<DisputeSource, Integer> changed = new EnumMap<>(respondByDays);
        changed.put(source, days);
        return new DisputeSettings(changed, chargebackFees);
    }

    public DisputeSettings withChargebackFee(Money fee) {
        Map<Currency, Money> changed = new HashMap<>(chargebackFees);
        changed.put(fee.currency(), fee);
        return new DisputeSettings(respondByDays, changed);
    }
}
