package dev.paydesk.application.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.memory.InMemoryPersistence;
import dev.paydesk.application.refund.gateway.ManualRefundGateway;
import dev.paydesk.application.shared.Page;
import dev.paydesk.application.testing.PaydeskWorld;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.TransactionId;
import dev.paydesk.domain.transaction.TransactionStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC §5 at the application level. */
class TransactionUseCasesTest {
    private final PaydeskWorld world = new PaydeskWorld(InMemoryPersistence.create(), new ManualRefundGateway());

    @AfterEach
    void ledgerStaysBalanced() {
        world.assertLedgerBalanced();
    }

    private static void refused(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    private TransactionView record(String reference, long amount, boolean completed) {
        return world.paydesk.recordTransaction().record(world.operator, new RecordTransaction.Command(PaydeskWorld.MERCHANT, reference,
                Money.of(amount, "NGN"), PaymentMethod.of(PaymentMethodType.MOBILE_MONEY), completed));
    }

    @Test
    void aCompletedTransactionPostsItsGrossSaleToShopAtOnce() {
        TransactionView view = record("order-1", 150_000, true);

        assertThat(view.transaction().status()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(view.transaction().completedAt()).isEqualTo(PaydeskWorld.T0);
        assertThat(view.refundableAmount()).isEqualTo(Money.of(150_000, "NGN"));
        assertThat(world.balance(MerchantAccountType.SHOP)).isEqualTo(Money.of(150_000, "NGN"));
        assertThat(world.platform(PlatformAccountType.ACQUIRER_CLEARING)).isEqualTo(Money.of(-150_000, "NGN"));
    }

    @Test
    void aPendingTransactionPostsNothingUntilItCompletes() {
        TransactionId id = record("order-1", 150_000, false).transaction().id();
        assertThat(world.balance(MerchantAccountType.SHOP).isZero()).isTrue();
        world.clock.advance(Duration.ofMinutes(2));

        TransactionView completed = world.paydesk.completeTransaction().complete(world.operator, id);

        assertThat(completed.transaction().completedAt()).isEqualTo(PaydeskWorld.T0.plus(Duration.ofMinutes(2)));
        assertThat(world.balance(MerchantAccountType.SHOP)).isEqualTo(Money.of(150_000, "NGN"));
        assertThat(world.audit.last().fromState()).isEqualTo("pending");
        assertThat(world.audit.last().toState()).isEqualTo("completed");
    }

    @Test
    void completedAndCancelledAreFinal() {
        TransactionId completed = record("order-1", 1_000, true).transaction().id();
        TransactionId cancelled = record("order-2", 1_000, false).transaction().id();
        world.paydesk.cancelTransaction().cancel(world.operator, cancelled);

        refused(ErrorCode.INVALID_STATE, () -> world.paydesk.completeTransaction().complete(world.operator, completed));
        refused(ErrorCode.INVALID_STATE, () -> world.paydesk.cancelTransaction().cancel(world.operator, completed));
        refused(ErrorCode.INVALID_STATE, () -> world.paydesk.completeTransaction().complete(world.operator, cancelled));
        refused(ErrorCode.INVALID_STATE, () -> world.paydesk.cancelTransaction().cancel(world.operator, cancelled));
        assertThat(world.balance(MerchantAccountType.SHOP)).isEqualTo(Money.of(1_000, "NGN"));
    }

    @Test
    void aDuplicateReferenceOfTheSameMerchantIsRefusedOnReference() {
        record("order-1", 1_000, true);

        assertThatThrownBy(() -> record("order-1", 2_000, true)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.errors()).extracting(f -> f.field() + ":" + f.code()).containsExactly("reference:duplicate");
        });
        assertThat(world.balance(MerchantAccountType.SHOP)).isEqualTo(Money.of(1_000, "NGN"));
        assertThat(world.paydesk.recordTransaction().record(world.operator, new RecordTransaction.Command(PaydeskWorld.OTHER_MERCHANT, "order-1",
                Money.of(1_000, "NGN"), PaymentMethod.of(PaymentMethodType.CARD), false)).transaction().reference()).isEqualTo("order-1");
    }

    @Test
    void onlyOperatorsRecordCompleteAndCancel() {
        TransactionId id = record("order-1", 1_000, false).transaction().id();
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.recordTransaction().record(world.admin, new RecordTransaction.Command(PaydeskWorld.MERCHANT,
                "order-2", Money.of(1, "NGN"), PaymentMethod.of(PaymentMethodType.CARD), true)));
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.completeTransaction().complete(world.admin, id));
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.cancelTransaction().cancel(world.admin, id));
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> record(" ", 1_000, true)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("reference"));
        assertThatThrownBy(() -> record("order-1", 0, true)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("amount"));
        assertThatThrownBy(() -> new PaymentMethod(PaymentMethodType.CARD, "visa", "42a2")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("payment_method.last4"));
    }

    @Test
    void anotherMerchantsTransactionIsNotFoundAndReadingNeedsThePermission() {
        TransactionId id = record("order-1", 1_000, true).transaction().id();
        refused(ErrorCode.NOT_FOUND, () -> world.paydesk.getTransaction().get(world.otherFinance, id));
        refused(ErrorCode.FORBIDDEN, () -> world.paydesk.getTransaction().get(PaydeskWorld.user("usr_01NOBODY", PaydeskWorld.MERCHANT,
                java.util.Set.of(), false), id));
        assertThat(world.paydesk.getTransaction().get(world.operator, id).transaction().id()).isEqualTo(id);
    }

    @Test
    void pagesStayCorrectWhileTransactionsAreInserted() {
        List<TransactionId> inserted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inserted.add(record("order-" + i, 1_000 + i, i % 2 == 0).transaction().id());
        }
        Page<TransactionView> first = world.paydesk.listTransactions().list(world.viewer, ListTransactions.Filter.NONE, null, 2);
        record("order-new", 9_999, true); // newer than everything: must not shift the next pages
        Page<TransactionView> second = world.paydesk.listTransactions().list(world.viewer, ListTransactions.Filter.NONE, first.nextCursor(), 2);
        Page<TransactionView> third = world.paydesk.listTransactions().list(world.viewer, ListTransactions.Filter.NONE, second.nextCursor(), 2);

        List<TransactionId> seen = new ArrayList<>();
        List.of(first, second, third).forEach(page -> page.data().forEach(view -> seen.add(view.transaction().id())));
        assertThat(seen).containsExactly(inserted.get(4), inserted.get(3), inserted.get(2), inserted.get(1), inserted.get(0));
        assertThat(third.nextCursor()).isNull();
    }

    @Test
    void listsFilterByStatusReferenceAndCreationTime() {
        record("order-a", 1_000, true);
        world.clock.advance(Duration.ofHours(1));
        record("order-b", 1_000, false);
        world.clock.advance(Duration.ofHours(1));
        record("order-c", 1_000, true);

        assertThat(references(new ListTransactions.Filter(null, TransactionStatus.COMPLETED, null, null, null))).containsExactly("order-c", "order-a");
        assertThat(references(new ListTransactions.Filter(null, null, "order-b", null, null))).containsExactly("order-b");
        assertThat(references(new ListTransactions.Filter(null, null, null, PaydeskWorld.T0.plus(Duration.ofHours(1)), PaydeskWorld.T0.plus(Duration.ofHours(2)))))
                .containsExactly("order-b");
        assertThat(world.paydesk.listTransactions().list(world.otherFinance, ListTransactions.Filter.NONE, null, 20).data()).isEmpty();
        refused(ErrorCode.VALIDATION_FAILED, () -> world.paydesk.listTransactions().list(world.viewer, ListTransactions.Filter.NONE, null, 0));
        refused(ErrorCode.VALIDATION_FAILED, () -> world.paydesk.listTransactions().list(world.operator, ListTransactions.Filter.NONE, null, 10));
    }

    private List<String> references(ListTransactions.Filter filter) {
        return world.paydesk.listTransactions().list(world.viewer, filter, null, 20).data().stream().map(v -> v.transaction().reference()).toList();
    }
}
