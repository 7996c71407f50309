package dev.paydesk.domain.payoutaccount;

import static dev.paydesk.domain.payoutaccount.PayoutAccountFixtures.WEEKDAYS;
import static dev.paydesk.domain.payoutaccount.PayoutAccountFixtures.monday;
import static dev.paydesk.domain.payoutaccount.ReviewPart.BANK_ACCOUNT;
import static dev.paydesk.domain.payoutaccount.ReviewPart.LOCAL_ENTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class PayoutAccountTest {
    private static final PayoutAccountId ID = new PayoutAccountId("pa_1");
    private static final MerchantId MERCHANT = new MerchantId("mer_1");

    private final PayoutAccount draft = PayoutAccount.draft(ID, MERCHANT, PayoutAccountFixtures.nigeria());
    private final PayoutAccount submitted = draft.submit(monday(), WEEKDAYS);

    @Test
    void aNewAccountIsADraftWithBothPartsPending() {
        assertThat(draft.status()).isEqualTo(PayoutAccountStatus.DRAFT);
        assertThat(draft.bankAccountReview().state()).isEqualTo(ReviewState.PENDING);
        assertThat(draft.localEntityReview().state()).isEqualTo(ReviewState.PENDING);
        assertThat(draft.submittedAt()).isNull();
        assertThat(draft.reviewDueBy()).isNull();
    }

    @Test
    void submittingADraftPutsItUnderReviewDueTenBusinessDaysLater() {
        assertThat(submitted.status()).isEqualTo(PayoutAccountStatus.PENDING_APPROVAL);
        assertThat(submitted.submittedAt()).isEqualTo(monday());
        // Monday 23 Nov 2026 + 10 weekdays = Monday 7 Dec 2026
        assertThat(submitted.reviewDueBy()).isEqualTo(Instant.parse("2026-12-07T10:15:30Z"));
    }

    @Test
    void theReviewDeadlineComesFromThePluggedCalendar() {
        BusinessDays oneDayEach = (start, days) -> start.plusSeconds(86_400L * days);
        assertThat(draft.submit(monday(), oneDayEach).reviewDueBy()).isEqualTo(monday().plusSeconds(864_000));
    }

    @Test
    void approvingOnePartKeepsTheAccountPending() {
        PayoutAccount oneApproved = submitted.approve(BANK_ACCOUNT);
        assertThat(oneApproved.status()).isEqualTo(PayoutAccountStatus.PENDING_APPROVAL);
        assertThat(oneApproved.bankAccountReview().state()).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void approvingBothPartsActivatesTheAccount() {
        PayoutAccount active = submitted.approve(LOCAL_ENTITY).approve(BANK_ACCOUNT);
        assertThat(active.status()).isEqualTo(PayoutAccountStatus.ACTIVE);
        assertThat(active.isActive()).isTrue();
    }

    @Test
    void rejectingEitherPartRejectsTheAccountWithItsReasons() {
        PayoutAccount rejected = submitted.reject(BANK_ACCOUNT, List.of(RejectionReason.MISSING_BANK_STAMP, RejectionReason.WRONG_BANK_NAME));
        assertThat(rejected.status()).isEqualTo(PayoutAccountStatus.REJECTED);
        assertThat(rejected.bankAccountReview().reasons()).containsExactly(RejectionReason.MISSING_BANK_STAMP, RejectionReason.WRONG_BANK_NAME);
        assertThat(rejected.localEntityReview().state()).isEqualTo(ReviewState.PENDING);

        PayoutAccount localRejected = submitted.approve(BANK_ACCOUNT).reject(LOCAL_ENTITY, List.of(RejectionReason.AGENT_NOT_APPROVED));
        assertThat(localRejected.status()).isEqualTo(PayoutAccountStatus.REJECTED);
    }

    @Test
    void theReviewEntryPointTakesTheOperatorsDecision() {
        assertThat(submitted.review(LOCAL_ENTITY, ReviewDecision.APPROVE, List.of()).localEntityReview().state())
                .isEqualTo(ReviewState.APPROVED);
        assertThat(submitted.review(LOCAL_ENTITY, ReviewDecision.REJECT, List.of(RejectionReason.KYC_NOT_COMPLETED)).status())
                .isEqualTo(PayoutAccountStatus.REJECTED);
    }

    @Test
    void repeatedReasonsAreKeptOnce() {
        PayoutAccount rejected = submitted.reject(BANK_ACCOUNT, List.of(RejectionReason.MISSING_BANK_STAMP, RejectionReason.MISSING_BANK_STAMP));
        assertThat(rejected.bankAccountReview().reasons()).containsExactly(RejectionReason.MISSING_BANK_STAMP);
    }

    @Test
    void rejectingWithoutAReasonIsRefused() {
        assertValidation(() -> submitted.reject(BANK_ACCOUNT, List.of()), "reason_required");
    }

    @Test
    void rejectingWithAReasonOfTheOtherPartIsRefused() {
        assertValidation(() -> submitted.reject(BANK_ACCOUNT, List.of(RejectionReason.AGENT_NOT_APPROVED)), "reason_of_other_part");
        assertValidation(() -> submitted.reject(LOCAL_ENTITY, List.of(RejectionReason.WRONG_ACCOUNT_NUMBER)), "reason_of_other_part");
    }

    @Test
    void approvingWithReasonsIsRefused() {
        assertValidation(() -> submitted.review(BANK_ACCOUNT, ReviewDecision.APPROVE, List.of(RejectionReason.MISSING_BANK_STAMP)),
                "reasons_not_allowed");
    }

    @Test
    void reviewingADraftIsRefused() {
        assertInvalidState(() -> draft.approve(BANK_ACCOUNT));
        assertInvalidState(() -> draft.reject(BANK_ACCOUNT, List.of(RejectionReason.MISSING_BANK_STAMP)));
    }

    @Test
    void reviewingAnAlreadyApprovedPartIsRefused() {
        PayoutAccount oneApproved = submitted.approve(BANK_ACCOUNT);
        assertInvalidState(() -> oneApproved.approve(BANK_ACCOUNT));
        assertInvalidState(() -> oneApproved.reject(BANK_ACCOUNT, List.of(RejectionReason.MISSING_BANK_STAMP)));
    }

    @Test
    void reviewingARejectedOrActiveAccountIsRefused() {
        PayoutAccount rejected = submitted.reject(BANK_ACCOUNT, List.of(RejectionReason.MISSING_BANK_STAMP));
        assertInvalidState(() -> rejected.approve(LOCAL_ENTITY));
        PayoutAccount active = submitted.approve(BANK_ACCOUNT).approve(LOCAL_ENTITY);
        assertInvalidState(() -> active.reject(BANK_ACCOUNT, List.of(RejectionReason.MISSING_BANK_STAMP)));
    }

    @Test
    void submittingAnAccountUnderReviewOrActiveIsRefused() {
        assertInvalidState(() -> submitted.submit(monday(), WEEKDAYS));
        PayoutAccount active = submitted.approve(BANK_ACCOUNT).approve(LOCAL_ENTITY);
        assertInvalidState(() -> active.submit(monday(), WEEKDAYS));
    }

    @Test
    void aDraftCanBeEditedAndStaysADraft() {
        PayoutAccount edited = draft.edit(PayoutAccountChecksTest.with(draft.details(), "bank_name", "FirstBank"));
        assertThat(edited.status()).isEqualTo(PayoutAccountStatus.DRAFT);
        assertThat(edited.details().bankName()).isEqualTo("FirstBank");
    }

    @Test
    void editingAnAccountUnderReviewOrActiveIsRefused() {
        PayoutAccountDetails changed = PayoutAccountChecksTest.with(draft.details(), "bank_name", "FirstBank");
        assertInvalidState(() -> submitted.edit(changed));
        PayoutAccount active = submitted.approve(BANK_ACCOUNT).approve(LOCAL_ENTITY);
        assertInvalidState(() -> active.edit(changed));
    }

    @Test
    void resubmittingARejectedAccountWithoutChangingTheRejectedPartIsRefused() {
        PayoutAccount rejected = submitted.approve(LOCAL_ENTITY).reject(BANK_ACCOUNT, List.of(RejectionReason.WRONG_ACCOUNT_NUMBER));
        assertInvalidState(() -> rejected.submit(monday(), WEEKDAYS));

        PayoutAccount localOnlyEdit = rejected.edit(PayoutAccountChecksTest.withAgent(rejected.details(), new AgentId("agt_2")));
        assertInvalidState(() -> localOnlyEdit.submit(monday(), WEEKDAYS));
    }

    @Test
    void editingARejectedAccountReopensOnlyThePartWhoseFieldsChanged() {
        PayoutAccount rejected = submitted.approve(LOCAL_ENTITY).reject(BANK_ACCOUNT, List.of(RejectionReason.WRONG_ACCOUNT_NUMBER));
        PayoutAccount edited = rejected.edit(PayoutAccountChecksTest.with(rejected.details(), "account_number", "0000000220"));

        assertThat(edited.status()).isEqualTo(PayoutAccountStatus.REJECTED);
        assertThat(edited.bankAccountReview().state()).isEqualTo(ReviewState.PENDING);
        assertThat(edited.bankAccountReview().reasons()).isEmpty();
        assertThat(edited.localEntityReview().state()).isEqualTo(ReviewState.APPROVED);

        Instant later = monday().plusSeconds(3 * 86_400);
        PayoutAccount resubmitted = edited.submit(later, WEEKDAYS);
        assertThat(resubmitted.status()).isEqualTo(PayoutAccountStatus.PENDING_APPROVAL);
        assertThat(resubmitted.submittedAt()).isEqualTo(later);
        assertThat(resubmitted.localEntityReview().state()).isEqualTo(ReviewState.APPROVED);
        assertThat(resubmitted.approve(BANK_ACCOUNT).status()).isEqualTo(PayoutAccountStatus.ACTIVE);
    }

    @Test
    void editingAnApprovedPartOfARejectedAccountReopensItToo() {
        PayoutAccount rejected = submitted.approve(BANK_ACCOUNT).reject(LOCAL_ENTITY, List.of(RejectionReason.MISSING_TRIPARTY_AGREEMENT));
        PayoutAccountDetails both = PayoutAccountChecksTest.withDocuments(
                PayoutAccountChecksTest.with(rejected.details(), "phone", "+2348099999999"),
                List.of(new PayoutDocument(DocumentKind.BANK_LETTER, "bank_letter.pdf"),
                        new PayoutDocument(DocumentKind.CHANGE_OF_PAYMENT_FORM, "change-of-payment.pdf"),
                        new PayoutDocument(DocumentKind.TRIPARTY_AGREEMENT, "triparty_signed.pdf")));
        PayoutAccount edited = rejected.edit(both);
        assertThat(edited.bankAccountReview().state()).isEqualTo(ReviewState.PENDING);
        assertThat(edited.localEntityReview().state()).isEqualTo(ReviewState.PENDING);
    }

    @Test
    void aPartStillPendingWhenTheOtherWasRejectedIsReviewedInTheNextRound() {
        PayoutAccount rejected = submitted.reject(LOCAL_ENTITY, List.of(RejectionReason.AGENT_NOT_APPROVED));
        PayoutAccount resubmitted = rejected
                .edit(PayoutAccountChecksTest.withAgent(rejected.details(), new AgentId("agt_2")))
                .submit(monday(), WEEKDAYS);
        assertThat(resubmitted.bankAccountReview().state()).isEqualTo(ReviewState.PENDING);
        assertThat(resubmitted.approve(BANK_ACCOUNT).approve(LOCAL_ENTITY).status()).isEqualTo(PayoutAccountStatus.ACTIVE);
    }

    @Test
    void editingWithIdenticalDetailsReopensNothing() {
        PayoutAccount rejected = submitted.reject(BANK_ACCOUNT, List.of(RejectionReason.MISSING_BANK_STAMP));
        PayoutAccount edited = rejected.edit(rejected.details());
        assertThat(edited.bankAccountReview().state()).isEqualTo(ReviewState.REJECTED);
        assertInvalidState(() -> edited.submit(monday(), WEEKDAYS));
    }

    @Test
    void anActiveAccountBecomesErroredWithItsBankPartRejected() {
        PayoutAccount errored = submitted.approve(BANK_ACCOUNT).approve(LOCAL_ENTITY).markErrored();
        assertThat(errored.status()).isEqualTo(PayoutAccountStatus.ERRORED);
        assertThat(errored.bankAccountReview().reasons()).containsExactly(RejectionReason.INVALID_OR_CLOSED_ACCOUNT);
        assertThat(errored.localEntityReview().state()).isEqualTo(ReviewState.APPROVED);
        assertThat(errored.markErrored()).isEqualTo(errored);
    }

    @Test
    void onlyAnActiveAccountCanBeErrored() {
        assertInvalidState(draft::markErrored);
        assertInvalidState(submitted::markErrored);
        assertInvalidState(() -> submitted.reject(BANK_ACCOUNT, List.of(RejectionReason.MISSING_BANK_STAMP)).markErrored());
    }

    @Test
    void anErroredAccountIsSubmittedAgainOnlyAfterItsBankDetailsChange() {
        PayoutAccount errored = submitted.approve(BANK_ACCOUNT).approve(LOCAL_ENTITY).markErrored();
        assertInvalidState(() -> errored.submit(monday(), WEEKDAYS));

        PayoutAccount fixed = errored.edit(PayoutAccountChecksTest.with(errored.details(), "account_number", "0000000220"));
        PayoutAccount resubmitted = fixed.submit(monday(), WEEKDAYS);
        assertThat(resubmitted.status()).isEqualTo(PayoutAccountStatus.PENDING_APPROVAL);
        assertThat(resubmitted.approve(BANK_ACCOUNT).status()).isEqualTo(PayoutAccountStatus.ACTIVE);
    }

    @Test
    void reuploadingADocumentUnderTheSameNameWithNewContentReopensItsPart() {
        PayoutAccountDetails before = PayoutAccountChecksTest.withDocuments(PayoutAccountFixtures.nigeria(),
                List.of(new PayoutDocument(DocumentKind.BANK_LETTER, "letter.pdf", "sha256:aaa")));
        PayoutAccountDetails after = PayoutAccountChecksTest.withDocuments(PayoutAccountFixtures.nigeria(),
                List.of(new PayoutDocument(DocumentKind.BANK_LETTER, "letter.pdf", "sha256:bbb")));
        assertThat(after.partsChangedFrom(before)).containsExactly(BANK_ACCOUNT);
    }

    @Test
    void changingTheCorridorReopensBothParts() {
        PayoutAccountDetails nigeria = PayoutAccountFixtures.nigeria();
        PayoutAccountDetails usd = new PayoutAccountDetails(PayoutCorridor.of("NG", "USD"), nigeria.bankName(), nigeria.bankCode(),
                nigeria.branchCode(), nigeria.accountNumber(), nigeria.beneficiaryName(), nigeria.phone(),
                nigeria.businessRegistrationNumber(), nigeria.agentId(), nigeria.documents());
        assertThat(usd.partsChangedFrom(nigeria)).containsExactlyInAnyOrder(BANK_ACCOUNT, LOCAL_ENTITY);
    }

    @Test
    void theAccountNumberIsShownOnlyByItsLastFourCharacters() {
        assertThat(draft.last4()).isEqualTo("4579");
        assertThat(draft.toString()).doesNotContain("0000014579").contains("****4579");
        assertThat(draft.details().toString()).doesNotContain("0000014579");
    }

    @Test
    void aReconstitutedAccountMustBeConsistent() {
        PartReview approved = new PartReview(BANK_ACCOUNT, ReviewState.APPROVED, List.of());
        PartReview pendingLocal = PartReview.pending(LOCAL_ENTITY);
        assertThatThrownBy(() -> new PayoutAccount(ID, MERCHANT, draft.details(), PayoutAccountStatus.ACTIVE,
                approved, pendingLocal, monday(), monday())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PayoutAccount(ID, MERCHANT, draft.details(), PayoutAccountStatus.PENDING_APPROVAL,
                PartReview.pending(BANK_ACCOUNT), pendingLocal, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartReview(BANK_ACCOUNT, ReviewState.REJECTED, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartReview(BANK_ACCOUNT, ReviewState.REJECTED, List.of(RejectionReason.AGENT_NOT_APPROVED)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnsupportedCountryOrCurrencyIsAValidationError() {
        assertThatThrownBy(() -> PayoutCorridor.of("FR", "EUR")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.errors()).extracting(error -> error.field()).containsExactly("country");
        });
        assertThatThrownBy(() -> PayoutCorridor.of("NG", "GHS")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("currency"));
        assertThatThrownBy(() -> PayoutCorridor.of("SN", "xof")).isInstanceOf(DomainException.class);
        assertThat(PayoutCorridor.of("CI", "XOF").isLocalCurrency()).isTrue();
        assertThat(PayoutCorridor.of("UG", "USD").isUsd()).isTrue();
    }

    private static void assertInvalidState(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    private static void assertValidation(ThrowingCallable call, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.errors()).extracting(error -> error.code()).containsExactly(rule);
        });
    }
}
