package dev.paydesk.domain.settlement;

import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.money.BasisPoints;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The VAT rate charged on fees, per country, in basis points. Immutable: {@link #with} returns new rates. */
public final class VatRates {

    /** SPEC §8 defaults: NG 7.5 %, GH 15 %, KE 16 %, SN 18 %, CI 18 %, UG 18 %. */
    public static final VatRates DEFAULTS = new VatRates(Map.of(
            Country.NG, BasisPoints.of(750),
            Country.GH, BasisPoints.of(1500),
            Country.KE, BasisPoints.of(1600),
            Country.SN, BasisPoints.of(1800),
            Country.CI, BasisPoints.of(1800),
            Country.UG, BasisPoints.of(1800)));

    private final Map<Country, BasisPoints> byCountry;

    private VatRates(Map<Country, BasisPoints> byCountry) {
        EnumMap<Country, BasisPoints> complete = new EnumMap<>(Country.class);
        for (Country country : Country.values()) {
            BasisPoints rate = Objects.requireNonNull(byCountry.get(country), () -> "no VAT rate for " + country);
            Tariff.requireRate("vat_bps", rate.value());
            complete.put(country, rate);
        }
        this.byCountry = Collections.unmodifiableMap(complete);
    }

    public BasisPoints rateFor(Country country) {
        return byCountry.get(Objects.requireNonNull(country, "country"));
    }

    public VatRates with(Country country, int bps) {
        return with(country, BasisPoints.of(bps));
    }

    public VatRates with(Country country, BasisPoints rate) {
        EnumMap<Country, BasisPoints> changed = new EnumMap<>(byCountry);
        changed.put(Objects.requireNonNull(country, "country"), Objects.requireNonNull(rate, "rate"));
        return new VatRates(changed);
    }

    public Map<Country, BasisPoints> asMap() {
        return byCountry;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VatRates that && byCountry.equals(that.byCountry);
    }

    @Override
    public int hashCode() {
        return byCountry.hashCode();
    }

    @Override
    public String toString() {
        return "VatRates" + byCountry;
    }
}
