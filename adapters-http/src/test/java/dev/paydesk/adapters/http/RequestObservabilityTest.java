package dev.paydesk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestObservabilityTest {

    @ParameterizedTest
    @CsvSource({"0, 0.00", "4999, 0.00", "5000, 0.01", "90000, 0.09", "100000, 0.10", "12405000, 12.41", "12404999, 12.40",
            "999995000, 1000.00", "3000000000, 3000.00"})
    void durationsAreLoggedInMillisecondsWithTwoDecimalsRoundedHalfUp(long nanos, String logged) {
        assertThat(RequestObservability.millisWithTwoDecimals(nanos)).isEqualTo(logged);
    }

    @ParameterizedTest
    @CsvSource({"mer_01J8ZK3, true", "pa_7, true", "rf_ABCdef123, true", "0123456789, false", "SN08SN0100152000048500003035, false",
            "_abc, false", "Mer_01, false", "mer_, false", "mer_01-2, false", "acct_01 23, false"})
    void onlyPathParametersShapedLikeIdsAreLogged(String value, boolean logged) {
        assertThat(RequestObservability.looksLikeId(value)).isEqualTo(logged);
    }
}
