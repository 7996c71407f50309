package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.shared.DomainException;
import java.util.Currency;
import java.util.Objects;

/**
 * A supported country/currency pair: the country's local currency (NG/NGN, GH/GHS, KE/KES, SN/XOF,
 * CI/XOF, UG/UGX) or USD in any of those countries. The pair decides which account-number rules apply.
 */
public record PayoutCorridor(PayoutCountry country, Currency currency) {
    public static final Currency USD = Currencies.of("USD");

    public PayoutCorridor {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(currency, "currency");
        if (!currency.equals(country.localCurrency()) && !currency.equals(USD)) {
            throw new IllegalArgumentException("payouts in " + country.code() + " are in "
                    + country.localCurrency().getCurrencyCode() + " or USD, not " + currency.getCurrencyCode());
        }
    }

    /** Parses request input; refuses an unsupported country or pair with a validation error naming the field. */
    public static PayoutCorridor of(String countryCode, String currencyCode) {
        PayoutCountry country = PayoutCountry.fromCode(countryCode).orElseThrow(() -> DomainException.validation(
                "country", "unsupported_country", "payout accounts are offered in NG, GH, KE, SN, CI and UG, not " + countryCode));
        Currency currency;
        try {
            currency = Currencies.of(currencyCode);
        } catch (IllegalArgumentException unknown) {
            throw DomainException.validation("currency", "unsupported_currency", unknown.getMessage());
        }
        if (!currency.equals(country.localCurrency()) && !currency.equals(USD)) {
            throw DomainException.validation("currency", "unsupported_currency", "payout accounts in " + country.code()
                    + " are in " + country.localCurrency().getCurrencyCode() + " or USD, not " + currencyCode);
        }
        return new PayoutCorridor(country, currency);
    }

    public boolean isUsd() {
        return currency.equals(USD);
    }

    public boolean isLocalCurrency() {
        return !isUsd();
    }
}
