package dev.paydesk.domain.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.money.BasisPoints;
import dev.paydesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TariffAndVatRatesTest {

    @Test
    void theDefaultTariffIsOnePointFivePercentNoFixedFeeTenPercentHeldThirtyDays() {
        assertThat(Tariff.DEFAULT).isEqualTo(new Tariff(150, 0, 1000, 30));
    }

    @ParameterizedTest
    @CsvSource({"-1,0,1000,30,rate_bps,must_not_be_negative", "10001,0,1000,30,rate_bps,at_most_10000",
            "150,-1,1000,30,fixed_amount,must_not_be_negative", "150,0,-5,30,reserve_bps,must_not_be_negative",
            "150,0,10001,30,reserve_bps,at_most_10000", "150,0,1000,-1,reserve_days,between_0_and_365",
            "150,0,1000,366,reserve_days,between_0_and_365"})
    void anInvalidTariffIsRefusedNamingTheFieldAndTheRule(int rateBps, long fixed, int reserveBps, int reserveDays, String field, String rule) {
        assertThatThrownBy(() -> new Tariff(rateBps, fixed, reserveBps, reserveDays))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo(field);
                        assertThat(error.code()).isEqualTo(rule);
                    });
                });
    }

    @Test
    void limitValuesAreAccepted() {
        assertThat(new Tariff(10_000, 0, 10_000, 365).reserveDays()).isEqualTo(365);
        assertThat(new Tariff(0, 0, 0, 0).rate()).isEqualTo(BasisPoints.of(0));
    }

    @ParameterizedTest
    @CsvSource({"NG,750", "GH,1500", "KE,1600", "SN,1800", "CI,1800", "UG,1800"})
    void defaultVatRatesFollowTheSpec(Country country, int bps) {
        assertThat(VatRates.DEFAULTS.rateFor(country)).isEqualTo(BasisPoints.of(bps));
    }

    @Test
    void changingARateGivesNewRatesAndLeavesTheOldOnes() {
        VatRates changed = VatRates.DEFAULTS.with(Country.GH, 2000);
        assertThat(changed.rateFor(Country.GH)).isEqualTo(BasisPoints.of(2000));
        assertThat(changed.rateFor(Country.NG)).isEqualTo(BasisPoints.of(750));
        assertThat(VatRates.DEFAULTS.rateFor(Country.GH)).isEqualTo(BasisPoints.of(1500));
        assertThatThrownBy(() -> VatRates.DEFAULTS.with(Country.GH, 10_001)).isInstanceOf(DomainException.class);
    }
}
