package dev.paydesk.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"NGN,2", "GHS,2", "KES,2", "USD,2", "XOF,0", "UGX,0"})
    void minorDigitsFollowIso4217(String code, int digits) {
        assertThat(Money.of(1, code).minorDigits()).isEqualTo(digits);
    }

    @Test
    void amountsOfOneCurrencyAddAndSubtract() {
        assertThat(Money.of(150_000, "NGN").plus(Money.of(50, "NGN"))).isEqualTo(Money.of(150_050, "NGN"));
        assertThat(Money.of(100, "XOF").minus(Money.of(250, "XOF"))).isEqualTo(Money.of(-150, "XOF"));
    }

    @Test
    void mixingCurrenciesIsRefused() {
        assertThatThrownBy(() -> Money.of(1, "NGN").plus(Money.of(1, "GHS"))).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("NGN").hasMessageContaining("GHS");
        assertThatThrownBy(() -> Money.of(1, "XOF").minus(Money.of(1, "UGX"))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> Money.of(1, "XOF").compareTo(Money.of(1, "USD"))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void overflowIsAnErrorNotAWrap() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "NGN").plus(Money.of(1, "NGN"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, "NGN").minus(Money.of(1, "NGN"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, "NGN").negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "NGN").times(BasisPoints.of(20_000))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void unknownOrMalformedCurrencyCodesAreRefused() {
        assertThatThrownBy(() -> Money.of(1, "ngn")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(1, "ZZZ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "100000, 150, 1500",   // 1,000.00 NGN at 1.5 %
            "1500, 750, 113",      // VAT 7.5 % of 15.00: 112.5 rounds up
            "1001, 150, 15",       // 15.015 rounds down
            "1000, 5, 1",          // 0.5 rounds up
            "999, 5, 0",           // 0.4995 rounds down
            "-1500, 750, -113",    // halves go away from zero
            "0, 150, 0",
            "123, 10000, 123"})
    void basisPointsRoundHalfUpToTheMinorUnit(long amount, int bps, long expected) {
        assertThat(Money.of(amount, "NGN").times(BasisPoints.of(bps)).minorUnits()).isEqualTo(expected);
    }

    @RepeatedTest(20)
    void basisPointsAgreeWithExactDecimalArithmetic() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 1_000; i++) {
            long amount = random.nextLong() / (1L << random.nextInt(40));
            int bps = random.nextInt(20_001);
            java.math.BigDecimal exact = java.math.BigDecimal.valueOf(amount).multiply(java.math.BigDecimal.valueOf(bps))
                    .divide(java.math.BigDecimal.valueOf(10_000), 0, java.math.RoundingMode.HALF_UP);
            if (exact.toBigInteger().bitLength() > 63) {
                continue;
            }
            assertThat(Money.of(amount, "XOF").times(BasisPoints.of(bps)).minorUnits())
                    .as("seed %d: %d × %d bp", seed, amount, bps).isEqualTo(exact.longValueExact());
        }
    }

    @RepeatedTest(20)
    void additionIsExactAndReversible() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 1_000; i++) {
            Money a = Money.of(random.nextLong() >> 2, "KES");
            Money b = Money.of(random.nextLong() >> 2, "KES");
            assertThat(a.plus(b).minus(b)).as("seed %d", seed).isEqualTo(a);
            assertThat(a.plus(b)).as("seed %d", seed).isEqualTo(b.plus(a));
            assertThat(a.minus(b)).as("seed %d", seed).isEqualTo(b.minus(a).negate());
        }
    }

    @Test
    void negativeBasisPointsAreRefused() {
        assertThatThrownBy(() -> BasisPoints.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "100000|NGN|NGN 1,000.00",
            "5|NGN|NGN 0.05",
            "-123456789|KES|KES -1,234,567.89",
            "5000|XOF|XOF 5,000",
            "999|UGX|UGX 999",
            "0|USD|USD 0.00",
            "1000000|XOF|XOF 1,000,000"})
    void displayUsesTheCurrencysMinorDigits(long amount, String currency, String expected) {
        assertThat(Money.of(amount, currency).display()).isEqualTo(expected);
    }

    @Test
    void displayHandlesTheExtremes() {
        assertThat(Money.of(Long.MIN_VALUE, "XOF").display()).isEqualTo("XOF -9,223,372,036,854,775,808");
        assertThat(Money.of(Long.MAX_VALUE, "NGN").display()).isEqualTo("NGN 92,233,720,368,547,758.07");
    }

    @Test
    void comparisonWithinOneCurrency() {
        assertThat(Money.of(5, "NGN").compareTo(Money.of(6, "NGN"))).isNegative();
        assertThat(Money.of(5, "NGN").max(Money.of(6, "NGN"))).isEqualTo(Money.of(6, "NGN"));
        assertThat(Money.of(5, "NGN").min(Money.of(6, "NGN"))).isEqualTo(Money.of(5, "NGN"));
        assertThat(Money.of(-5, "NGN").abs()).isEqualTo(Money.of(5, "NGN"));
    }
}
