package dev.paydesk.domain.calendar;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/** The countries Paydesk serves, with the time zone their business days and cutoffs are counted in. */
public enum Country {
    NG("Africa/Lagos", "NGN"),
    GH("Africa/Accra", "GHS"),
    KE("Africa/Nairobi", "KES"),
    SN("Africa/Dakar", "XOF"),
    CI("Africa/Abidjan", "XOF"),
    UG("Africa/Kampala", "UGX");

    private final ZoneId zone;
    private final Currency defaultCurrency;

    Country(String zone, String defaultCurrency) {
        this.zone = ZoneId.of(zone);
        this.defaultCurrency = Currency.getInstance(defaultCurrency);
    }

    public ZoneId zone() {
        return zone;
    }

    public Currency defaultCurrency() {
        return defaultCurrency;
    }

    /** The ISO 3166 alpha-2 code, e.g. {@code NG}. */
    public String code() {
        return name();
    }

    /** Parses an ISO 3166 alpha-2 code of a served country, in any case. */
    public static Country fromCode(String code) {
        if (code != null) {
            for (Country country : values()) {
                if (country.name().equals(code.trim().toUpperCase(Locale.ROOT))) {
                    return country;
                }
            }
        }
        throw new IllegalArgumentException("not a served country: " + code);
    }
}
