package dev.paydesk.application.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.paydesk.adapters.persistence.memory.InMemoryPersistence;
import dev.paydesk.application.refund.RecordRefundGatewayResult.Outcome;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.PaydeskOptions;
import dev.paydesk.application.refund.gateway.RefundGateway;
import dev.paydesk.application.refund.gateway.RefundGatewayResponse;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.testing.PaydeskWorld;
import dev.paydesk.application.testing.ScriptedRefundGateway;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.event.DomainEvent;
import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC §6 at the application level: real domain, in-memory adapter, a clock the test moves. */
class RefundUseCasesTest {
    private final ScriptedRefundGateway gateway = new ScriptedRefundGateway();
    private final PaydeskWorld world = new PaydeskWorld(InMemoryPersistence.create(), gateway);

    @AfterEach
    void ledgerStaysBalanced() {
        world.assertLedgerBalanced();
    }

    private static void refused(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    private Refund approve(Refund refund) {
        return world.paydesk.approveRefund().approve(world.finance, refund.id());
    }

    private Refund outcome(RefundId id, Outcome outcome, String code) {
        return world.paydesk.recordRefundGatewayResult().record(world.operator, new RecordRefundGatewayResult.Command(id, outcome, code));
    }

    private List<String> eventTypes() {
        return world.paydesk.listEvents().list(world.admin, null, null, 100).data().stream().map(DomainEvent::type).toList();
    }

    @Test
    void aRefundOfACompletedTransactionWaitsForApproval() {
        TransactionId sale = world.completedSale(100_000);

        Refund refund = world.requestRefund(sale, 40_000);

        assertThat(refund.status()).isEqualTo(RefundStatus.PENDING_APPROVAL);
        assertThat(refund.amount()).isEqualTo(Money.of(40_000, "NGN"));
        assertThat(refund.createdBy()).isEqualTo("usr_01SUPPORT");
        assertThat(world.audit.last()).extracting(AuditEvent::command, AuditEvent::fromState, AuditEvent::toState, AuditEvent::requestId)
                .containsExactly("create_refund", null, "pending_approval", "req_usr_01SUPPORT");
        assertThat(eventTypes()).first().isEqualTo("refund.created");
        assertThat(world.balance(MerchantAccountType.SHOP)).isEqualTo(Money.of(100_000, "NGN"));
        assertThat(world.paydesk.getTransaction().get(world.viewer, sale)).satisfies(view -> {
            assertThat(view.refundableAmount()).isEqualTo(Money.of(60_000, "NGN"));
            assertThat(view.pendingRefundAmount()).isEqualTo(Money.of(40_000, "NGN"));
            assertThat(view.refundedAmount()).isEqualTo(Money.of(0, "NGN"));
        });
    }

    @Test
    void partialAndRepeatedRefundsNeverExceedTheAmount() {
        TransactionId sale = world.completedSale(100_000);
        world.requestRefund(sale, 60_000);
        world.requestRefund(sale, 40_000);

        refused(ErrorCode.REFUND_EXCEEDS_REFUNDABLE, () -> world.requestRefund(sale, 1));
    }

    @Test
    void aRefundAboveTheRefundableAmountIsRefusedNamingTheAmount() {
        TransactionId sale = world.completedSale(100_000);
        assertThatThrownBy(() -> world.requestRefund(sale, 100_001))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REFUND_EXCEEDS_REFUNDABLE);
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("amount");
                });
    }

    @Test
    void aZeroOrNegativeAmountIsAValidationError() {
        TransactionId sale = world.completedSale(100_000);
        refused(ErrorCode.VALIDATION_FAILED, () -> world.requestRefund(sale, 0));
        refused(ErrorCode.VALIDATION_FAILED, () -> world.requestRefund(sale, -5));
    }

    @Test
    void aPendingOrCancelledTransactionCannotBeRefunded() {
        TransactionId pending = world.paydesk.recordTransaction().record(world.operator, new dev.paydesk.application.transaction.RecordTransaction.Command(
                PaydeskWorld.MERCHANT, "pending-1", Money.of(5_000, "NGN"),
                dev.paydesk.domain.transaction.PaymentMethod.of(dev.paydesk.domain.transaction.PaymentMethodType.MOBILE_MONEY), false)).transaction().id();
        refused(ErrorCode.INVALID_STATE, () -> world.requestRefund(pending, 1_000));
        world.paydesk.cancelTransaction().cancel(world.operator, pending);
        refused(ErrorCode.INVALID_STATE, () -> world.requestRefund(pending, 1_000));
    }

    @Test
    void creatingARefundNeedsRefundsCreate() {
        TransactionId sale = world.completedSale(100_000);
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.createRefund().create(world.finance, new CreateRefund.Command(sale, 1_000, null)));
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.createRefund().create(world.operator, new CreateRefund.Command(sale, 1_000, null)));
    }

    @Test
    void anotherMerchantsTransactionAndRefundAreNotFound() {
        TransactionId sale = world.completedSale(100_000);
        Refund refund = world.requestRefund(sale, 1_000);

        refused(ErrorCode.NOT_FOUND, () -> world.paydesk.createRefund().create(world.otherFinance, new CreateRefund.Command(sale, 1_000, null)));
        refused(ErrorCode.NOT_FOUND, () -> world.paydesk.approveRefund().approve(world.otherFinance, refund.id()));
        refused(ErrorCode.NOT_FOUND, () -> world.paydesk.rejectRefund().reject(world.otherFinance, refund.id(), "no"));
        refused(ErrorCode.NOT_FOUND, () -> world.paydesk.cancelRefund().cancel(world.otherFinance, refund.id()));
        refused(ErrorCode.NOT_FOUND, () -> world.paydesk.getRefund().get(world.otherFinance, refund.id()));
        assertThat(world.paydesk.listRefunds().list(world.otherFinance, ListRefunds.Filter.NONE, null, 20).data()).isEmpty();
    }

    @Test
    void approvingOwnRefundIsRefusedEvenForAnAdmin() {
        TransactionId sale = world.completedSale(100_000);
        Refund byAdmin = world.paydesk.createRefund().create(world.admin, new CreateRefund.Command(sale, 1_000, null));

        refused(ErrorCode.FOUR_EYES_VIOLATION, () -> world.paydesk.approveRefund().approve(world.admin, byAdmin.id()));
        assertThat(world.paydesk.getRefund().get(world.admin, byAdmin.id()).status()).isEqualTo(RefundStatus.PENDING_APPROVAL);
        assertThat(world.balance(MerchantAccountType.REFUNDS_IN_FLIGHT).isZero()).isTrue();
    }

    @Test
    void approvingNeedsRefundsApprove() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 1_000);
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.approveRefund().approve(world.viewer, refund.id()));
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.approveRefund().approve(world.operator, refund.id()));
    }

    @Test
    void approvalMovesTheAmountFromShopThenMainToRefundsInFlightAndSendsItToTheGateway() {
        TransactionId sale = world.completedSale(30_000);
        Refund refund = world.requestRefund(sale, 30_000);
        world.completedSale(PaydeskWorld.OTHER_MERCHANT, 1); // an unrelated merchant's sale changes nothing here
        // Shop holds 30,000; another approved refund takes 20,000 of it first.
        TransactionId second = world.completedSale(20_000);
        approve(world.requestRefund(second, 20_000));
        assertThat(world.balance(MerchantAccountType.SHOP)).isEqualTo(Money.of(30_000, "NGN"));

        Refund approved = approve(refund);

        assertThat(approved.status()).isEqualTo(RefundStatus.PROCESSING);
        assertThat(approved.approvedBy()).isEqualTo("usr_01FINANCE");
        assertThat(approved.attempts()).isEqualTo(1);
        assertThat(world.balance(MerchantAccountType.SHOP)).isEqualTo(Money.of(0, "NGN"));
        assertThat(world.balance(MerchantAccountType.REFUNDS_IN_FLIGHT)).isEqualTo(Money.of(50_000, "NGN"));
        assertThat(gateway.requests).hasSize(2);
        assertThat(gateway.requests.get(1)).satisfies(request -> {
            assertThat(request.refundId()).isEqualTo(refund.id());
            assertThat(request.paymentMethod().last4()).isEqualTo("4242");
            assertThat(request.attempt()).isEqualTo(1);
        });
        assertThat(eventTypes()).contains("refund.approved");
    }

    /** Stands in for settlement and payouts (not built yet): moves a merchant's money between its accounts. */
    private void move(MerchantAccountType from, MerchantAccountType to, long amount) {
        world.ports.unitOfWork().run(() -> world.ports.ledger().append(JournalEntry.builder(world.paydesk.ids().next(JournalEntry.ID_PREFIX),
                        EntryCause.of(EntryCause.Kind.SETTLEMENT, "stl_01TEST"), "test_move", world.clock.instant())
                .transfer(LedgerAccount.merchant(PaydeskWorld.MERCHANT, from, Currencies.of("NGN")),
                        LedgerAccount.merchant(PaydeskWorld.MERCHANT, to, Currencies.of("NGN")), Money.of(amount, "NGN"))
                .build()));
    }

    @Test
    void whatShopCannotCoverComesFromMain() {
        Refund refund = world.requestRefund(world.completedSale(10_000), 10_000);
        move(MerchantAccountType.SHOP, MerchantAccountType.MAIN, 7_000);

        approve(refund);

        assertThat(world.balance(MerchantAccountType.SHOP).isZero()).isTrue();
        assertThat(world.balance(MerchantAccountType.MAIN).isZero()).isTrue();
        assertThat(world.balance(MerchantAccountType.REFUNDS_IN_FLIGHT)).isEqualTo(Money.of(10_000, "NGN"));
        assertThat(world.ports.unitOfWork().inTransaction(() -> world.ports.ledger().entriesFor(EntryCause.of(EntryCause.Kind.REFUND, refund.id().value()))))
                .singleElement().satisfies(entry -> assertThat(entry.command()).isEqualTo("approve_refund"));
    }

    @Test
    void mainMayGoNegativeWhenTheMoneyWasAlreadyPaidOut() {
        Refund refund = world.requestRefund(world.completedSale(10_000), 6_000);
        move(MerchantAccountType.SHOP, MerchantAccountType.MAIN, 10_000);
        move(MerchantAccountType.MAIN, MerchantAccountType.PAYOUT_IN_TRANSIT, 10_000);

        approve(refund);

        assertThat(world.balance(MerchantAccountType.SHOP).isZero()).isTrue();
        assertThat(world.balance(MerchantAccountType.MAIN)).isEqualTo(Money.of(-6_000, "NGN"));
        assertThat(world.balance(MerchantAccountType.REFUNDS_IN_FLIGHT)).isEqualTo(Money.of(6_000, "NGN"));
    }

    @Test
    void aSucceededOutcomeCompletesTheRefundAndCreditsCustomers() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);
        world.clock.advance(Duration.ofMinutes(3));

        Refund completed = outcome(refund.id(), Outcome.SUCCEEDED, null);

        assertThat(completed.status()).isEqualTo(RefundStatus.COMPLETED);
        assertThat(completed.completedAt()).isEqualTo(world.clock.instant());
        assertThat(completed.expectedCreditBy()).isEqualTo(world.clock.instant().plus(Duration.ofHours(48)));
        assertThat(world.balance(MerchantAccountType.REFUNDS_IN_FLIGHT).isZero()).isTrue();
        assertThat(world.balance(MerchantAccountType.SHOP)).isEqualTo(Money.of(75_000, "NGN"));
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(Money.of(25_000, "NGN"));
        assertThat(eventTypes()).first().isEqualTo("refund.completed");
        assertThat(world.audit.last()).extracting(AuditEvent::fromState, AuditEvent::toState).containsExactly("processing", "completed");
    }

    @Test
    void theSameOutcomeTwiceChangesNothing() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);
        Refund first = outcome(refund.id(), Outcome.SUCCEEDED, null);
        int events = eventTypes().size();
        world.clock.advance(Duration.ofMinutes(1));

        Refund second = outcome(refund.id(), Outcome.SUCCEEDED, null);

        assertThat(second).isEqualTo(first);
        assertThat(eventTypes()).hasSize(events);
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(Money.of(25_000, "NGN"));
    }

    @Test
    void anOutcomeForARefundNotInProcessingIsInvalidState() {
        Refund pending = world.requestRefund(world.completedSale(100_000), 25_000);
        refused(ErrorCode.INVALID_STATE, () -> outcome(pending.id(), Outcome.SUCCEEDED, null));

        approve(pending);
        outcome(pending.id(), Outcome.SUCCEEDED, null);
        refused(ErrorCode.INVALID_STATE, () -> outcome(pending.id(), Outcome.FAILED, "bank_rejected"));
    }

    @Test
    void onlyOperatorsReportGatewayOutcomesAndAFailureNeedsACode() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.recordRefundGatewayResult().record(world.admin,
                new RecordRefundGatewayResult.Command(refund.id(), Outcome.SUCCEEDED, null)));
        refused(ErrorCode.VALIDATION_FAILED, () -> outcome(refund.id(), Outcome.FAILED, null));
        refused(ErrorCode.NOT_FOUND, () -> outcome(new RefundId("rfd_01NOPE"), Outcome.SUCCEEDED, null));
    }

    @Test
    void aFailedRefundKeepsTheMerchantDebitedAndIsRetriedOnSchedule() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);

        Refund failed = outcome(refund.id(), Outcome.FAILED, "card_expired");

        assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(failed.failureCode()).isEqualTo("card_expired");
        assertThat(failed.nextRetryAt()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(world.balance(MerchantAccountType.REFUNDS_IN_FLIGHT)).isEqualTo(Money.of(25_000, "NGN"));
        assertThat(world.paydesk.getTransaction().get(world.viewer, refund.transactionId()).refundableAmount()).isEqualTo(Money.of(75_000, "NGN"));
        assertThat(eventTypes()).first().isEqualTo("refund.failed");

        assertThat(world.paydesk.retryFailedRefunds().run()).as("not due yet").isZero();
        world.clock.advance(Duration.ofMinutes(1));
        assertThat(world.paydesk.retryFailedRefunds().run()).isEqualTo(1);
        Refund retried = world.paydesk.getRefund().get(world.viewer, refund.id());
        assertThat(retried.status()).isEqualTo(RefundStatus.PROCESSING);
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(gateway.requests).extracting(r -> r.attempt()).containsExactly(1, 2);
        assertThat(world.audit.last()).extracting(AuditEvent::actorId, AuditEvent::command).containsExactly("system:refund_retries", "retry_refund");
    }

    @Test
    void retriesWaitOneFiveThirtyMinutesTwoHoursThenSixHours() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);
        List<Duration> expected = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(6), Duration.ofHours(6));
        for (Duration delay : expected) {
            Refund failed = outcome(refund.id(), Outcome.FAILED, "issuer_unavailable");
            assertThat(failed.nextRetryAt()).isEqualTo(world.clock.instant().plus(delay));
            world.clock.advance(delay.minusSeconds(1));
            assertThat(world.paydesk.retryFailedRefunds().run()).as("before %s", delay).isZero();
            world.clock.advance(Duration.ofSeconds(1));
            assertThat(world.paydesk.retryFailedRefunds().run()).as("at %s", delay).isEqualTo(1);
        }
        assertThat(outcome(refund.id(), Outcome.SUCCEEDED, null).status()).isEqualTo(RefundStatus.COMPLETED);
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(Money.of(25_000, "NGN"));
    }

    @Test
    void aRefundWhoseAnswerNeverCameIsSentAgainWithTheSameAttemptUntilAnswered() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund); // the gateway accepts and never answers: as if the process had stopped before the call
        Duration wait = RefundDispatch.RESEND_UNANSWERED_AFTER;

        world.clock.advance(wait.minusSeconds(1));
        assertThat(world.paydesk.resendUnansweredRefunds().run()).as("not overdue yet").isZero();
        world.clock.advance(Duration.ofSeconds(1));
        assertThat(world.paydesk.resendUnansweredRefunds().run()).isEqualTo(1);
        world.clock.advance(RefundDispatch.waitAfterResend(0).minusSeconds(1));
        assertThat(world.paydesk.resendUnansweredRefunds().run()).as("sent: overdue again only after a longer wait").isZero();
        world.clock.advance(Duration.ofSeconds(1));
        gateway.then(RefundGatewayResponse.succeeded());
        assertThat(world.paydesk.resendUnansweredRefunds().run()).isEqualTo(1);

        assertThat(gateway.requests).extracting(r -> r.refundId(), r -> r.attempt())
                .containsExactly(tuple(refund.id(), 1), tuple(refund.id(), 1), tuple(refund.id(), 1));
        Refund completed = world.paydesk.getRefund().get(world.viewer, refund.id());
        assertThat(completed.status()).isEqualTo(RefundStatus.COMPLETED);
        assertThat(completed.attempts()).as("a resend is not a new attempt").isEqualTo(1);
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(Money.of(25_000, "NGN"));
        assertThat(awaitedAnswers()).as("answered").isEmpty();
    }

    /** Every refund whose answer is still awaited, however far ahead its next resend. */
    private List<Refund> awaitedAnswers() {
        Instant farAhead = world.clock.instant().plus(Duration.ofDays(365));
        return world.ports.unitOfWork().inTransaction(() -> world.ports.refunds().claimUnanswered(farAhead, resends -> farAhead, 100));
    }

    @Test
    void aResendThatCannotReachTheGatewayFailsNothingAndIsSentAgainLater() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);
        world.clock.advance(RefundDispatch.RESEND_UNANSWERED_AFTER);
        gateway.thenThrow(new IllegalStateException("connection refused"));

        assertThat(world.paydesk.resendUnansweredRefunds().run()).isEqualTo(1);

        assertThat(world.paydesk.getRefund().get(world.viewer, refund.id()).status())
                .as("the gateway may hold the attempt already: failing it would let a second attempt pay twice")
                .isEqualTo(RefundStatus.PROCESSING);
        world.clock.advance(RefundDispatch.waitAfterResend(0));
        gateway.then(RefundGatewayResponse.succeeded());
        assertThat(world.paydesk.resendUnansweredRefunds().run()).isEqualTo(1);
        assertThat(world.paydesk.getRefund().get(world.viewer, refund.id()).status()).isEqualTo(RefundStatus.COMPLETED);
        assertThat(gateway.requests).extracting(r -> r.attempt()).containsExactly(1, 1, 1);
    }

    /**
     * Approves a refund whose answer never comes, then resends attempt 1; while the gateway is being
     * called, an operator fails that attempt and forces attempt 2, and then attempt 1's {@code lateAnswer} arrives.
     */
    private Refund lateAnswerToTheFirstAttempt(RefundGatewayResponse lateAnswer) {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);
        world.clock.advance(RefundDispatch.RESEND_UNANSWERED_AFTER);
        gateway.thenAnswer(() -> {
            outcome(refund.id(), Outcome.FAILED, "issuer_unavailable");
            world.paydesk.forceRefundRetry().retry(world.operator, refund.id());
            return lateAnswer;
        });
        world.paydesk.resendUnansweredRefunds().run();
        return refund;
    }

    @Test
    void aLateFailureOfAnEarlierAttemptLeavesTheCurrentAttemptWaitingForItsOwn() {
        Refund refund = lateAnswerToTheFirstAttempt(RefundGatewayResponse.failed("card_expired"));

        Refund current = world.paydesk.getRefund().get(world.viewer, refund.id());
        assertThat(current.status()).isEqualTo(RefundStatus.PROCESSING);
        assertThat(current.attempts()).isEqualTo(2);
        assertThat(gateway.requests).extracting(r -> r.attempt()).containsExactly(1, 1, 2);
        assertThat(awaitedAnswers()).as("attempt 2 still awaits its answer").extracting(Refund::id).containsExactly(refund.id());
    }

    @Test
    void aLateSuccessOfAnEarlierAttemptCompletesTheRefund() {
        Refund refund = lateAnswerToTheFirstAttempt(RefundGatewayResponse.succeeded());

        Refund completed = world.paydesk.getRefund().get(world.viewer, refund.id());
        assertThat(completed.status()).as("the customer was paid").isEqualTo(RefundStatus.COMPLETED);
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(Money.of(25_000, "NGN"));
        assertThat(awaitedAnswers()).isEmpty();
    }

    @Test
    void eachResendWaitsLongerForItsAnswer() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);
        world.clock.advance(RefundDispatch.RESEND_UNANSWERED_AFTER);
        assertThat(world.paydesk.resendUnansweredRefunds().run()).isEqualTo(1);
        for (int earlier = 0; earlier < 5; earlier++) {
            Duration wait = RefundDispatch.waitAfterResend(earlier);
            world.clock.advance(wait.minusSeconds(1));
            assertThat(world.paydesk.resendUnansweredRefunds().run()).as("before %s", wait).isZero();
            world.clock.advance(Duration.ofSeconds(1));
            assertThat(world.paydesk.resendUnansweredRefunds().run()).as("at %s", wait).isEqualTo(1);
        }
        assertThat(gateway.requests).hasSize(7);
    }

    @Test
    void theJobForgetsWhatWasAwaitedOfAnAnsweredRefundOnceOverdueWithoutSendingItAgain() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);
        outcome(refund.id(), Outcome.SUCCEEDED, null);
        world.clock.advance(RefundDispatch.RESEND_UNANSWERED_AFTER);

        assertThat(world.paydesk.resendUnansweredRefunds().run()).isZero();

        assertThat(gateway.requests).hasSize(1);
        Instant farAhead = world.clock.instant().plus(Duration.ofDays(365));
        assertThat(world.ports.unitOfWork().inTransaction(() -> world.ports.refunds().forgetAnswered(farAhead, 100)))
                .as("already forgotten by the job").isZero();
    }

    /** A gateway that answers each call once {@code together} calls are in flight at once, or after 5 s; records which. */
    private static final class GatewayAnsweringCallsInFlightTogether implements RefundGateway {
        final List<Boolean> answeredTogether = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger mostInFlight = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.CountDownLatch arrived;

        GatewayAnsweringCallsInFlightTogether(int together) {
            this.arrived = new java.util.concurrent.CountDownLatch(together);
        }

        @Override
        public RefundGatewayResponse submit(dev.paydesk.application.refund.gateway.RefundRequest request) {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                arrived.countDown();
                answeredTogether.add(arrived.await(5, java.util.concurrent.TimeUnit.SECONDS));
                Thread.sleep(20);
                return RefundGatewayResponse.accepted();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private List<Refund> approvedAndAwaitingAnswers(int count) {
        TransactionId sale = world.completedSale(100_000);
        List<Refund> approved = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            approved.add(approve(world.requestRefund(sale, 1_000)));
        }
        return approved;
    }

    @Test
    void theRetryJobSendsABatchOfFailedRefundsToTheGatewayInParallel() {
        approvedAndAwaitingAnswers(12).forEach(refund -> outcome(refund.id(), Outcome.FAILED, "issuer_unavailable"));
        world.clock.advance(Duration.ofHours(1));
        GatewayAnsweringCallsInFlightTogether gateway = new GatewayAnsweringCallsInFlightTogether(3);
        Paydesk paydesk = Paydesk.over(world.ports, world.clock, PaydeskOptions.defaults().withRefundGateway(gateway));

        assertThat(paydesk.retryFailedRefunds().run()).isEqualTo(12);

        assertThat(gateway.answeredTogether).hasSize(12).containsOnly(true);
        assertThat(gateway.mostInFlight.get()).as("at most %s calls at once", RefundDispatch.PARALLEL_SENDS)
                .isBetween(3, RefundDispatch.PARALLEL_SENDS);
        assertThat(awaitedAnswers()).hasSize(12);
    }

    @Test
    void theResendJobSendsABatchOfUnansweredRefundsToTheGatewayInParallel() {
        approvedAndAwaitingAnswers(3);
        world.clock.advance(RefundDispatch.RESEND_UNANSWERED_AFTER);
        GatewayAnsweringCallsInFlightTogether gateway = new GatewayAnsweringCallsInFlightTogether(3);
        Paydesk paydesk = Paydesk.over(world.ports, world.clock, PaydeskOptions.defaults().withRefundGateway(gateway));

        assertThat(paydesk.resendUnansweredRefunds().run()).isEqualTo(3);

        assertThat(gateway.answeredTogether).containsExactly(true, true, true);
    }

    /** One refund of a card sale and one of a mobile-money sale, both approved and awaiting an answer. */
    private Map<TransactionId, PaymentMethod> refundsOfTwoPaymentMethodsAwaitingAnswers() {
        Map<TransactionId, PaymentMethod> methods = Map.of(
                world.completedSale(PaydeskWorld.MERCHANT, 50_000, new PaymentMethod(PaymentMethodType.CARD, "visa", "4242")),
                new PaymentMethod(PaymentMethodType.CARD, "visa", "4242"),
                world.completedSale(PaydeskWorld.MERCHANT, 50_000, new PaymentMethod(PaymentMethodType.MOBILE_MONEY, "mtn", null)),
                new PaymentMethod(PaymentMethodType.MOBILE_MONEY, "mtn", null));
        methods.keySet().forEach(sale -> approve(world.requestRefund(sale, 1_000)));
        gateway.requests.clear();
        return methods;
    }

    @Test
    void theRetryJobSendsEachRefundOfABatchWithItsOwnTransactionsPaymentMethod() {
        Map<TransactionId, PaymentMethod> methods = refundsOfTwoPaymentMethodsAwaitingAnswers();
        awaitedAnswers().forEach(refund -> outcome(refund.id(), Outcome.FAILED, "issuer_unavailable"));
        world.clock.advance(Duration.ofHours(1));

        assertThat(world.paydesk.retryFailedRefunds().run()).isEqualTo(2);

        assertThat(gateway.requests).hasSize(2).allSatisfy(request ->
                assertThat(request.paymentMethod()).isEqualTo(methods.get(request.transactionId())));
    }

    @Test
    void theResendJobSendsEachRefundOfABatchWithItsOwnTransactionsPaymentMethod() {
        Map<TransactionId, PaymentMethod> methods = refundsOfTwoPaymentMethodsAwaitingAnswers();
        world.clock.advance(RefundDispatch.RESEND_UNANSWERED_AFTER);

        assertThat(world.paydesk.resendUnansweredRefunds().run()).isEqualTo(2);

        assertThat(gateway.requests).hasSize(2).allSatisfy(request ->
                assertThat(request.paymentMethod()).isEqualTo(methods.get(request.transactionId())));
    }

    @Test
    void anOutcomeThatCannotBeRecordedFailsTheJobOnlyAfterEveryCallOfItsBatchWasMade() {
        approvedAndAwaitingAnswers(3).forEach(refund -> outcome(refund.id(), Outcome.FAILED, "issuer_unavailable"));
        world.clock.advance(Duration.ofHours(1));
        java.util.concurrent.atomic.AtomicInteger called = new java.util.concurrent.atomic.AtomicInteger();
        RefundGateway answeringOnceWithAnUnrecordableFailure = request ->
                called.incrementAndGet() == 1 ? RefundGatewayResponse.failed("x".repeat(61)) : RefundGatewayResponse.accepted();
        Paydesk paydesk = Paydesk.over(world.ports, world.clock, PaydeskOptions.defaults().withRefundGateway(answeringOnceWithAnUnrecordableFailure));

        assertThatThrownBy(() -> paydesk.retryFailedRefunds().run()).isInstanceOf(DomainException.class)
                .satisfies(failure -> assertThat(((DomainException) failure).code()).isEqualTo(ErrorCode.VALIDATION_FAILED));

        assertThat(called).hasValue(3);
        assertThat(awaitedAnswers()).as("each retried, each awaiting its answer").hasSize(3);
    }

    @Test
    void callsCutShortByAShutdownRecordNothingAndAreResentLater() throws Exception {
        List<Refund> refunds = approvedAndAwaitingAnswers(2);
        refunds.forEach(refund -> outcome(refund.id(), Outcome.FAILED, "issuer_unavailable"));
        world.clock.advance(Duration.ofHours(1));
        java.util.concurrent.CountDownLatch bothInFlight = new java.util.concurrent.CountDownLatch(2);
        RefundGateway slow = request -> {
            bothInFlight.countDown();
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException("call interrupted", e); // what an HTTP client does
            }
            return RefundGatewayResponse.succeeded();
        };
        Paydesk paydesk = Paydesk.over(world.ports, world.clock, PaydeskOptions.defaults().withRefundGateway(slow));
        java.util.concurrent.ExecutorService scheduler = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<Integer> run = scheduler.submit(() -> paydesk.retryFailedRefunds().run());
        assertThat(bothInFlight.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        scheduler.shutdownNow();

        assertThatThrownBy(() -> run.get(10, java.util.concurrent.TimeUnit.SECONDS)).hasRootCauseInstanceOf(InterruptedException.class);
        for (Refund refund : refunds) {
            Refund now = world.paydesk.getRefund().get(world.viewer, refund.id());
            assertThat(now.status()).as("the gateway may hold attempt 2: failing it would let attempt 3 pay twice")
                    .isEqualTo(RefundStatus.PROCESSING);
            assertThat(now.attempts()).isEqualTo(2);
        }
        assertThat(awaitedAnswers()).as("the resend job asks again").hasSize(2);
    }

    @Test
    void aFailureForgetsWhatWasAwaitedAtOnceSoThatAnyBuildMaySendTheNextAttempt() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);
        outcome(refund.id(), Outcome.FAILED, "issuer_unavailable");

        Instant farAhead = world.clock.instant().plus(Duration.ofDays(365));
        assertThat(world.ports.unitOfWork().inTransaction(() -> world.ports.refunds().forgetAnswered(farAhead, 100)))
                .as("nothing left for the job").isZero();
    }

    @Test
    void theWaitForAnAnswerDoublesAfterEachResendUpToSixHours() {
        assertThat(java.util.stream.IntStream.of(0, 1, 2, 3, 4, 5, 1_000).mapToObj(RefundDispatch::waitAfterResend))
                .containsExactly(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(6),
                        Duration.ofHours(6), Duration.ofHours(6));
    }

    @Test
    void aFailedRefundAwaitsNothingUntilItsRetrySendsTheNextAttempt() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        approve(refund);
        outcome(refund.id(), Outcome.FAILED, "issuer_unavailable");
        world.clock.advance(RefundDispatch.RESEND_UNANSWERED_AFTER);
        assertThat(world.paydesk.resendUnansweredRefunds().run()).as("failed: the retry schedule takes over").isZero();

        assertThat(world.paydesk.retryFailedRefunds().run()).isEqualTo(1);
        world.clock.advance(RefundDispatch.RESEND_UNANSWERED_AFTER);
        assertThat(world.paydesk.resendUnansweredRefunds().run()).isEqualTo(1);

        assertThat(gateway.requests).extracting(r -> r.attempt()).containsExactly(1, 2, 2);
    }

    @Test
    void anOperatorMayForceARetryOfAFailedRefundOnly() {
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);
        refused(ErrorCode.INVALID_STATE, () -> world.paydesk.forceRefundRetry().retry(world.operator, refund.id()));
        approve(refund);
        outcome(refund.id(), Outcome.FAILED, "card_expired");
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.forceRefundRetry().retry(world.admin, refund.id()));
        gateway.then(RefundGatewayResponse.succeeded());

        Refund retried = world.paydesk.forceRefundRetry().retry(world.operator, refund.id());

        assertThat(retried.status()).isEqualTo(RefundStatus.COMPLETED);
        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(Money.of(25_000, "NGN"));
    }

    @Test
    void aGatewayAnsweringAtOnceCompletesTheRefundBeforeApproveReturns() {
        gateway.then(RefundGatewayResponse.succeeded());
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);

        assertThat(approve(refund).status()).isEqualTo(RefundStatus.COMPLETED);
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(Money.of(25_000, "NGN"));
    }

    @Test
    void anUnreachableGatewayCountsAsAFailedAttempt() {
        gateway.thenThrow(new IllegalStateException("connection refused"));
        Refund refund = world.requestRefund(world.completedSale(100_000), 25_000);

        Refund afterApproval = approve(refund);

        assertThat(afterApproval.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(afterApproval.failureCode()).isEqualTo(RefundDispatch.UNREACHABLE);
        assertThat(world.balance(MerchantAccountType.REFUNDS_IN_FLIGHT)).isEqualTo(Money.of(25_000, "NGN"));
    }

    @Test
    void rejectionNeedsAReasonAndAnotherUserAndFreesTheAmount() {
        TransactionId sale = world.completedSale(100_000);
        Refund refund = world.requestRefund(sale, 100_000);
        refused(ErrorCode.VALIDATION_FAILED, () -> world.paydesk.rejectRefund().reject(world.finance, refund.id(), " "));
        refused(ErrorCode.FOUR_EYES_VIOLATION, () -> world.paydesk.rejectRefund().reject(
                PaydeskWorld.user("usr_01SUPPORT", PaydeskWorld.MERCHANT, java.util.EnumSet.allOf(dev.paydesk.domain.identity.Permission.class), true),
                refund.id(), "no"));
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.rejectRefund().reject(world.viewer, refund.id(), "no"));

        Refund rejected = world.paydesk.rejectRefund().reject(world.finance, refund.id(), "duplicate request");

        assertThat(rejected.status()).isEqualTo(RefundStatus.REJECTED);
        assertThat(rejected.rejectedBy()).isEqualTo("usr_01FINANCE");
        assertThat(rejected.rejectionReason()).isEqualTo("duplicate request");
        assertThat(world.requestRefund(sale, 100_000).status()).as("a new refund may be requested").isEqualTo(RefundStatus.PENDING_APPROVAL);
        refused(ErrorCode.INVALID_STATE, () -> approve(rejected));
        assertThat(eventTypes()).contains("refund.rejected");
    }

    @Test
    void theCreatorOrAnAdminMayCancelBeforeApprovalOnly() {
        TransactionId sale = world.completedSale(100_000);
        Refund byCreator = world.requestRefund(sale, 10_000);
        Refund byAdmin = world.requestRefund(sale, 10_000);
        Refund approved = world.requestRefund(sale, 10_000);

        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.cancelRefund().cancel(world.finance, byCreator.id()));
        assertThat(world.paydesk.cancelRefund().cancel(world.support, byCreator.id()).status()).isEqualTo(RefundStatus.CANCELLED);
        assertThat(world.paydesk.cancelRefund().cancel(world.admin, byAdmin.id()).status()).isEqualTo(RefundStatus.CANCELLED);
        approve(approved);
        refused(ErrorCode.INVALID_STATE, () -> world.paydesk.cancelRefund().cancel(world.support, approved.id()));
        refused(ErrorCode.INVALID_STATE, () -> world.paydesk.cancelRefund().cancel(world.support, byCreator.id()));
        assertThat(world.paydesk.getTransaction().get(world.viewer, sale).refundableAmount()).isEqualTo(Money.of(90_000, "NGN"));
        assertThat(eventTypes()).contains("refund.cancelled");
    }

    @Test
    void refundsListNewestFirstWithFiltersAndCursor() {
        TransactionId first = world.completedSale(100_000);
        TransactionId second = world.completedSale(100_000);
        Refund a = world.requestRefund(first, 1_000);
        world.clock.advance(Duration.ofSeconds(1));
        Refund b = world.requestRefund(second, 1_000);
        world.clock.advance(Duration.ofSeconds(1));
        Refund c = world.requestRefund(first, 1_000);
        approve(c);

        Page<Refund> page1 = world.paydesk.listRefunds().list(world.viewer, ListRefunds.Filter.NONE, null, 2);
        Page<Refund> page2 = world.paydesk.listRefunds().list(world.viewer, ListRefunds.Filter.NONE, page1.nextCursor(), 2);

        assertThat(page1.data()).extracting(Refund::id).containsExactly(c.id(), b.id());
        assertThat(page2.data()).extracting(Refund::id).containsExactly(a.id());
        assertThat(page2.nextCursor()).isNull();
        assertThat(world.paydesk.listRefunds().list(world.viewer, new ListRefunds.Filter(null, null, first), null, 20).data())
                .extracting(Refund::id).containsExactly(c.id(), a.id());
        assertThat(world.paydesk.listRefunds().list(world.viewer, new ListRefunds.Filter(null, RefundStatus.PROCESSING, null), null, 20).data())
                .extracting(Refund::id).containsExactly(c.id());
        refused(ErrorCode.VALIDATION_FAILED, () -> world.paydesk.listRefunds().list(world.viewer, ListRefunds.Filter.NONE, null, 101));
        refused(ErrorCode.VALIDATION_FAILED, () -> world.paydesk.listRefunds().list(world.viewer, ListRefunds.Filter.NONE, "garbage!", 10));
    }
}
