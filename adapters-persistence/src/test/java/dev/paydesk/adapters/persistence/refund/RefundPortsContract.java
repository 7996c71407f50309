package dev.paydesk.adapters.persistence.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.application.refund.RefundQuery;
import dev.paydesk.application.shared.ListCursor;
import dev.paydesk.application.transaction.TransactionClaims;
import dev.paydesk.application.transaction.TransactionQuery;
import dev.paydesk.domain.event.DomainEvent;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import dev.paydesk.domain.transaction.TransactionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contracts of {@link dev.paydesk.application.transaction.TransactionRepository},
 * {@link dev.paydesk.application.refund.RefundRepository} and {@link dev.paydesk.application.event.EventOutbox}:
 * run them against any adapter by extending this class.
 */
public abstract class RefundPortsContract extends PortContract {
    private static final Instant T0 = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final MerchantId MERCHANT = new MerchantId("mer_01A");
    private static final Principal.MerchantUser APPROVER = new Principal.MerchantUser("usr_01B", MERCHANT, Set.of(Permission.REFUNDS_APPROVE), false);

    private static PaymentTransaction sale(String id, String reference, Instant at, boolean completed) {
        return PaymentTransaction.record(new TransactionId(id), MERCHANT, reference, Money.of(10_000, "XOF"),
                new PaymentMethod(PaymentMethodType.CARD, "visa", "4242"), completed, at);
    }

    private static Refund refund(String id, String transactionId, Instant at) {
        return Refund.request(new RefundId(id), new TransactionId(transactionId), MERCHANT, Money.of(1_000, "XOF"), "asked", "usr_01A", at);
    }

    @Test
    void aTransactionReadsBackEqualAndItsTransitionsAreStored() {
        PaymentTransaction pending = sale("txn_01A", "ref-1", T0, false);
        txRun(() -> ports.transactions().add(pending));
        assertThat(tx(() -> ports.transactions().find(pending.id()))).contains(pending);
        assertThat(tx(() -> ports.transactions().findByReference(MERCHANT, "ref-1"))).contains(pending);

        PaymentTransaction completed = pending.complete(T0.plusSeconds(5));
        txRun(() -> ports.transactions().update(tx(() -> ports.transactions().findForUpdate(pending.id())).orElseThrow().complete(T0.plusSeconds(5))));

        assertThat(tx(() -> ports.transactions().find(pending.id()))).contains(completed);
        assertThat(tx(() -> ports.transactions().find(new TransactionId("txn_01NONE")))).isEmpty();
    }

    @Test
    void transactionsAreFoundTogetherByTheirIdsAndMissingOnesAreLeftOut() {
        PaymentTransaction first = sale("txn_01A", "ref-1", T0, true);
        PaymentTransaction second = PaymentTransaction.record(new TransactionId("txn_01B"), MERCHANT, "ref-2", Money.of(20_000, "XOF"),
                new PaymentMethod(PaymentMethodType.MOBILE_MONEY, "mtn", null), false, T0.plusSeconds(1));
        txRun(() -> {
            ports.transactions().add(first);
            ports.transactions().add(second);
            ports.transactions().add(sale("txn_01C", "ref-3", T0, true));
        });

        assertThat(tx(() -> ports.transactions().findAll(List.of(second.id(), new TransactionId("txn_01NONE"), first.id(), second.id()))))
                .containsExactlyInAnyOrder(first, second);
        assertThat(tx(() -> ports.transactions().findAll(List.of()))).isEmpty();
    }

    @Test
    void aLockedRefundComesWithTheTransactionItRefunds() {
        PaymentTransaction sale = sale("txn_01A", "ref-1", T0, true);
        PaymentTransaction other = sale("txn_01B", "ref-2", T0, true);
        Refund refund = refund("rfd_01A", "txn_01A", T0.plusSeconds(1));
        txRun(() -> {
            ports.transactions().add(sale);
            ports.transactions().add(other);
            ports.refunds().add(refund);
            ports.refunds().add(refund("rfd_01B", "txn_01B", T0.plusSeconds(2)));
        });

        assertThat(tx(() -> ports.transactionClaims().lockRefund(refund.id()))).contains(new TransactionClaims.LockedRefund(refund, sale));
        assertThat(tx(() -> ports.transactionClaims().lockRefund(new RefundId("rfd_01NONE")))).isEmpty();
    }

    @Test
    void aSecondReferenceForTheSameMerchantIsAValidationErrorOnReference() {
        txRun(() -> ports.transactions().add(sale("txn_01A", "ref-1", T0, true)));
        assertThatThrownBy(() -> txRun(() -> ports.transactions().add(sale("txn_01B", "ref-1", T0, true))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.errors().get(0).field()).isEqualTo("reference");
                });
    }

    @Test
    void transactionsListNewestFirstByCreationThenIdWithTheirFilters() {
        txRun(() -> {
            ports.transactions().add(sale("txn_01A", "ref-a", T0, true));
            ports.transactions().add(sale("txn_01B", "ref-b", T0, false));
            ports.transactions().add(sale("txn_01C", "ref-c", T0.plusSeconds(1), true));
        });
        TransactionQuery all = new TransactionQuery(MERCHANT, null, null, null, null, null, 10);

        assertThat(ids(tx(() -> ports.transactions().list(all)))).containsExactly("txn_01C", "txn_01B", "txn_01A");
        assertThat(ids(tx(() -> ports.transactions().list(new TransactionQuery(MERCHANT, null, null, null, null,
                new ListCursor(T0, "txn_01B"), 10))))).containsExactly("txn_01A");
        assertThat(ids(tx(() -> ports.transactions().list(new TransactionQuery(MERCHANT, TransactionStatus.COMPLETED, null, null, null, null, 1)))))
                .containsExactly("txn_01C");
        assertThat(ids(tx(() -> ports.transactions().list(new TransactionQuery(MERCHANT, null, "ref-b", null, null, null, 10))))).containsExactly("txn_01B");
        assertThat(ids(tx(() -> ports.transactions().list(new TransactionQuery(MERCHANT, null, null, T0.plusSeconds(1), null, null, 10)))))
                .containsExactly("txn_01C");
        assertThat(ids(tx(() -> ports.transactions().list(new TransactionQuery(MERCHANT, null, null, null, T0.plusSeconds(1), null, 10)))))
                .containsExactly("txn_01B", "txn_01A");
        assertThat(tx(() -> ports.transactions().list(new TransactionQuery(new MerchantId("mer_01Z"), null, null, null, null, null, 10)))).isEmpty();
    }

    private static List<String> ids(List<PaymentTransaction> transactions) {
        return transactions.stream().map(t -> t.id().value()).toList();
    }

    @Test
    void aRefundReadsBackEqualThroughEveryTransition() {
        txRun(() -> ports.transactions().add(sale("txn_01A", "ref-1", T0, true)));
        Refund requested = refund("rfd_01A", "txn_01A", T0);
        Refund approved = requested.approve(APPROVER, T0.plusSeconds(1));
        Refund failed = approved.fail("card_expired", T0.plusSeconds(2));
        Refund retried = failed.retry(T0.plusSeconds(70));
        Refund completed = retried.succeed(T0.plusSeconds(80));
        txRun(() -> ports.refunds().add(requested));
        assertThat(tx(() -> ports.refunds().find(requested.id()))).contains(requested);
        for (Refund state : List.of(approved, failed, retried, completed)) {
            txRun(() -> ports.refunds().update(state));
            assertThat(tx(() -> ports.refunds().findForUpdate(requested.id()))).contains(state);
        }
        Refund rejected = refund("rfd_01B", "txn_01A", T0).reject(APPROVER, "no", T0.plusSeconds(3));
        txRun(() -> ports.refunds().add(rejected));
        assertThat(tx(() -> ports.refunds().forTransactions(List.of(new TransactionId("txn_01A"))))).containsExactly(completed, rejected);
        assertThat(tx(() -> ports.refunds().forTransactions(List.of()))).isEmpty();
    }

    @Test
    void refundsListNewestFirstWithFilters() {
        txRun(() -> {
            ports.transactions().add(sale("txn_01A", "ref-1", T0, true));
            ports.transactions().add(sale("txn_01B", "ref-2", T0, true));
            ports.refunds().add(refund("rfd_01A", "txn_01A", T0));
            ports.refunds().add(refund("rfd_01B", "txn_01B", T0));
            ports.refunds().add(refund("rfd_01C", "txn_01A", T0.plusSeconds(1)).approve(APPROVER, T0.plusSeconds(2)));
        });
        assertThat(refundIds(new RefundQuery(MERCHANT, null, null, null, 10))).containsExactly("rfd_01C", "rfd_01B", "rfd_01A");
        assertThat(refundIds(new RefundQuery(MERCHANT, null, null, new ListCursor(T0, "rfd_01B"), 10))).containsExactly("rfd_01A");
        assertThat(refundIds(new RefundQuery(MERCHANT, RefundStatus.PENDING_APPROVAL, new TransactionId("txn_01A"), null, 10))).containsExactly("rfd_01A");
        assertThat(refundIds(new RefundQuery(MERCHANT, null, null, null, 1))).containsExactly("rfd_01C");
    }

    private List<String> refundIds(RefundQuery query) {
        return tx(() -> ports.refunds().list(query)).stream().map(r -> r.id().value()).toList();
    }

    @Test
    void onlyFailedRefundsThatAreDueAreClaimedOldestDueFirst() {
        txRun(() -> {
            ports.transactions().add(sale("txn_01A", "ref-1", T0, true));
            ports.refunds().add(refund("rfd_01A", "txn_01A", T0).approve(APPROVER, T0).fail("x", T0.plusSeconds(10)));
            ports.refunds().add(refund("rfd_01B", "txn_01A", T0).approve(APPROVER, T0).fail("x", T0));
            ports.refunds().add(refund("rfd_01C", "txn_01A", T0).approve(APPROVER, T0).fail("x", T0.plus(Duration.ofHours(1))));
            ports.refunds().add(refund("rfd_01D", "txn_01A", T0).approve(APPROVER, T0));
        });
        Instant now = T0.plus(Duration.ofMinutes(2));
        assertThat(tx(() -> ports.refunds().claimDueForRetry(now, 10))).extracting(r -> r.id().value()).containsExactly("rfd_01B", "rfd_01A");
        assertThat(tx(() -> ports.refunds().claimDueForRetry(now, 1))).extracting(r -> r.id().value()).containsExactly("rfd_01B");
    }

    @Test
    void anAwaitedAnswerIsClaimedOnceOverdueWhileItsRefundIsInProcessingAndMovedToItsNextResend() {
        Refund a = refund("rfd_01A", "txn_01A", T0).approve(APPROVER, T0);
        Refund b = refund("rfd_01B", "txn_01A", T0).approve(APPROVER, T0);
        Refund c = refund("rfd_01C", "txn_01A", T0).approve(APPROVER, T0);
        txRun(() -> {
            ports.transactions().add(sale("txn_01A", "ref-1", T0, true));
            List.of(a, b, c).forEach(ports.refunds()::add);
            ports.refunds().awaitAnswer(a.id(), T0.plusSeconds(10));
            ports.refunds().awaitAnswer(b.id(), T0);
            ports.refunds().awaitAnswer(c.id(), T0.plus(Duration.ofHours(1)));
        });
        Instant now = T0.plus(Duration.ofMinutes(2));
        Instant next = now.plus(Duration.ofMinutes(15));

        assertThat(tx(() -> ports.refunds().claimUnanswered(now, resends -> next, 1))).containsExactly(b);
        assertThat(tx(() -> ports.refunds().claimUnanswered(now, resends -> next, 10))).as("b moved to its next resend").containsExactly(a);
        assertThat(tx(() -> ports.refunds().claimUnanswered(now, resends -> next, 10))).isEmpty();

        txRun(() -> ports.refunds().update(a.succeed(now)));
        assertThat(tx(() -> ports.refunds().claimUnanswered(next, resends -> next.plus(Duration.ofMinutes(15)), 10)))
                .as("a was answered").containsExactly(b);
        assertThat(tx(() -> ports.refunds().claimUnanswered(T0.plus(Duration.ofHours(2)), resends -> T0.plus(Duration.ofHours(3)), 10)))
                .containsExactly(b, c);
    }

    @Test
    void whatWasAwaitedOfARefundThatLeftProcessingIsForgottenOnceOverdue() {
        Refund answered = refund("rfd_01A", "txn_01A", T0).approve(APPROVER, T0);
        Refund failed = refund("rfd_01B", "txn_01A", T0).approve(APPROVER, T0);
        Refund answeredEarly = refund("rfd_01C", "txn_01A", T0).approve(APPROVER, T0);
        Refund unanswered = refund("rfd_01D", "txn_01A", T0).approve(APPROVER, T0);
        txRun(() -> {
            ports.transactions().add(sale("txn_01A", "ref-1", T0, true));
            List.of(answered, failed, answeredEarly, unanswered).forEach(ports.refunds()::add);
            ports.refunds().awaitAnswer(answered.id(), T0);
            ports.refunds().awaitAnswer(failed.id(), T0.plusSeconds(1));
            ports.refunds().awaitAnswer(answeredEarly.id(), T0.plus(Duration.ofHours(1)));
            ports.refunds().awaitAnswer(unanswered.id(), T0);
        });
        txRun(() -> {
            ports.refunds().update(answered.succeed(T0));
            ports.refunds().update(failed.fail("insufficient_funds", T0));
            ports.refunds().update(answeredEarly.succeed(T0));
        });
        Instant now = T0.plus(Duration.ofMinutes(20));

        assertThat(tx(() -> ports.refunds().forgetAnswered(now, 1))).isEqualTo(1);
        assertThat(tx(() -> ports.refunds().forgetAnswered(now, 10))).as("the failed one; not yet the one due in an hour").isEqualTo(1);
        assertThat(tx(() -> ports.refunds().forgetAnswered(now, 10))).isZero();
        assertThat(tx(() -> ports.refunds().claimUnanswered(now, resends -> now, 10))).as("still in processing").containsExactly(unanswered);
        assertThat(tx(() -> ports.refunds().forgetAnswered(T0.plus(Duration.ofHours(1)), 10))).isEqualTo(1);
    }

    @Test
    void whatAFailedAttemptAwaitedIsForgottenAtOnce() {
        Refund a = refund("rfd_01A", "txn_01A", T0).approve(APPROVER, T0);
        Refund failed = a.fail("issuer_unavailable", T0);
        txRun(() -> {
            ports.transactions().add(sale("txn_01A", "ref-1", T0, true));
            ports.refunds().add(a);
            ports.refunds().awaitAnswer(a.id(), T0);
        });
        txRun(() -> {
            ports.refunds().update(failed);
            ports.refunds().forgetFailed(a.id());
            ports.refunds().forgetFailed(new RefundId("rfd_01NONE"));
        });

        assertThat(tx(() -> ports.refunds().forgetAnswered(T0.plus(Duration.ofDays(1)), 10))).as("nothing left to forget").isZero();
        Instant retriedAt = T0.plus(Duration.ofMinutes(5));
        txRun(() -> {
            ports.refunds().update(failed.retry(retriedAt));
            ports.refunds().awaitAnswer(a.id(), retriedAt);
        });
        assertThat(tx(() -> ports.refunds().claimUnanswered(retriedAt, resends -> retriedAt, 10))).extracting(Refund::id).containsExactly(a.id());
    }

    @Test
    void awaitingAnAnswerAgainReplacesWhatAnEarlierAttemptAwaited() {
        Refund a = refund("rfd_01A", "txn_01A", T0).approve(APPROVER, T0);
        txRun(() -> {
            ports.transactions().add(sale("txn_01A", "ref-1", T0, true));
            ports.refunds().add(a);
            ports.refunds().awaitAnswer(a.id(), T0);
        });
        assertThat(tx(() -> ports.refunds().claimUnanswered(T0, resends -> T0, 10))).containsExactly(a);
        assertThat(tx(() -> ports.refunds().claimUnanswered(T0, resends -> T0, 10))).containsExactly(a);

        Instant retriedAt = T0.plus(Duration.ofMinutes(30));
        txRun(() -> ports.refunds().awaitAnswer(a.id(), retriedAt));
        assertThat(tx(() -> ports.refunds().claimUnanswered(retriedAt.minusSeconds(1), resends -> T0, 10))).isEmpty();
        List<Integer> earlierResends = new java.util.ArrayList<>();
        assertThat(tx(() -> ports.refunds().claimUnanswered(retriedAt, resends -> {
            earlierResends.add(resends);
            return retriedAt;
        }, 10))).containsExactly(a);
        assertThat(earlierResends).as("the new attempt was never resent").containsExactly(0);
    }

    @Test
    void eachClaimOfAnAwaitedAnswerCountsTheResendsBeforeIt() {
        Refund a = refund("rfd_01A", "txn_01A", T0).approve(APPROVER, T0);
        txRun(() -> {
            ports.transactions().add(sale("txn_01A", "ref-1", T0, true));
            ports.refunds().add(a);
            ports.refunds().awaitAnswer(a.id(), T0);
        });
        List<Integer> earlierResends = new java.util.ArrayList<>();
        for (int claim = 0; claim < 3; claim++) {
            assertThat(tx(() -> ports.refunds().claimUnanswered(T0, resends -> {
                earlierResends.add(resends);
                return T0;
            }, 10))).containsExactly(a);
        }
        assertThat(earlierResends).containsExactly(0, 1, 2);
    }

    @Test
    void anAwaitedAnswerExistsOnlyIfItsUnitOfWorkCommitted() {
        Refund a = refund("rfd_01A", "txn_01A", T0).approve(APPROVER, T0);
        txRun(() -> {
            ports.transactions().add(sale("txn_01A", "ref-1", T0, true));
            ports.refunds().add(a);
        });
        assertThatThrownBy(() -> txRun(() -> {
            ports.refunds().awaitAnswer(a.id(), T0);
            throw new IllegalStateException("change failed");
        })).hasMessage("change failed");
        assertThat(tx(() -> ports.refunds().claimUnanswered(T0, resends -> T0, 10))).isEmpty();

        txRun(() -> ports.refunds().awaitAnswer(a.id(), T0));
        assertThatThrownBy(() -> txRun(() -> {
            ports.refunds().claimUnanswered(T0, resends -> T0.plusSeconds(60), 10);
            ports.refunds().awaitAnswer(a.id(), T0.plusSeconds(120));
            throw new IllegalStateException("change failed");
        })).hasMessage("change failed");
        assertThat(tx(() -> ports.refunds().claimUnanswered(T0, resends -> T0, 10))).as("neither moved nor replaced").containsExactly(a);

        txRun(() -> ports.refunds().update(a.succeed(T0)));
        assertThatThrownBy(() -> txRun(() -> {
            ports.refunds().forgetAnswered(T0, 10);
            throw new IllegalStateException("change failed");
        })).hasMessage("change failed");
        assertThat(tx(() -> ports.refunds().forgetAnswered(T0, 10))).as("not forgotten by the rolled-back unit of work").isEqualTo(1);
    }

    private static DomainEvent event(String id, Instant at, MerchantId merchant) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", "rfd_01A");
        payload.put("amount", 1_000L);
        payload.put("approved", true);
        payload.put("failure_code", null);
        payload.put("text", "« En attente » \"quoted\"\n");
        return new DomainEvent(id, merchant, "refund.approved", "rfd_01A", payload, at);
    }

    @Test
    void eventsReadBackEqualNewestFirstPerMerchant() {
        DomainEvent first = event("evt_01A", T0, MERCHANT);
        DomainEvent second = event("evt_01B", T0.plusSeconds(1), MERCHANT);
        txRun(() -> {
            ports.events().publish(first);
            ports.events().publish(second);
            ports.events().publish(event("evt_01C", T0, new MerchantId("mer_01Z")));
        });
        assertThat(tx(() -> ports.events().listForMerchant(MERCHANT, null, 10))).containsExactly(second, first);
        assertThat(tx(() -> ports.events().listForMerchant(MERCHANT, new ListCursor(second.occurredAt(), second.id()), 10))).containsExactly(first);
    }

    @Test
    void anEventExistsOnlyIfItsUnitOfWorkCommitted() {
        assertThatThrownBy(() -> txRun(() -> {
            ports.events().publish(event("evt_01A", T0, MERCHANT));
            throw new IllegalStateException("change failed");
        })).hasMessage("change failed");
        assertThat(tx(() -> ports.events().listForMerchant(MERCHANT, null, 10))).isEmpty();
    }

    @Test
    void undeliveredEventsAreClaimedUntilDeliveredAndWaitAfterAFailure() {
        txRun(() -> {
            ports.events().publish(event("evt_01A", T0, MERCHANT));
            ports.events().publish(event("evt_01B", T0.plusSeconds(1), MERCHANT));
        });
        Instant now = T0.plusSeconds(5);
        assertThat(tx(() -> ports.events().claimUndelivered(now, 10))).extracting(DomainEvent::id).containsExactly("evt_01A", "evt_01B");

        txRun(() -> {
            ports.events().markDelivered("evt_01A", now);
            ports.events().markDeliveryFailed("evt_01B", now.plusSeconds(60));
        });

        assertThat(tx(() -> ports.events().claimUndelivered(now, 10))).isEmpty();
        assertThat(tx(() -> ports.events().claimUndelivered(now.plusSeconds(60), 10))).extracting(DomainEvent::id).containsExactly("evt_01B");
    }
}
