package dev.paydesk.adapters.persistence.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.application.dispute.DisputeQuery;
import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.application.transaction.TransactionClaims;
import dev.paydesk.domain.dispute.DisputableAmount;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeId;
import dev.paydesk.domain.dispute.DisputeOutcome;
import dev.paydesk.domain.dispute.DisputeReason;
import dev.paydesk.domain.dispute.DisputeSettings;
import dev.paydesk.domain.dispute.DisputeSource;
import dev.paydesk.domain.dispute.DisputeStatus;
import dev.paydesk.domain.dispute.DocumentUpload;
import dev.paydesk.domain.dispute.Evidence;
import dev.paydesk.domain.dispute.EvidenceSubmission;
import dev.paydesk.domain.dispute.NewDispute;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.paydesk.application.dispute.DisputeRepository}: run it against any adapter by extending this class. */
public abstract class DisputeRepositoryContract extends PortContract {
    static final Instant T0 = Instant.parse("2026-11-23T10:15:30.123456Z");
    static final MerchantId MERCHANT = new MerchantId("mer_01A");
    static final byte[] PDF = "%PDF-1.7 the receipt".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @BeforeEach
    void twoSales() {
        txRun(() -> {
            ports.transactions().add(sale("txn_01A", "ref-a"));
            ports.transactions().add(sale("txn_01B", "ref-b"));
        });
    }

    static PaymentTransaction sale(String id, String reference) {
        return PaymentTransaction.record(new TransactionId(id), MERCHANT, reference, Money.of(100_000, "NGN"),
                new PaymentMethod(PaymentMethodType.CARD, "visa", "4242"), true, T0.minusSeconds(60));
    }

    static Dispute opened(String id, String transactionId, DisputeSource source, Instant at) {
        NewDispute request = new NewDispute(MERCHANT, transactionId, Money.of(30_000, "NGN"), DisputeReason.FRAUDULENT, source, null);
        DisputableAmount disputable = new DisputableAmount(Money.of(100_000, "NGN"), Money.of(0, "NGN"), Money.of(0, "NGN"));
        return Dispute.open(new DisputeId(id), request, disputable, DisputeSettings.DEFAULT, at);
    }

    static Evidence evidence() {
        return new EvidenceSubmission("a blue kettle", null, "DHL 123", null, "  ",
                List.of(new DocumentUpload("receipt.pdf", "application/pdf", PDF), new DocumentUpload("photo_1.png", null, PNG))).validate();
    }

    @Test
    void aDisputeReadsBackEqualThroughEveryTransitionWithItsEvidence() {
        Dispute open = opened("dsp_01A", "txn_01A", DisputeSource.CHARGEBACK, T0);
        Dispute underReview = open.submitEvidence(evidence(), T0.plusSeconds(10));
        Dispute won = underReview.decide(DisputeOutcome.WON, T0.plusSeconds(20));

        txRun(() -> ports.disputes().add(open));
        assertThat(tx(() -> ports.disputes().find(open.id()))).contains(open);
        txRun(() -> ports.disputes().update(underReview));
        assertThat(tx(() -> ports.disputes().findForUpdate(open.id()))).contains(underReview);
        txRun(() -> ports.disputes().update(won));
        assertThat(tx(() -> ports.disputes().find(open.id()))).contains(won);
        assertThat(won.evidence().documents()).extracting(d -> d.fileName()).containsExactly("receipt.pdf", "photo_1.png");
        assertThat(tx(() -> ports.disputes().find(new DisputeId("dsp_01NONE")))).isEmpty();
    }

    @Test
    void aLockedTransactionComesWithAllItsRefundsAndDisputesAndNoneOfAnotherTransaction() {
        Refund first = refund("rfd_01A", "txn_01A", T0);
        Refund second = refund("rfd_01B", "txn_01A", T0.plusSeconds(1));
        Refund ofAnother = refund("rfd_01C", "txn_01B", T0);
        Dispute answered = opened("dsp_01A", "txn_01A", DisputeSource.CHARGEBACK, T0).submitEvidence(evidence(), T0.plusSeconds(10));
        Dispute ofTheOther = opened("dsp_01B", "txn_01B", DisputeSource.CLAIM, T0);
        txRun(() -> {
            ports.refunds().add(second);
            ports.refunds().add(first);
            ports.refunds().add(ofAnother);
            ports.disputes().add(opened("dsp_01A", "txn_01A", DisputeSource.CHARGEBACK, T0));
            ports.disputes().add(ofTheOther);
        });
        txRun(() -> ports.disputes().update(answered));

        TransactionClaims.Claimed claimed = tx(() -> ports.transactionClaims().lockWithClaims(new TransactionId("txn_01A"))).orElseThrow();
        assertThat(claimed.transaction()).isEqualTo(sale("txn_01A", "ref-a"));
        assertThat(claimed.refunds()).containsExactly(first, second);
        assertThat(claimed.disputes()).containsExactly(answered);
        assertThat(claimed.disputes().get(0).evidence().documents()).hasSize(2);

        txRun(() -> ports.transactions().add(sale("txn_01C", "ref-c")));
        TransactionClaims.Claimed unclaimed = tx(() -> ports.transactionClaims().lockWithClaims(new TransactionId("txn_01C"))).orElseThrow();
        assertThat(unclaimed.refunds()).isEmpty();
        assertThat(unclaimed.disputes()).isEmpty();
        assertThat(tx(() -> ports.transactionClaims().lockWithClaims(new TransactionId("txn_01NONE")))).isEmpty();
    }

    private static Refund refund(String id, String transactionId, Instant at) {
        return Refund.request(new RefundId(id), new TransactionId(transactionId), MERCHANT, Money.of(1_000, "NGN"), "asked", "usr_01A", at);
    }

    @Test
    void acceptedAndExpiredDisputesReadBackEqual() {
        Dispute accepted = opened("dsp_01A", "txn_01A", DisputeSource.CLAIM, T0).accept(T0.plusSeconds(5));
        Dispute open = opened("dsp_01B", "txn_01A", DisputeSource.CLAIM, T0);
        Dispute expired = open.expire(open.respondBy().plusSeconds(1)).dispute();
        txRun(() -> {
            ports.disputes().add(opened("dsp_01A", "txn_01A", DisputeSource.CLAIM, T0));
            ports.disputes().add(open);
        });
        txRun(() -> {
            ports.disputes().update(accepted);
            ports.disputes().update(expired);
        });

        assertThat(tx(() -> ports.disputes().find(accepted.id()))).contains(accepted);
        assertThat(tx(() -> ports.disputes().find(expired.id()))).contains(expired);
    }

    @Test
    void aTransactionsDisputesComeOldestFirstWhateverTheirStatus() {
        Dispute first = opened("dsp_01A", "txn_01A", DisputeSource.CLAIM, T0);
        Dispute second = opened("dsp_01B", "txn_01A", DisputeSource.CHARGEBACK, T0.plusSeconds(1)).accept(T0.plusSeconds(2));
        Dispute elsewhere = opened("dsp_01C", "txn_01B", DisputeSource.CLAIM, T0);
        txRun(() -> {
            ports.disputes().add(first);
            ports.disputes().add(opened("dsp_01B", "txn_01A", DisputeSource.CHARGEBACK, T0.plusSeconds(1)));
            ports.disputes().add(elsewhere);
        });
        txRun(() -> ports.disputes().update(second));

        assertThat(tx(() -> ports.disputes().forTransactions(List.of("txn_01A")))).containsExactly(first, second);
        assertThat(tx(() -> ports.disputes().forTransactions(List.of("txn_01A", "txn_01B")))).containsExactly(first, elsewhere, second);
        assertThat(tx(() -> ports.disputes().forTransactions(List.of()))).isEmpty();
    }

    @Test
    void disputesListNewestFirstByCreationThenIdWithTheirFilters() {
        txRun(() -> {
            ports.disputes().add(opened("dsp_01A", "txn_01A", DisputeSource.CLAIM, T0));
            ports.disputes().add(opened("dsp_01B", "txn_01B", DisputeSource.CLAIM, T0));
            ports.disputes().add(opened("dsp_01C", "txn_01A", DisputeSource.CLAIM, T0.plusSeconds(1)));
        });
        txRun(() -> ports.disputes().update(opened("dsp_01C", "txn_01A", DisputeSource.CLAIM, T0.plusSeconds(1)).accept(T0.plusSeconds(2))));

        assertThat(ids(new DisputeQuery(MERCHANT, null, null, null, 10))).containsExactly("dsp_01C", "dsp_01B", "dsp_01A");
        assertThat(ids(new DisputeQuery(MERCHANT, null, null, null, 2))).containsExactly("dsp_01C", "dsp_01B");
        assertThat(ids(new DisputeQuery(MERCHANT, null, null, new ListCursor(T0, "dsp_01B"), 10))).containsExactly("dsp_01A");
        assertThat(ids(new DisputeQuery(MERCHANT, DisputeStatus.LOST, null, null, 10))).containsExactly("dsp_01C");
        assertThat(ids(new DisputeQuery(MERCHANT, DisputeStatus.NEEDS_RESPONSE, "txn_01A", null, 10))).containsExactly("dsp_01A");
        assertThat(ids(new DisputeQuery(new MerchantId("mer_01Z"), null, null, null, 10))).isEmpty();
    }

    @Test
    void onlyDisputesStillNeedingAResponsePastTheirDeadlineAreClaimedEarliestFirst() {
        Dispute late = opened("dsp_01A", "txn_01A", DisputeSource.CLAIM, T0);
        Dispute later = opened("dsp_01B", "txn_01A", DisputeSource.CLAIM, T0.plusSeconds(30));
        Dispute notDue = opened("dsp_01C", "txn_01B", DisputeSource.CLAIM, T0.plus(Duration.ofDays(1)));
        Dispute answered = opened("dsp_01D", "txn_01B", DisputeSource.CLAIM, T0);
        txRun(() -> List.of(late, later, notDue, answered).forEach(ports.disputes()::add));
        txRun(() -> ports.disputes().update(answered.submitEvidence(evidence(), T0.plusSeconds(1))));
        Instant now = T0.plus(Duration.ofDays(7)).plusSeconds(31);

        assertThat(tx(() -> ports.disputes().claimDueForExpiry(now, 10))).containsExactly(late, later);
        assertThat(tx(() -> ports.disputes().claimDueForExpiry(now, 1))).containsExactly(late);
        assertThat(tx(() -> ports.disputes().claimDueForExpiry(late.respondBy(), 10))).as("at respond_by exactly it is not due yet").isEmpty();
    }

    @Test
    void aSecondDisputeWithTheSameIdIsRefusedAndLeavesTheFirst() {
        Dispute dispute = opened("dsp_01A", "txn_01A", DisputeSource.CLAIM, T0);
        txRun(() -> ports.disputes().add(dispute));
        assertThatThrownBy(() -> txRun(() -> ports.disputes().add(opened("dsp_01A", "txn_01B", DisputeSource.CHARGEBACK, T0))))
                .isInstanceOf(RuntimeException.class);
        assertThat(tx(() -> ports.disputes().find(dispute.id()))).contains(dispute);
    }

    @Test
    void aChangeInAUnitOfWorkThatFailsIsRolledBack() {
        Dispute dispute = opened("dsp_01A", "txn_01A", DisputeSource.CLAIM, T0);
        txRun(() -> ports.disputes().add(dispute));
        assertThatThrownBy(() -> txRun(() -> {
            ports.disputes().update(dispute.submitEvidence(evidence(), T0.plusSeconds(1)));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(tx(() -> ports.disputes().find(dispute.id()))).contains(dispute);
    }

    private List<String> ids(DisputeQuery query) {
        return tx(() -> ports.disputes().list(query)).stream().map(d -> d.id().value()).toList();
    }
}
