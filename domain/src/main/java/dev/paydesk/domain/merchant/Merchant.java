package dev.paydesk.domain.merchant;

import dev.paydesk.domain.calendar.Country;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/** A merchant of the provider: name, country, default currency and KYC state. */
public record Merchant(MerchantId id, String name, Country country, Currency defaultCurrency, Kyc kyc, Instant createdAt) {

    public Merchant {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a merchant has a name of 1 to 200 characters");
        }
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        Objects.requireNonNull(kyc, "kyc");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean verified() {
        return kyc.verified();
    }

    public Merchant withKyc(Kyc newKyc) {
        return new Merchant(id, name, country, defaultCurrency, newKyc, createdAt);
    }
}
