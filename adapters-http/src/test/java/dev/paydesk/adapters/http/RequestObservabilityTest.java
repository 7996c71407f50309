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
}
