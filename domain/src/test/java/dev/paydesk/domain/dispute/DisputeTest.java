package dev.paydesk.domain.dispute;

import static dev.paydesk.domain.dispute.DisputeFixtures.MERCHANT;
import static dev.paydesk.domain.dispute.DisputeFixtures.OPENED;
import static dev.paydesk.domain.dispute.DisputeFixtures.RESPOND_BY;
import static dev.paydesk.domain.dispute.DisputeFixtures.claim;
import static dev.paydesk.domain.dispute.DisputeFixtures.ngn;
import static dev.paydesk.domain.dispute.DisputeFixtures.open;
import static dev.paydesk.domain.dispute.DisputeFixtures.someEvidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DisputeTest {

    private static final Instant LATER = OPENED.plus(Duration.ofDays(2));

    private static Dispute openWith(Money amount, DisputableAmount disputable, Instant respondBy) {
        return Dispute.open(new DisputeId("dsp_2"), new NewDispute(MERCHANT, "txn_1", amount, DisputeReason.DUPLICATE, DisputeSource.CLAIM, respondBy),
                disputable, DisputeSettings.DEFAULT, OPENED);
    }

    private static void assertInvalidState(ThrowingCallable move) {
        assertThatThrownBy(move).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    private static void assertValidation(ThrowingCallable action, String field, String code) {
        assertThatThrownBy(action).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.errors()).extracting(FieldError::field, FieldError::code).contains(org.assertj.core.groups.Tuple.tuple(field, code));
        });
    }

    @Test
    void aNewDisputeNeedsAResponseWithinSevenCalendarDays() {
        Dispute dispute = claim();

        assertThat(dispute.status()).isEqualTo(DisputeStatus.NEEDS_RESPONSE);
        assertThat(dispute.respondBy()).isEqualTo(Instant.parse("2026-11-30T10:00:00Z"));
        assertThat(dispute.createdAt()).isEqualTo(OPENED);
        assertThat(dispute.evidence()).isNull();
        assertThat(dispute.closure()).isNull();
        assertThat(dispute.outcome()).isEmpty();
    }

    @Test
    void theDefaultDeadlineIsConfigurablePerSource() {
        DisputeSettings settings = DisputeSettings.DEFAULT.withRespondByDays(DisputeSource.CHARGEBACK, 21);
        NewDispute chargeback = new NewDispute(MERCHANT, "txn_1", ngn(100), DisputeReason.GENERAL, DisputeSource.CHARGEBACK, null);
        NewDispute claim = new NewDispute(MERCHANT, "txn_1", ngn(100), DisputeReason.GENERAL, DisputeSource.CLAIM, null);
        DisputableAmount disputable = DisputeFixtures.nothingRefundedOf(ngn(1_000));

        assertThat(Dispute.open(new DisputeId("dsp_1"), chargeback, disputable, settings, OPENED).respondBy()).isEqualTo(OPENED.plus(Duration.ofDays(21)));
        assertThat(Dispute.open(new DisputeId("dsp_2"), claim, disputable, settings, OPENED).respondBy()).isEqualTo(OPENED.plus(Duration.ofDays(7)));
    }

    @Test
    void aRequestedDeadlineIsKeptWhenInTheFuture() {
        Instant asked = OPENED.plus(Duration.ofDays(3));
        assertThat(openWith(ngn(100), DisputeFixtures.nothingRefundedOf(ngn(100)), asked).respondBy()).isEqualTo(asked);
    }

    @Test
    void aDeadlineNotAfterNowOrTooFarAwayIsRefused() {
        DisputableAmount disputable = DisputeFixtures.nothingRefundedOf(ngn(100));
        assertValidation(() -> openWith(ngn(100), disputable, OPENED), "respond_by", "must_be_in_the_future");
        assertValidation(() -> openWith(ngn(100), disputable, OPENED.minusSeconds(1)), "respond_by", "must_be_in_the_future");
        assertValidation(() -> openWith(ngn(100), disputable, OPENED.plus(Duration.ofDays(121))), "respond_by", "too_far_in_the_future");
    }

    @Test
    void aClaimCarriesNoFeeAndAChargebackTheConfiguredFee() {
        assertThat(open(DisputeSource.CLAIM, ngn(50_000)).chargebackFee()).isEqualTo(ngn(0));
        assertThat(open(DisputeSource.CHARGEBACK, ngn(50_000)).chargebackFee()).isEqualTo(ngn(1_500_000));
    }

    @Test
    void theWholeDisputableAmountMayBeDisputedButNotOneUnitMore() {
        DisputableAmount disputable = new DisputableAmount(ngn(10_000), ngn(3_000), ngn(2_000));

        assertThat(openWith(ngn(5_000), disputable, null).amount()).isEqualTo(ngn(5_000));
        assertValidation(() -> openWith(ngn(5_001), disputable, null), "amount", "exceeds_disputable");
    }

    @Test
    void anAmountThatIsNotPositiveOrInAnotherCurrencyIsRefused() {
        DisputableAmount disputable = DisputeFixtures.nothingRefundedOf(ngn(10_000));
        assertValidation(() -> openWith(ngn(0), disputable, null), "amount", "must_be_positive");
        assertValidation(() -> openWith(ngn(-5), disputable, null), "amount", "must_be_positive");
        assertValidation(() -> openWith(Money.of(100, "GHS"), disputable, null), "amount", "currency_mismatch");
    }

    @Test
    void everyProblemOfAnOpeningIsReportedAtOnce() {
        assertThatThrownBy(() -> openWith(ngn(20_000), DisputeFixtures.nothingRefundedOf(ngn(10_000)), OPENED.minusSeconds(60)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors()).extracting(FieldError::code)
                        .containsExactly("exceeds_disputable", "must_be_in_the_future"));
    }

    @Test
    void submittingEvidencePutsTheDisputeUnderReview() {
        Evidence evidence = someEvidence();
        Dispute reviewed = claim().submitEvidence(evidence, LATER);

        assertThat(reviewed.status()).isEqualTo(DisputeStatus.UNDER_REVIEW);
        assertThat(reviewed.evidence()).isEqualTo(evidence);
        assertThat(reviewed.evidenceSubmittedAt()).isEqualTo(LATER);
        assertThat(reviewed.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void evidenceIsSubmittedOnlyOnce() {
        Dispute reviewed = claim().submitEvidence(someEvidence(), LATER);
        assertInvalidState(() -> reviewed.submitEvidence(someEvidence(), LATER));
        assertInvalidState(() -> reviewed.decide(DisputeOutcome.LOST, LATER).submitEvidence(someEvidence(), LATER));
    }

    @Test
    void evidenceIsAcceptedUntilRespondByAndRefusedAfterItEvenBeforeTheExpiryJobRan() {
        assertThat(claim().submitEvidence(someEvidence(), RESPOND_BY).status()).isEqualTo(DisputeStatus.UNDER_REVIEW);
        assertInvalidState(() -> claim().submitEvidence(someEvidence(), RESPOND_BY.plusMillis(1)));
    }

    @Test
    void evidenceForAnAcceptedOrExpiredDisputeIsRefused() {
        assertInvalidState(() -> claim().accept(LATER).submitEvidence(someEvidence(), LATER));
        Dispute expired = claim().expire(RESPOND_BY.plusSeconds(1)).dispute();
        assertInvalidState(() -> expired.submitEvidence(someEvidence(), RESPOND_BY));
    }

    @Test
    void acceptingLosesTheDispute() {
        Dispute accepted = claim().accept(LATER);

        assertThat(accepted.status()).isEqualTo(DisputeStatus.LOST);
        assertThat(accepted.closure()).isEqualTo(DisputeClosure.ACCEPTED);
        assertThat(accepted.closedAt()).isEqualTo(LATER);
        assertThat(accepted.outcome()).contains(DisputeOutcome.LOST);
    }

    @Test
    void acceptingIsStillAllowedAfterRespondBy() {
        assertThat(claim().accept(RESPOND_BY.plus(Duration.ofDays(1))).status()).isEqualTo(DisputeStatus.LOST);
    }

    @Test
    void onlyADisputeThatNeedsAResponseCanBeAccepted() {
        Dispute reviewed = claim().submitEvidence(someEvidence(), LATER);
        assertInvalidState(() -> reviewed.accept(LATER));
        assertInvalidState(() -> reviewed.decide(DisputeOutcome.WON, LATER).accept(LATER));
        assertInvalidState(() -> claim().accept(LATER).accept(LATER));
    }

    @Test
    void anOperatorDecidesADisputeUnderReviewEitherWay() {
        Dispute reviewed = claim().submitEvidence(someEvidence(), LATER);
        Instant decidedAt = LATER.plus(Duration.ofDays(10));

        Dispute won = reviewed.decide(DisputeOutcome.WON, decidedAt);
        Dispute lost = reviewed.decide(DisputeOutcome.LOST, decidedAt);

        assertThat(won.status()).isEqualTo(DisputeStatus.WON);
        assertThat(won.closure()).isEqualTo(DisputeClosure.DECIDED);
        assertThat(won.closedAt()).isEqualTo(decidedAt);
        assertThat(won.evidence()).isEqualTo(reviewed.evidence());
        assertThat(lost.status()).isEqualTo(DisputeStatus.LOST);
        assertThat(lost.outcome()).contains(DisputeOutcome.LOST);
    }

    @Test
    void aDisputeWithoutEvidenceIsNotDecidedByAnOperator() {
        assertInvalidState(() -> claim().decide(DisputeOutcome.WON, LATER));
        assertInvalidState(() -> claim().decide(DisputeOutcome.LOST, LATER));
    }

    @Test
    void aClosedDisputeIsNotDecidedAgain() {
        Dispute won = claim().submitEvidence(someEvidence(), LATER).decide(DisputeOutcome.WON, LATER);
        assertInvalidState(() -> won.decide(DisputeOutcome.LOST, LATER));
        assertInvalidState(() -> claim().accept(LATER).decide(DisputeOutcome.WON, LATER));
    }

    @Test
    void aDisputeStillWaitingAfterRespondByExpiresLost() {
        Instant now = RESPOND_BY.plusSeconds(1);
        DisputeExpiry expiry = claim().expire(now);

        assertThat(expiry.expired()).isTrue();
        assertThat(expiry.dispute().status()).isEqualTo(DisputeStatus.LOST);
        assertThat(expiry.dispute().closure()).isEqualTo(DisputeClosure.EXPIRED);
        assertThat(expiry.dispute().closedAt()).isEqualTo(now);
    }

    @Test
    void expiringBeforeRespondByPassedChangesNothing() {
        Dispute dispute = claim();
        assertThat(dispute.isDueForExpiry(RESPOND_BY)).isFalse();
        DisputeExpiry expiry = dispute.expire(RESPOND_BY);

        assertThat(expiry.result()).isEqualTo(DisputeExpiry.Result.NOT_DUE);
        assertThat(expiry.dispute()).isSameAs(dispute);
    }

    @Test
    void expiringADisputeUnderReviewOrClosedIsANoOpReportedAsSuch() {
        Instant late = RESPOND_BY.plus(Duration.ofDays(1));
        Dispute reviewed = claim().submitEvidence(someEvidence(), LATER);
        Dispute expired = claim().expire(late).dispute();

        assertThat(reviewed.expire(late)).isEqualTo(new DisputeExpiry(reviewed, DisputeExpiry.Result.NOT_AWAITING_RESPONSE));
        assertThat(expired.expire(late.plusSeconds(60))).isEqualTo(new DisputeExpiry(expired, DisputeExpiry.Result.NOT_AWAITING_RESPONSE));
        assertThat(claim().accept(LATER).expire(late).expired()).isFalse();
    }

    @Test
    void openAndLostDisputesHoldTheTransactionAmountAndWonOnesDoNot() {
        Dispute reviewed = claim().submitEvidence(someEvidence(), LATER);
        assertThat(claim().holdsTransactionAmount()).isTrue();
        assertThat(reviewed.holdsTransactionAmount()).isTrue();
        assertThat(reviewed.decide(DisputeOutcome.LOST, LATER).holdsTransactionAmount()).isTrue();
        assertThat(reviewed.decide(DisputeOutcome.WON, LATER).holdsTransactionAmount()).isFalse();
    }

    @Test
    void aRowThatBreaksAnInvariantIsNotRebuilt() {
        Dispute dispute = claim();
        assertThatThrownBy(() -> new Dispute(dispute.id(), MERCHANT, "txn_1", ngn(100), DisputeReason.GENERAL, DisputeSource.CLAIM,
                DisputeStatus.NEEDS_RESPONSE, RESPOND_BY, null, null, ngn(10), null, null, OPENED, OPENED))
                .hasMessageContaining("a claim carries no chargeback fee");
        assertThatThrownBy(() -> new Dispute(dispute.id(), MERCHANT, "txn_1", ngn(100), DisputeReason.GENERAL, DisputeSource.CLAIM,
                DisputeStatus.WON, RESPOND_BY, null, null, ngn(0), DisputeClosure.DECIDED, LATER, OPENED, LATER))
                .hasMessageContaining("a won dispute cannot have no evidence");
        assertThatThrownBy(() -> new Dispute(dispute.id(), MERCHANT, "txn_1", ngn(100), DisputeReason.GENERAL, DisputeSource.CLAIM,
                DisputeStatus.LOST, RESPOND_BY, null, null, ngn(0), DisputeClosure.EXPIRED, LATER, OPENED, LATER))
                .hasMessageContaining("expires after respond_by");
        assertThatThrownBy(() -> new Dispute(dispute.id(), MERCHANT, "pay_1", ngn(100), DisputeReason.GENERAL, DisputeSource.CLAIM,
                DisputeStatus.NEEDS_RESPONSE, RESPOND_BY, null, null, ngn(0), null, null, OPENED, OPENED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLegalRowIsRebuiltEqual() {
        Dispute lost = claim().submitEvidence(someEvidence(), LATER).decide(DisputeOutcome.LOST, LATER.plusSeconds(5));
        Dispute rebuilt = new Dispute(lost.id(), lost.merchantId(), lost.transactionId(), lost.amount(), lost.reason(), lost.source(),
                lost.status(), lost.respondBy(), lost.evidence(), lost.evidenceSubmittedAt(), lost.chargebackFee(), lost.closure(),
                lost.closedAt(), lost.createdAt(), lost.updatedAt());
        assertThat(rebuilt).isEqualTo(lost);
    }

    @Test
    void codesRoundTripAndUnknownCodesAreValidationErrors() {
        for (DisputeReason reason : DisputeReason.values()) {
            assertThat(DisputeReason.fromCode(reason.code(), "reason")).isEqualTo(reason);
        }
        assertThat(DisputeReason.fromCode("product_not_received", "reason")).isEqualTo(DisputeReason.PRODUCT_NOT_RECEIVED);
        assertThat(DisputeSource.fromCode("chargeback", "source")).isEqualTo(DisputeSource.CHARGEBACK);
        assertThat(DisputeOutcome.fromCode("won", "outcome")).isEqualTo(DisputeOutcome.WON);
        assertThat(DisputeStatus.fromCode("under_review", "status")).isEqualTo(DisputeStatus.UNDER_REVIEW);
        assertValidation(() -> DisputeReason.fromCode("angry", "reason"), "reason", "invalid_value");
        assertValidation(() -> DisputeOutcome.fromCode("draw", "outcome"), "outcome", "invalid_value");
    }
}
