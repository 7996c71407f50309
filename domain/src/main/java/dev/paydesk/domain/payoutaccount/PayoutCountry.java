package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.money.Currencies;
import java.util.Currency;
import java.util.Optional;

/** The countries with local-currency payouts (SPEC §10) and the local currency of each. */
public enum PayoutCountry {
    NG("NGN"),
    GH("GHS"),
    KE("KES"),
    SN("XOF"),
    CI("XOF"),
    UG("UGX");

    private final Currency localCurrency;

    PayoutCountry(String localCurrency) {
        this.localCurrency = Currencies.of(localCurrency);
    }

    public Currency localCurrency() {
        return localCurrency;
    }

    /** The ISO 3166 alpha-2 code, e.g. {@code CI} (the seed's "IC" is not accepted). */
    public String code() {
        return name();
    }

    public static Optional<PayoutCountry> fromCode(String code) {
        for (PayoutCountry country : values()) {
            if (country.name().equals(code)) {
                return Optional.of(country);
            }
        }
        return Optional.empty();
    }
}
