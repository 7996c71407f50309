package dev.paydesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrefixedIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"mer_0", "mer_01M8GEHHQQ2ZVEB7RV6NYYQWA2", "mer_azAZ09",
            "mer_0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsOneToSixtyFourLettersAndDigitsAfterThePrefix(String id) {
        assertThat(PrefixedId.isValid(id, "mer_")).isTrue();
        assertThat(PrefixedId.require(id, "mer_")).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mer_", "txn_01M8", "mer01M8", "mer_01M8-", "mer_01 M8", "mer_01M8/", "mer_é1", "mer_١٢",
            "mer_01234567890123456789012345678901234567890123456789012345678901234", "MER_01M8", "mer_:", "mer_@", "mer_[", "mer_`", "mer_{"})
    void refusesAnythingElse(String id) {
        assertThat(PrefixedId.isValid(id, "mer_")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> PrefixedId.require(id, "mer_")).withMessageContaining("mer_");
    }

    @org.junit.jupiter.api.Test
    void refusesNull() {
        assertThat(PrefixedId.isValid(null, "mer_")).isFalse();
    }
}
