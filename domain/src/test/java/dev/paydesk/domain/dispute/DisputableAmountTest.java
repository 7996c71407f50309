package dev.paydesk.domain.dispute;

import static dev.paydesk.domain.dispute.DisputeFixtures.claim;
import static dev.paydesk.domain.dispute.DisputeFixtures.ngn;
import static dev.paydesk.domain.dispute.DisputeFixtures.someEvidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisputableAmountTest {
    private static final Instant LATER = DisputeFixtures.OPENED.plusSeconds(3_600);

    @Test
    void whatIsLeftToDisputeIsTheAmountLessRefundsAndOtherDisputes() {
        assertThat(new DisputableAmount(ngn(10_000), ngn(2_500), ngn(4_000)).disputable()).isEqualTo(ngn(3_500));
        assertThat(new DisputableAmount(ngn(10_000), ngn(0), ngn(0)).disputable()).isEqualTo(ngn(10_000));
    }

    @Test
    void itIsNeverNegative() {
        assertThat(new DisputableAmount(ngn(10_000), ngn(8_000), ngn(4_000)).disputable()).isEqualTo(ngn(0));
    }

    @Test
    void openAndLostDisputesCountButWonOnesDoNot() {
        Dispute open = claim();
        Dispute reviewed = claim().submitEvidence(someEvidence(), LATER);
        Dispute lost = claim().accept(LATER);
        Dispute won = claim().submitEvidence(someEvidence(), LATER).decide(DisputeOutcome.WON, LATER);

        assertThat(DisputableAmount.disputedBy(List.of(open, reviewed, lost, won), Currency.getInstance("NGN"))).isEqualTo(ngn(150_000));
        assertThat(DisputableAmount.disputedBy(List.of(), Currency.getInstance("NGN"))).isEqualTo(ngn(0));
    }

    @Test
    void anAmountAboveWhatIsLeftIsRefusedOnTheAmountField() {
        DisputableAmount disputable = new DisputableAmount(ngn(10_000), ngn(2_500), ngn(4_000));
        disputable.requireCovers(ngn(3_500));

        assertThatThrownBy(() -> disputable.requireCovers(ngn(3_501))).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("amount", "exceeds_disputable"));
        });
    }

    @Test
    void allAmountsAreInOneCurrency() {
        assertThatThrownBy(() -> new DisputableAmount(ngn(10_000), Money.of(0, "GHS"), ngn(0))).isInstanceOf(RuntimeException.class);
    }
}
