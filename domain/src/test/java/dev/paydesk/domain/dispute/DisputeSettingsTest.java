package dev.paydesk.domain.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisputeSettingsTest {
    private static final Instant NOW = Instant.parse("2026-03-28T23:30:00Z");

    @Test
    void theDefaultsGiveSevenCalendarDaysToRespond() {
        assertThat(DisputeSettings.DEFAULT.defaultRespondBy(DisputeSource.CLAIM, NOW)).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(DisputeSettings.DEFAULT.defaultRespondBy(DisputeSource.CHARGEBACK, NOW)).isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void theDefaultFeeTableCoversEveryPayoutCurrency() {
        assertThat(DisputeSettings.DEFAULT.chargebackFees()).containsOnlyKeys(
                Currency.getInstance("NGN"), Currency.getInstance("GHS"), Currency.getInstance("KES"),
                Currency.getInstance("XOF"), Currency.getInstance("UGX"), Currency.getInstance("USD"));
        assertThat(DisputeSettings.DEFAULT.chargebackFee(DisputeSource.CHARGEBACK, Currency.getInstance("XOF"))).isEqualTo(Money.of(6_000, "XOF"));
    }

    @Test
    void claimsNeverCarryAFeeAndAnUnlistedCurrencyCarriesNone() {
        assertThat(DisputeSettings.DEFAULT.chargebackFee(DisputeSource.CLAIM, Currency.getInstance("NGN"))).isEqualTo(Money.of(0, "NGN"));
        assertThat(DisputeSettings.DEFAULT.chargebackFee(DisputeSource.CHARGEBACK, Currency.getInstance("EUR"))).isEqualTo(Money.of(0, "EUR"));
    }

    @Test
    void feesAndDeadlinesAreConfigurable() {
        DisputeSettings settings = DisputeSettings.DEFAULT.withChargebackFee(Money.of(250_000, "NGN")).withRespondByDays(DisputeSource.CLAIM, 10);
        assertThat(settings.chargebackFee(DisputeSource.CHARGEBACK, Currency.getInstance("NGN"))).isEqualTo(Money.of(250_000, "NGN"));
        assertThat(settings.defaultRespondBy(DisputeSource.CLAIM, NOW)).isEqualTo(NOW.plus(Duration.ofDays(10)));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> DisputeSettings.DEFAULT.withRespondByDays(DisputeSource.CLAIM, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DisputeSettings.DEFAULT.withRespondByDays(DisputeSource.CLAIM, 121)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DisputeSettings.DEFAULT.withChargebackFee(Money.of(-1, "NGN"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisputeSettings(Map.of(DisputeSource.CLAIM, 7, DisputeSource.CHARGEBACK, 7),
                Map.of(Currency.getInstance("NGN"), Money.of(1, "GHS")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DisputeSettings(Map.of(DisputeSource.CLAIM, 7), Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
