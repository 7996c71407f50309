package dev.paydesk.application.payoutaccount;

import static dev.paydesk.application.payoutaccount.PayoutAccountTestbed.MERCHANT;
import static dev.paydesk.application.payoutaccount.PayoutAccountTestbed.OTHER_MERCHANT;
import static dev.paydesk.application.payoutaccount.PayoutAccountTestbed.manager;
import static dev.paydesk.application.payoutaccount.PayoutAccountTestbed.nigeria;
import static dev.paydesk.application.payoutaccount.PayoutAccountTestbed.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.memory.InMemoryPersistence;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutAccountStatus;
import dev.paydesk.domain.payoutaccount.RejectionReason;
import dev.paydesk.domain.payoutaccount.ReviewPart;
import dev.paydesk.domain.payoutaccount.ReviewState;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PayoutAccountReviewAndPreferenceTest {
    private static final String FULL_NUMBER = "0000014579";

    private PayoutAccountTestbed bed;
    private Agent agent;

    @BeforeEach
    void setUp() {
        bed = new PayoutAccountTestbed(InMemoryPersistence.create());
        agent = bed.approvedAgent("NG");
    }

    // --- two-part review

    @Test
    void anAccountBecomesActiveOnceBothPartsAreApproved() {
        PayoutAccountId id = bed.submitted(nigeria(agent)).id();

        PayoutAccountView half = bed.review(id, "bank_account", "approve");
        assertThat(half.status()).isEqualTo(PayoutAccountStatus.PENDING_APPROVAL);
        assertThat(events()).isEmpty();

        PayoutAccountView active = bed.review(id, "local_entity", "approve");
        assertThat(active.status()).isEqualTo(PayoutAccountStatus.ACTIVE);
        assertThat(events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("payout_account.approved");
            assertThat(event.payoutAccountId()).isEqualTo(id.value());
            assertThat(event.merchantId()).isEqualTo(MERCHANT.value());
        });
    }

    @Test
    void rejectingEitherPartRejectsTheAccountWithItsReasons() {
        PayoutAccountId id = bed.submitted(nigeria(agent)).id();

        PayoutAccountView rejected = bed.review(id, "local_entity", "reject", "missing_triparty_agreement", "store_name_mismatch");

        assertThat(rejected.status()).isEqualTo(PayoutAccountStatus.REJECTED);
        assertThat(rejected.account().localEntityReview().reasons())
                .containsExactly(RejectionReason.MISSING_TRIPARTY_AGREEMENT, RejectionReason.STORE_NAME_MISMATCH);
        assertThat(rejected.account().bankAccountReview().state()).isEqualTo(ReviewState.PENDING);
        assertThat(events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("payout_account.rejected");
            assertThat(event.payload().toString()).contains("missing_triparty_agreement", "store_name_mismatch");
        });
    }

    @Test
    void reasonsComeFromTheCatalogueOfThePartReviewed() {
        PayoutAccountId id = bed.submitted(nigeria(agent)).id();

        assertRefused(() -> bed.review(id, "bank_account", "reject", "agent_not_approved"), ErrorCode.VALIDATION_FAILED, "reason_of_other_part");
        assertRefused(() -> bed.review(id, "bank_account", "reject", "no_such_reason"), ErrorCode.VALIDATION_FAILED, "unknown_reason");
        assertRefused(() -> bed.review(id, "bank_account", "reject"), ErrorCode.VALIDATION_FAILED, "reason_required");
        assertRefused(() -> bed.review(id, "bank", "approve"), ErrorCode.VALIDATION_FAILED, "invalid_part");
        assertRefused(() -> bed.review(id, "bank_account", "maybe"), ErrorCode.VALIDATION_FAILED, "invalid_decision");
        assertThat(bed.get(id).status()).isEqualTo(PayoutAccountStatus.PENDING_APPROVAL);
    }

    @Test
    void aPartIsDecidedOnceAndOnlyWhileTheAccountIsUnderReview() {
        PayoutAccountId draft = bed.create(nigeria(agent)).id();
        assertRefused(() -> bed.review(draft, "bank_account", "approve"), ErrorCode.INVALID_STATE, null);

        PayoutAccountId id = bed.submitted(nigeria(agent)).id();
        bed.review(id, "bank_account", "approve");
        assertRefused(() -> bed.review(id, "bank_account", "approve"), ErrorCode.INVALID_STATE, null);
    }

    @Test
    void onlyOperatorsReview() {
        PayoutAccountId id = bed.submitted(nigeria(agent)).id();
        assertThatThrownBy(() -> bed.accounts.reviewPayoutAccount().review(
                ReviewPayoutAccountCommand.parse(id, "bank_account", "approve", List.of()), manager()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void resubmittingReopensOnlyThePartWhoseFieldsChanged() {
        PayoutAccountId id = bed.submitted(nigeria(agent)).id();
        bed.review(id, "local_entity", "approve");
        bed.review(id, "bank_account", "reject", "wrong_beneficiary_name");

        assertRefused(() -> bed.accounts.submitPayoutAccount().submit(id, manager()), ErrorCode.INVALID_STATE, null);
        PayoutAccountView edited = bed.accounts.editPayoutAccount().edit(id,
                PayoutAccountFields.none().withBeneficiaryName("Adaeze Okafor"), manager());
        assertThat(edited.account().bankAccountReview().state()).isEqualTo(ReviewState.PENDING);
        assertThat(edited.account().localEntityReview().state()).isEqualTo(ReviewState.APPROVED);

        bed.accounts.submitPayoutAccount().submit(id, manager());
        assertRefused(() -> bed.review(id, "local_entity", "approve"), ErrorCode.INVALID_STATE, null);
        assertThat(bed.review(id, "bank_account", "approve").status()).isEqualTo(PayoutAccountStatus.ACTIVE);
    }

    @Test
    void changingALocalEntityDocumentReopensOnlyTheLocalEntityPart() {
        PayoutAccountId id = bed.submitted(nigeria(agent)).id();
        bed.review(id, "bank_account", "approve");
        bed.review(id, "local_entity", "reject", "change_of_payment_form_not_signed");

        PayoutAccountView edited = bed.accounts.editPayoutAccount().edit(id, PayoutAccountFields.none().withDocuments(List.of(
                new DocumentInput("bank_letter", "bank_letter.pdf"),
                new DocumentInput("change_of_payment_form", "change-of-payment-signed.pdf"),
                new DocumentInput("triparty_agreement", "triparty_agreement_v2.pdf"))), manager());

        assertThat(edited.account().bankAccountReview().state()).isEqualTo(ReviewState.APPROVED);
        assertThat(edited.account().localEntityReview().state()).isEqualTo(ReviewState.PENDING);
    }

    @Test
    void anAccountUnderReviewOrActiveIsNotEdited() {
        PayoutAccountId id = bed.submitted(nigeria(agent)).id();
        assertRefused(() -> bed.accounts.editPayoutAccount().edit(id, PayoutAccountFields.none().withPhone("+2348030000000"), manager()),
                ErrorCode.INVALID_STATE, null);
    }

    @Test
    void aPatchChangesOnlyTheFieldsItNames() {
        PayoutAccountView draft = bed.create(nigeria(agent));
        PayoutAccountView edited = bed.accounts.editPayoutAccount().edit(draft.id(), PayoutAccountFields.none().withPhone("+2348030000000"), manager());

        assertThat(edited.account().details().phone()).isEqualTo("+2348030000000");
        assertThat(edited.account().details()).usingRecursiveComparison().ignoringFields("phone").isEqualTo(draft.account().details());
        assertThat(bed.audit).last().satisfies(row -> {
            assertThat(row.command()).isEqualTo("edit_payout_account");
            assertThat(row.fromState()).isEqualTo("draft");
        });
    }

    // --- review due date and overdue list

    @Test
    void aReviewIsDueTenBusinessDaysAfterSubmissionInTheAccountsCalendar() {
        PayoutAccountView submitted = bed.submitted(nigeria(agent));

        // Monday 23 Nov 2026 + 10 business days in Nigeria: 25 Dec (Christmas) is a holiday, weekends are skipped.
        assertThat(submitted.account().submittedAt()).isEqualTo(PayoutAccountTestbed.START);
        assertThat(submitted.account().reviewDueBy()).isEqualTo(Instant.parse("2026-12-07T10:15:30Z"));
    }

    @Test
    void overdueReviewsAreListedMostOverdueFirstUntilDecided() {
        PayoutAccountId first = bed.submitted(nigeria(agent)).id();
        bed.clock.advance(Duration.ofDays(1));
        PayoutAccountId second = bed.submitted(nigeria(agent)).id();
        PayoutAccountId decided = bed.submitted(nigeria(agent)).id();
        bed.review(decided, "bank_account", "reject", "missing_bank_stamp");
        bed.create(nigeria(agent));

        assertThat(overdue(PageRequest.first(10)).data()).isEmpty();
        bed.clock.advance(Duration.ofDays(20));
        assertThat(overdue(PageRequest.first(10)).data()).extracting(PayoutAccount::id).containsExactly(first, second);

        OverdueReviewPage page1 = overdue(PageRequest.first(1));
        assertThat(page1.data()).extracting(PayoutAccount::id).containsExactly(first);
        OverdueReviewPage page2 = overdue(new PageRequest(page1.nextCursor(), 1));
        assertThat(page2.data()).extracting(PayoutAccount::id).containsExactly(second);
        assertThat(page2.nextCursor()).isNull();

        bed.review(first, "bank_account", "approve");
        bed.review(first, "local_entity", "approve");
        assertThat(overdue(PageRequest.first(10)).data()).extracting(PayoutAccount::id).containsExactly(second);
    }

    // --- preferred account

    @Test
    void preferringAnActiveAccountTakesEffectAtOnce() {
        PayoutAccountId first = bed.active(nigeria(agent)).id();
        PayoutAccountId second = bed.active(nigeria(agent)).id();

        assertThat(prefer(first).preferred()).isTrue();
        PayoutAccountView switched = prefer(second);

        assertThat(switched.preferred()).isTrue();
        assertThat(switched.preferredPending()).isFalse();
        assertThat(bed.get(first).preferred()).isFalse();
        assertThat(preferredEvents()).extracting(Published::payoutAccountId)
                .containsExactly(first.value(), second.value());
        assertThat(preferredEvents().get(1).payload()).containsEntry("previous_payout_account_id", first.value())
                .containsEntry("preferred_pending", false);
        assertThat(bed.audit).filteredOn(row -> row.command().equals("prefer_payout_account"))
                .extracting(AuditEvent::objectId, AuditEvent::fromState, AuditEvent::toState)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(first.value(), "not_preferred", "preferred"),
                        org.assertj.core.groups.Tuple.tuple(first.value(), "preferred", "not_preferred"),
                        org.assertj.core.groups.Tuple.tuple(second.value(), "not_preferred", "preferred"));
    }

    @Test
    void preferringAnAccountNotYetActiveWaitsForItsApprovalWhileThePreviousOneStaysInUse() {
        PayoutAccountId old = bed.active(nigeria(agent)).id();
        prefer(old);
        PayoutAccountId next = bed.submitted(nigeria(agent)).id();

        PayoutAccountView pending = prefer(next);
        assertThat(pending.preferred()).isFalse();
        assertThat(pending.preferredPending()).isTrue();
        assertThat(bed.get(old).preferred()).isTrue();

        bed.review(next, "bank_account", "approve");
        assertThat(bed.get(old).preferred()).isTrue();
        PayoutAccountView approved = bed.review(next, "local_entity", "approve");

        assertThat(approved.preferred()).isTrue();
        assertThat(approved.preferredPending()).isFalse();
        assertThat(bed.get(old).preferred()).isFalse();
        assertThat(preferredEvents()).extracting(e -> e.payoutAccountId() + ":" + e.payload().get("preferred_pending"))
                .containsExactly(old.value() + ":false", next.value() + ":true", next.value() + ":false");
        assertThat(bed.audit).filteredOn(row -> row.command().equals("complete_preferred_switch"))
                .extracting(AuditEvent::objectId, AuditEvent::toState)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(old.value(), "not_preferred"),
                        org.assertj.core.groups.Tuple.tuple(next.value(), "preferred"));
    }

    @Test
    void aRejectedPendingAccountNeverTakesOver() {
        PayoutAccountId old = bed.active(nigeria(agent)).id();
        prefer(old);
        PayoutAccountId next = bed.submitted(nigeria(agent)).id();
        prefer(next);

        bed.review(next, "bank_account", "reject", "missing_bank_stamp");

        assertThat(bed.get(old).preferred()).isTrue();
        assertThat(bed.get(next).preferredPending()).isTrue();
    }

    @Test
    void theFirstPreferenceOfADraftLeavesNoAccountPreferredUntilItIsActive() {
        PayoutAccountId draft = bed.create(nigeria(agent)).id();
        assertThat(prefer(draft).preferredPending()).isTrue();
        assertThat(bed.ports.unitOfWork().inTransaction(() -> bed.ports.payoutAccounts().preference(MERCHANT, java.util.Currency.getInstance("NGN")))
                .preferred()).isNull();
    }

    @Test
    void preferringAgainChangesNothing() {
        PayoutAccountId id = bed.active(nigeria(agent)).id();
        prefer(id);
        int auditRows = bed.audit.size();
        prefer(id);
        assertThat(bed.audit).hasSize(auditRows);
        assertThat(preferredEvents()).hasSize(1);
    }

    @Test
    void thePreferredAccountCannotChangeCurrency() {
        PayoutAccountId id = bed.submitted(nigeria(agent)).id();
        bed.review(id, "bank_account", "reject", "missing_bank_stamp");
        prefer(id);
        assertRefused(() -> bed.accounts.editPayoutAccount().edit(id, PayoutAccountFields.none().withCorridor("NG", "USD")
                .withBank("Zenith", "ZEIBNGLA", null).withAccountNumber("1234567890"), manager()), ErrorCode.INVALID_STATE, null);
    }

    // --- scope and listing

    @Test
    void anotherMerchantsAccountIsNotFound() {
        PayoutAccountId id = bed.submitted(nigeria(agent)).id();
        var stranger = manager(OTHER_MERCHANT);

        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> bed.accounts.getPayoutAccount().get(id, stranger),
                () -> bed.accounts.editPayoutAccount().edit(id, PayoutAccountFields.none(), stranger),
                () -> bed.accounts.submitPayoutAccount().submit(id, stranger),
                () -> bed.accounts.preferPayoutAccount().prefer(id, stranger))) {
            assertRefused(call, ErrorCode.NOT_FOUND, null);
        }
        assertThat(bed.accounts.listPayoutAccounts().list(PageRequest.first(10), stranger).data()).isEmpty();
        assertThat(bed.accounts.getPayoutAccount().get(id, operator()).id()).isEqualTo(id);
    }

    @Test
    void accountsAreListedNewestFirstAPageAtATime() {
        PayoutAccountId a = bed.create(nigeria(agent)).id();
        PayoutAccountId b = bed.active(nigeria(agent)).id();
        PayoutAccountId c = bed.create(nigeria(agent)).id();
        prefer(b);

        PayoutAccountPage first = bed.accounts.listPayoutAccounts().list(PageRequest.first(2), manager());
        assertThat(first.data()).extracting(PayoutAccountView::id).containsExactly(c, b);
        assertThat(first.data().get(1).preferred()).isTrue();
        PayoutAccountPage second = bed.accounts.listPayoutAccounts().list(new PageRequest(first.nextCursor(), 2), manager());
        assertThat(second.data()).extracting(PayoutAccountView::id).containsExactly(a);
        assertThat(second.nextCursor()).isNull();
        assertRefused(() -> bed.accounts.listPayoutAccounts().list(new PageRequest("garbage", 2), manager()), ErrorCode.VALIDATION_FAILED, "invalid_cursor");
        assertRefused(() -> PageRequest.of(null, 101), ErrorCode.VALIDATION_FAILED, "out_of_range");
    }

    @Test
    void theCatalogueListsThirtyOneReasonsWithTheirTextsAndFixes() {
        assertThat(bed.accounts.listRejectionReasons().list()).hasSize(31)
                .allSatisfy(reason -> assertThat(List.of(reason.textEn(), reason.textZh(), reason.fix())).allMatch(text -> !text.isBlank()));
        assertThat(bed.accounts.listRejectionReasons().of(ReviewPart.LOCAL_ENTITY)).hasSize(10);
    }

    // --- secrets

    @Test
    void theFullAccountNumberAppearsInNoAuditRowEventOrReturnedValuesText() {
        PayoutAccountId old = bed.active(nigeria(agent)).id();
        prefer(old);
        PayoutAccountView next = bed.submitted(nigeria(agent));
        prefer(next.id());
        bed.review(next.id(), "bank_account", "reject", "wrong_account_number");
        PayoutAccountView edited = bed.accounts.editPayoutAccount().edit(next.id(), PayoutAccountFields.none().withAccountNumber("0000 0145 79").withBeneficiaryName("Adaeze Okafor"), manager());
        bed.accounts.submitPayoutAccount().submit(next.id(), manager());
        bed.clock.advance(Duration.ofDays(30));

        List<Object> returned = List.of(next, edited, bed.get(old), bed.accounts.listPayoutAccounts().list(PageRequest.first(10), manager()),
                overdue(PageRequest.first(10)), nigeria(agent));
        assertThat(returned).allSatisfy(value -> assertThat(value.toString()).doesNotContain(FULL_NUMBER).contains("4579"));
        assertThat(bed.audit).isNotEmpty().allSatisfy(row -> assertThat(row.toString()).doesNotContain(FULL_NUMBER));
        assertThat(events()).isNotEmpty().allSatisfy(event -> assertThat(event.toString()).doesNotContain(FULL_NUMBER));
        assertThat(edited.accountNumberLast4()).isEqualTo("4579");
    }

    // --- agents

    @Test
    void agentsAreRegisteredApprovedSuspendedAndListedByOperatorsWithAudit() {
        var register = bed.agents.registerAgent();
        Agent kenyan = register.register(new dev.paydesk.application.agent.RegisterAgent.Command("ke", " Nairobi Reps "), operator());
        assertThat(kenyan.country()).isEqualTo("KE");
        assertThat(kenyan.name()).isEqualTo("Nairobi Reps");
        bed.agents.approveAgent().approve(kenyan.id(), operator());
        Agent suspended = bed.agents.suspendAgent().suspend(kenyan.id(), operator());

        assertThat(suspended.status().code()).isEqualTo("suspended");
        assertThat(bed.agents.listAgents().list(new dev.paydesk.application.agent.ListAgents.Query("KE", null, 10), operator()).data())
                .extracting(Agent::id).containsExactly(kenyan.id());
        assertThat(bed.agents.listAgents().list(new dev.paydesk.application.agent.ListAgents.Query(null, null, 1), operator()).nextCursor())
                .isEqualTo(kenyan.id().value());
        assertThat(bed.audit).filteredOn(row -> row.objectId().equals(kenyan.id().value()))
                .extracting(AuditEvent::command, AuditEvent::fromState, AuditEvent::toState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("register_agent", null, "pending"),
                        org.assertj.core.groups.Tuple.tuple("approve_agent", "pending", "approved"),
                        org.assertj.core.groups.Tuple.tuple("suspend_agent", "approved", "suspended"));
        assertRefused(() -> bed.agents.suspendAgent().suspend(kenyan.id(), operator()), ErrorCode.INVALID_STATE, null);
        assertRefused(() -> bed.agents.approveAgent().approve(kenyan.id(), manager()), ErrorCode.FORBIDDEN, null);
        assertRefused(() -> register.register(new dev.paydesk.application.agent.RegisterAgent.Command("FR", ""), operator()),
                ErrorCode.VALIDATION_FAILED, "unsupported_country");
    }

    private PayoutAccountView prefer(PayoutAccountId id) {
        return bed.accounts.preferPayoutAccount().prefer(id, manager());
    }

    private OverdueReviewPage overdue(PageRequest page) {
        return bed.accounts.listOverduePayoutAccountReviews().list(page, operator());
    }

    /** A payout-account event as the outbox holds it. */
    private record Published(String merchantId, String type, String payoutAccountId, java.util.Map<String, Object> payload) {
    }

    /** The merchant's payout-account events from the common outbox, oldest first. */
    private List<Published> events() {
        List<Published> newestFirst = bed.ports.unitOfWork().inTransaction(() -> bed.ports.events().listForMerchant(MERCHANT, null, 1_000)).stream()
                .filter(event -> event.type().startsWith("payout_account."))
                .map(event -> new Published(event.merchantId().value(), event.type(), event.objectId(), event.payload()))
                .toList();
        List<Published> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private List<Published> preferredEvents() {
        return events().stream().filter(event -> event.type().equals("payout_account.preferred")).toList();
    }

    private static void assertRefused(ThrowingCallable call, ErrorCode code, String fieldCode) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            if (fieldCode != null) {
                assertThat(refused.errors()).extracting(dev.paydesk.domain.shared.FieldError::code).contains(fieldCode);
            }
        });
    }
}
