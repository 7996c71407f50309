package dev.paydesk.adapters.persistence.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.merchant.Kyc;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.settlement.Tariff;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.paydesk.application.settlement.TariffRepository}. */
public abstract class TariffRepositoryContract extends PortContract {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final MerchantId merchant = new MerchantId("mer_TARIFF1");

    @BeforeEach
    void aMerchant() {
        txRun(() -> ports.merchants().add(new Merchant(merchant, "Shop", Country.NG, Currencies.of("NGN"), Kyc.NOT_STARTED, T0)));
    }

    @Test
    void aMerchantWithoutATariffHasTheDefault() {
        assertThat(tx(() -> ports.tariffs().find(merchant))).isEmpty();
        assertThat(tx(() -> ports.tariffs().tariffOf(merchant))).isEqualTo(Tariff.DEFAULT);
    }

    @Test
    void aTariffSetReplacesThePreviousOne() {
        txRun(() -> ports.tariffs().put(merchant, new Tariff(200, 10, 500, 14), T0));
        txRun(() -> ports.tariffs().put(merchant, new Tariff(120, 0, 0, 0), T0.plusSeconds(60)));

        assertThat(tx(() -> ports.tariffs().find(merchant))).contains(new Tariff(120, 0, 0, 0));
    }

    @Test
    void theTariffsOfSeveralMerchantsAreReadTogetherWithTheDefaultForThoseWithoutOne() {
        MerchantId second = new MerchantId("mer_TARIFF2");
        txRun(() -> ports.merchants().add(new Merchant(second, "Other shop", Country.GH, Currencies.of("GHS"), Kyc.NOT_STARTED, T0)));
        txRun(() -> ports.tariffs().put(second, new Tariff(90, 5, 250, 7), T0));

        assertThat(tx(() -> ports.tariffs().tariffsOf(List.of(merchant, second))))
                .containsExactly(Map.entry(merchant, Tariff.DEFAULT), Map.entry(second, new Tariff(90, 5, 250, 7)));
        assertThat(tx(() -> ports.tariffs().tariffsOf(List.of()))).isEmpty();
    }
}
