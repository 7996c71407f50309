package dev.paydesk.domain.payoutaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PayoutPreferenceTest {
    private static final MerchantId MERCHANT = new MerchantId("mer_1");
    private static final Currency NGN = Currency.getInstance("NGN");

    private static PayoutAccount draft(String id) {
        return PayoutAccount.draft(new PayoutAccountId(id), MERCHANT, PayoutAccountFixtures.nigeria());
    }

    private static PayoutAccount active(String id) {
        return draft(id).submit(PayoutAccountFixtures.monday(), PayoutAccountFixtures.WEEKDAYS)
                .approve(ReviewPart.BANK_ACCOUNT).approve(ReviewPart.LOCAL_ENTITY);
    }

    @Test
    void preferringAnActiveAccountTakesEffectAtOnceAndDropsAWaitingSwitch() {
        PayoutPreference waiting = new PayoutPreference(MERCHANT, NGN, new PayoutAccountId("pa_1"), new PayoutAccountId("pa_2"));
        assertThat(waiting.prefer(active("pa_3"))).isEqualTo(new PayoutPreference(MERCHANT, NGN, new PayoutAccountId("pa_3"), null));
    }

    @Test
    void preferringAnAccountNotActiveKeepsThePreferredOneAndWaits() {
        PayoutPreference current = PayoutPreference.none(MERCHANT, NGN).prefer(active("pa_1"));
        PayoutPreference waiting = current.prefer(draft("pa_2"));

        assertThat(waiting.preferred()).isEqualTo(new PayoutAccountId("pa_1"));
        assertThat(waiting.pending()).isEqualTo(new PayoutAccountId("pa_2"));
        assertThat(waiting.accountActivated(active("pa_3"))).isEqualTo(waiting);
        assertThat(waiting.accountActivated(active("pa_2"))).isEqualTo(new PayoutPreference(MERCHANT, NGN, new PayoutAccountId("pa_2"), null));
    }

    @Test
    void preferringThePreferredAccountAgainDropsAWaitingSwitch() {
        PayoutPreference waiting = new PayoutPreference(MERCHANT, NGN, new PayoutAccountId("pa_1"), new PayoutAccountId("pa_2"));
        assertThat(waiting.prefer(active("pa_1"))).isEqualTo(new PayoutPreference(MERCHANT, NGN, new PayoutAccountId("pa_1"), null));
    }

    @Test
    void onlyTheMerchantsAccountsInThatCurrencyArePreferred() {
        PayoutPreference usd = PayoutPreference.none(MERCHANT, Currency.getInstance("USD"));
        assertThatThrownBy(() -> usd.prefer(active("pa_1"))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PayoutPreference(MERCHANT, NGN, new PayoutAccountId("pa_1"), new PayoutAccountId("pa_1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
