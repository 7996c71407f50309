package dev.paydesk.application.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.memory.InMemoryPersistence;
import dev.paydesk.application.PaydeskOptions;
import dev.paydesk.application.refund.CreateRefund;
import dev.paydesk.application.refund.gateway.SimulatedRefundGateway;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.testing.PaydeskWorld;
import dev.paydesk.application.transaction.RecordTransaction;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeClosure;
import dev.paydesk.domain.dispute.DisputeOutcome;
import dev.paydesk.domain.dispute.DisputeReason;
import dev.paydesk.domain.dispute.DisputeSettings;
import dev.paydesk.domain.dispute.DisputeSource;
import dev.paydesk.domain.dispute.DisputeStatus;
import dev.paydesk.domain.dispute.DocumentUpload;
import dev.paydesk.domain.dispute.EvidenceSubmission;
import dev.paydesk.domain.event.DomainEvent;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.TransactionId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC §7 at the application level: real domain, in-memory adapter, a clock the test moves. */
class DisputeUseCasesTest {
    private static final Money FEE = Money.of(2_500, "NGN");
    private static final byte[] PDF = "%PDF-1.7 signed delivery note".getBytes(StandardCharsets.ISO_8859_1);

    private final InMemoryDocumentStore documents = new InMemoryDocumentStore();
    private final PaydeskWorld world = new PaydeskWorld(InMemoryPersistence.create(), PaydeskOptions.defaults()
            .withRefundGateway(SimulatedRefundGateway.alwaysSucceeding())
            .withDocuments(documents)
            .withDisputeSettings(DisputeSettings.DEFAULT.withChargebackFee(FEE)));

    @AfterEach
    void ledgerStaysBalanced() {
        world.assertLedgerBalanced();
    }

    private static void refused(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    private Dispute open(TransactionId sale, long amount, DisputeSource source) {
        return world.paydesk.openDispute().open(world.operator, new OpenDispute.Command(sale, amount, DisputeReason.PRODUCT_NOT_RECEIVED, source, null));
    }

    private Dispute submit(Dispute dispute, DocumentUpload... uploads) {
        return world.paydesk.submitEvidence().submit(world.disputeManager, new SubmitEvidence.Command(dispute.id(),
                new EvidenceSubmission("a kettle", null, "DHL 12345", null, null, List.of(uploads))));
    }

    private Dispute decide(Dispute dispute, DisputeOutcome outcome) {
        return world.paydesk.decideDispute().decide(world.operator, new DecideDispute.Command(dispute.id(), outcome));
    }

    private List<DomainEvent> events() {
        return world.paydesk.listEvents().list(world.admin, null, null, 100).data();
    }

    private Money balance(MerchantAccountType type) {
        return world.balance(type);
    }

    private static Money ngn(long amount) {
        return Money.of(amount, "NGN");
    }

    @Test
    void openingAChargebackHoldsTheAmountAndChargesTheFeeFromShopFirst() {
        TransactionId sale = world.completedSale(100_000);

        Dispute dispute = open(sale, 30_000, DisputeSource.CHARGEBACK);

        assertThat(dispute.status()).isEqualTo(DisputeStatus.NEEDS_RESPONSE);
        assertThat(dispute.respondBy()).isEqualTo(PaydeskWorld.T0.plus(Duration.ofDays(7)));
        assertThat(dispute.chargebackFee()).isEqualTo(FEE);
        assertThat(balance(MerchantAccountType.SHOP)).isEqualTo(ngn(67_500));
        assertThat(balance(MerchantAccountType.MAIN)).isEqualTo(ngn(0));
        assertThat(balance(MerchantAccountType.DISPUTES_HELD)).isEqualTo(ngn(30_000));
        assertThat(world.platform(PlatformAccountType.FEES)).isEqualTo(FEE);
        assertThat(world.audit.last()).extracting(AuditEvent::command, AuditEvent::fromState, AuditEvent::toState, AuditEvent::objectId)
                .containsExactly("open_dispute", null, "needs_response", dispute.id().value());
        assertThat(events().get(0)).satisfies(event -> {
            assertThat(event.type()).isEqualTo("dispute.created");
            assertThat(event.payload()).containsEntry("amount", 30_000L).containsEntry("source", "chargeback").containsEntry("status", "needs_response");
        });
    }

    @Test
    void aClaimCarriesNoFeeAndAFeeBeyondShopComesFromMainWhichMayGoNegative() {
        TransactionId small = world.completedSale(1_000);
        open(small, 1_000, DisputeSource.CLAIM);
        assertThat(world.platform(PlatformAccountType.FEES)).isEqualTo(ngn(0));
        assertThat(balance(MerchantAccountType.SHOP)).isEqualTo(ngn(0));

        TransactionId other = world.completedSale(2_000);
        open(other, 1_500, DisputeSource.CHARGEBACK);

        assertThat(balance(MerchantAccountType.SHOP)).isEqualTo(ngn(0));
        assertThat(balance(MerchantAccountType.MAIN)).isEqualTo(ngn(-2_000));
        assertThat(balance(MerchantAccountType.DISPUTES_HELD)).isEqualTo(ngn(2_500));
    }

    @Test
    void aWonChargebackGivesTheHeldAmountBackToMainAndKeepsTheFee() {
        TransactionId sale = world.completedSale(100_000);
        Dispute dispute = open(sale, 30_000, DisputeSource.CHARGEBACK);
        world.clock.advance(Duration.ofDays(2));

        Dispute underReview = submit(dispute, new DocumentUpload("delivery-note.pdf", "application/pdf", PDF));

        assertThat(underReview.status()).isEqualTo(DisputeStatus.UNDER_REVIEW);
        assertThat(underReview.evidence().documents()).singleElement().satisfies(document -> {
            assertThat(documents.get(document.sha256())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(PDF));
            assertThat(document.sizeBytes()).isEqualTo(PDF.length);
        });
        assertThat(world.audit.last()).extracting(AuditEvent::command, AuditEvent::fromState, AuditEvent::toState)
                .containsExactly("submit_dispute_evidence", "needs_response", "under_review");
        assertThat(events().get(0).type()).isEqualTo("dispute.evidence_submitted");

        Dispute won = decide(underReview, DisputeOutcome.WON);

        assertThat(won.status()).isEqualTo(DisputeStatus.WON);
        assertThat(balance(MerchantAccountType.DISPUTES_HELD)).isEqualTo(ngn(0));
        assertThat(balance(MerchantAccountType.MAIN)).isEqualTo(ngn(30_000));
        assertThat(balance(MerchantAccountType.SHOP)).isEqualTo(ngn(67_500));
        assertThat(world.platform(PlatformAccountType.FEES)).isEqualTo(FEE);
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(ngn(0));
        assertThat(world.audit.last()).extracting(AuditEvent::command, AuditEvent::fromState, AuditEvent::toState)
                .containsExactly("decide_dispute", "under_review", "won");
        assertThat(events().get(0)).satisfies(event -> {
            assertThat(event.type()).isEqualTo("dispute.closed");
            assertThat(event.payload()).containsEntry("outcome", "won").containsEntry("status", "won");
        });
        assertThat(world.paydesk.getTransaction().get(world.viewer, sale).refundableAmount()).isEqualTo(ngn(100_000));
    }

    @Test
    void aLostDisputeSendsTheHeldAmountToTheCustomer() {
        Dispute dispute = open(world.completedSale(100_000), 30_000, DisputeSource.CHARGEBACK);
        Dispute lost = decide(submit(dispute, new DocumentUpload("note.pdf", null, PDF)), DisputeOutcome.LOST);

        assertThat(lost.outcome()).contains(DisputeOutcome.LOST);
        assertThat(balance(MerchantAccountType.DISPUTES_HELD)).isEqualTo(ngn(0));
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(ngn(30_000));
        assertThat(balance(MerchantAccountType.SHOP).plus(balance(MerchantAccountType.MAIN))).isEqualTo(ngn(67_500));
        assertThat(events().get(0).payload()).containsEntry("outcome", "lost");
    }

    @Test
    void acceptingADisputeLosesIt() {
        Dispute dispute = open(world.completedSale(100_000), 30_000, DisputeSource.CLAIM);

        Dispute accepted = world.paydesk.acceptDispute().accept(world.disputeManager, dispute.id());

        assertThat(accepted.status()).isEqualTo(DisputeStatus.LOST);
        assertThat(accepted.closure()).isEqualTo(DisputeClosure.ACCEPTED);
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(ngn(30_000));
        assertThat(world.audit.last()).extracting(AuditEvent::command, AuditEvent::actorId, AuditEvent::fromState, AuditEvent::toState)
                .containsExactly("accept_dispute", "usr_01DISPUTES", "needs_response", "lost");
        assertThat(events().get(0).payload()).containsEntry("outcome", "lost").containsEntry("closure", "accepted");
    }

    @Test
    void everyTransitionFromTheWrongStateIsRefusedAndChangesNothing() {
        Dispute dispute = open(world.completedSale(100_000), 30_000, DisputeSource.CHARGEBACK);
        refused(ErrorCode.INVALID_STATE, () -> decide(dispute, DisputeOutcome.WON));

        Dispute underReview = submit(dispute, new DocumentUpload("a.pdf", null, PDF));
        refused(ErrorCode.INVALID_STATE, () -> submit(underReview, new DocumentUpload("b.pdf", null, PDF)));
        refused(ErrorCode.INVALID_STATE, () -> world.paydesk.acceptDispute().accept(world.disputeManager, dispute.id()));

        decide(underReview, DisputeOutcome.WON);
        refused(ErrorCode.INVALID_STATE, () -> decide(underReview, DisputeOutcome.LOST));
        refused(ErrorCode.INVALID_STATE, () -> world.paydesk.acceptDispute().accept(world.disputeManager, dispute.id()));
        assertThat(world.paydesk.getDispute().get(world.disputeManager, dispute.id()).status()).isEqualTo(DisputeStatus.WON);
        assertThat(balance(MerchantAccountType.MAIN)).isEqualTo(ngn(30_000));
    }

    @Test
    void evidenceAfterRespondByIsRefusedAndNothingIsStored() {
        Dispute dispute = open(world.completedSale(100_000), 30_000, DisputeSource.CLAIM);
        world.clock.advance(Duration.ofDays(7).plusSeconds(1));

        refused(ErrorCode.INVALID_STATE, () -> submit(dispute, new DocumentUpload("late.pdf", null, PDF)));

        assertThat(documents.exists(new DocumentUpload("late.pdf", null, PDF).sha256())).isFalse();
    }

    @Test
    void badEvidenceIsAValidationErrorNamingTheDocumentAndNothingIsStored() {
        Dispute dispute = open(world.completedSale(100_000), 30_000, DisputeSource.CLAIM);
        byte[] notAnImage = "just text".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> submit(dispute, new DocumentUpload("photo.png", "image/png", notAnImage), new DocumentUpload("../x.pdf", null, PDF)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.errors()).extracting(error -> error.field() + ":" + error.code())
                            .containsExactly("documents[0].content_base64:unsupported_file_type", "documents[1].file_name:invalid_file_name");
                });
        assertThat(documents.exists(new DocumentUpload("x", null, PDF).sha256())).isFalse();
        assertThat(world.paydesk.getDispute().get(world.disputeManager, dispute.id()).status()).isEqualTo(DisputeStatus.NEEDS_RESPONSE);
    }

    @Test
    void whileADisputeIsOpenOrLostRefundsCannotCoverTheDisputedPart() {
        TransactionId sale = world.completedSale(100_000);
        Dispute dispute = open(sale, 30_000, DisputeSource.CLAIM);

        assertThat(world.paydesk.getTransaction().get(world.viewer, sale)).satisfies(view -> {
            assertThat(view.disputedAmount()).isEqualTo(ngn(30_000));
            assertThat(view.refundableAmount()).isEqualTo(ngn(70_000));
        });
        refused(ErrorCode.REFUND_EXCEEDS_REFUNDABLE, () -> world.requestRefund(sale, 70_001));

        world.paydesk.acceptDispute().accept(world.disputeManager, dispute.id());

        assertThat(world.paydesk.getTransaction().get(world.viewer, sale).refundableAmount()).isEqualTo(ngn(70_000));
        refused(ErrorCode.REFUND_EXCEEDS_REFUNDABLE, () -> world.requestRefund(sale, 70_001));
        assertThat(world.requestRefund(sale, 70_000).amount()).isEqualTo(ngn(70_000));
    }

    @Test
    void refundsAndOtherDisputesLimitWhatIsLeftToDispute() {
        TransactionId sale = world.completedSale(100_000);
        world.requestRefund(sale, 60_000);

        assertThatThrownBy(() -> open(sale, 40_001, DisputeSource.CLAIM)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.code()).isEqualTo("exceeds_disputable"));
        });
        Dispute first = open(sale, 25_000, DisputeSource.CLAIM);
        refused(ErrorCode.VALIDATION_FAILED, () -> open(sale, 15_001, DisputeSource.CLAIM));

        decide(submit(first, new DocumentUpload("a.pdf", null, PDF)), DisputeOutcome.WON);

        assertThat(open(sale, 40_000, DisputeSource.CLAIM).amount()).as("a won dispute no longer holds its amount").isEqualTo(ngn(40_000));
    }

    @Test
    void onlyAnOperatorOpensADisputeAndOnlyOnACompletedTransactionThatExists() {
        TransactionId sale = world.completedSale(100_000);
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.openDispute().open(world.admin,
                new OpenDispute.Command(sale, 1_000, DisputeReason.GENERAL, DisputeSource.CLAIM, null)));
        refused(ErrorCode.NOT_FOUND, () -> open(new TransactionId("txn_01NONE"), 1_000, DisputeSource.CLAIM));
        TransactionId pending = world.paydesk.recordTransaction().record(world.operator, new RecordTransaction.Command(PaydeskWorld.MERCHANT,
                "pending-1", ngn(5_000), new PaymentMethod(PaymentMethodType.CARD, "visa", "4242"), false)).transaction().id();
        refused(ErrorCode.INVALID_STATE, () -> open(pending, 1_000, DisputeSource.CLAIM));
        refused(ErrorCode.VALIDATION_FAILED, () -> world.paydesk.openDispute().open(world.operator,
                new OpenDispute.Command(sale, 1_000, DisputeReason.GENERAL, DisputeSource.CLAIM, PaydeskWorld.T0)));
        refused(ErrorCode.VALIDATION_FAILED, () -> new OpenDispute.Command(sale, 0, DisputeReason.GENERAL, DisputeSource.CLAIM, null));
        assertThat(balance(MerchantAccountType.DISPUTES_HELD)).isEqualTo(ngn(0));
    }

    @Test
    void aRequestedRespondByIsKept() {
        Instant respondBy = PaydeskWorld.T0.plus(Duration.ofDays(3));
        Dispute dispute = world.paydesk.openDispute().open(world.operator, new OpenDispute.Command(world.completedSale(10_000), 10_000,
                DisputeReason.DUPLICATE, DisputeSource.CLAIM, respondBy));
        assertThat(dispute.respondBy()).isEqualTo(respondBy);
    }

    @Test
    void anotherMerchantsDisputeIsNotFoundAndMerchantsCannotDecide() {
        Dispute dispute = open(world.completedSale(100_000), 30_000, DisputeSource.CLAIM);

        refused(ErrorCode.NOT_FOUND, () -> world.paydesk.getDispute().get(world.otherDisputeManager, dispute.id()));
        refused(ErrorCode.NOT_FOUND, () -> world.paydesk.acceptDispute().accept(world.otherDisputeManager, dispute.id()));
        refused(ErrorCode.NOT_FOUND, () -> world.paydesk.submitEvidence().submit(world.otherDisputeManager,
                new SubmitEvidence.Command(dispute.id(), new EvidenceSubmission("x", null, null, null, null, List.of()))));
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.getDispute().get(world.viewer, dispute.id()));
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.decideDispute().decide(world.admin, new DecideDispute.Command(dispute.id(), DisputeOutcome.WON)));
        assertThat(world.paydesk.listDisputes().list(world.otherDisputeManager, ListDisputes.Filter.NONE, null, 20).data()).isEmpty();
        assertThat(world.paydesk.getDispute().get(world.operator, dispute.id())).isEqualTo(dispute);
    }

    @Test
    void disputesListNewestFirstAPageAtATime() {
        TransactionId sale = world.completedSale(100_000);
        Dispute first = open(sale, 10_000, DisputeSource.CLAIM);
        world.clock.advance(Duration.ofSeconds(1));
        Dispute second = open(sale, 10_000, DisputeSource.CLAIM);
        world.clock.advance(Duration.ofSeconds(1));
        Dispute third = open(sale, 10_000, DisputeSource.CHARGEBACK);

        Page<Dispute> page = world.paydesk.listDisputes().list(world.disputeManager, ListDisputes.Filter.NONE, null, 2);
        assertThat(page.data()).containsExactly(third, second);
        assertThat(world.paydesk.listDisputes().list(world.disputeManager, ListDisputes.Filter.NONE, page.nextCursor(), 2))
                .satisfies(next -> {
                    assertThat(next.data()).containsExactly(first);
                    assertThat(next.nextCursor()).isNull();
                });
        refused(ErrorCode.VALIDATION_FAILED, () -> world.paydesk.listDisputes().list(world.operator, ListDisputes.Filter.NONE, null, 20));
    }

    @Test
    void theExpiryJobLosesDisputesPastRespondByOnceAndOnlyThose() {
        TransactionId sale = world.completedSale(100_000);
        Dispute due = open(sale, 30_000, DisputeSource.CHARGEBACK);
        Dispute answered = open(sale, 10_000, DisputeSource.CLAIM);
        submit(answered, new DocumentUpload("a.pdf", null, PDF));
        world.clock.advance(Duration.ofDays(1));
        Dispute notDue = open(sale, 5_000, DisputeSource.CLAIM);
        world.clock.advance(Duration.ofDays(6));
        assertThat(world.paydesk.jobs().run(ExpireDisputes.JOB)).as("at respond_by exactly, not yet").isZero();
        world.clock.advance(Duration.ofSeconds(1));

        assertThat(world.paydesk.jobs().run(ExpireDisputes.JOB)).isEqualTo(1);
        assertThat(world.paydesk.jobs().run(ExpireDisputes.JOB)).as("running it again changes nothing").isZero();

        assertThat(world.paydesk.getDispute().get(world.operator, due.id())).satisfies(expired -> {
            assertThat(expired.status()).isEqualTo(DisputeStatus.LOST);
            assertThat(expired.closure()).isEqualTo(DisputeClosure.EXPIRED);
        });
        assertThat(world.paydesk.getDispute().get(world.operator, answered.id()).status()).isEqualTo(DisputeStatus.UNDER_REVIEW);
        assertThat(world.paydesk.getDispute().get(world.operator, notDue.id()).status()).isEqualTo(DisputeStatus.NEEDS_RESPONSE);
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(ngn(30_000));
        assertThat(balance(MerchantAccountType.DISPUTES_HELD)).isEqualTo(ngn(15_000));
        assertThat(world.audit.last()).extracting(AuditEvent::command, AuditEvent::actorId, AuditEvent::fromState, AuditEvent::toState)
                .containsExactly("expire_dispute", "system:dispute_expiry", "needs_response", "lost");
        assertThat(events().stream().filter(e -> e.type().equals("dispute.closed")).toList()).singleElement()
                .satisfies(event -> assertThat(event.payload()).containsEntry("closure", "expired").containsEntry("outcome", "lost"));
    }

    @Test
    void theExpiryJobWorksThroughMoreThanOneBatch() {
        TransactionId sale = world.completedSale(1_000_000);
        for (int i = 0; i < ExpireDisputes.BATCH + 3; i++) {
            open(sale, 100, DisputeSource.CLAIM);
        }
        world.clock.advance(Duration.ofDays(8));

        assertThat(world.paydesk.expireDisputes().run()).isEqualTo(ExpireDisputes.BATCH + 3);
        assertThat(world.platform(PlatformAccountType.CUSTOMERS)).isEqualTo(ngn(100L * (ExpireDisputes.BATCH + 3)));
    }

    @Test
    void theDefaultChargebackFeeComesFromTheDisputeSettings() {
        PaydeskWorld defaults = new PaydeskWorld(InMemoryPersistence.create(), PaydeskOptions.defaults());
        Dispute dispute = defaults.paydesk.openDispute().open(defaults.operator, new OpenDispute.Command(defaults.completedSale(100_000), 1_000,
                DisputeReason.FRAUDULENT, DisputeSource.CHARGEBACK, null));
        assertThat(dispute.chargebackFee()).isEqualTo(DisputeSettings.DEFAULT.chargebackFee(DisputeSource.CHARGEBACK, ngn(0).currency()));
        assertThat(defaults.platform(PlatformAccountType.FEES)).isEqualTo(Money.of(1_500_000, "NGN"));
        defaults.assertLedgerBalanced();
    }
}
