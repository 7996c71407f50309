package dev.paydesk.adapters.persistence.refund;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.Paydesk;
import dev.paydesk.application.PaydeskOptions;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.application.refund.CreateRefund;
import dev.paydesk.application.refund.ListRefunds;
import dev.paydesk.application.refund.RecordRefundGatewayResult;
import dev.paydesk.application.refund.RefundDispatch;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.testing.PaydeskWorld;
import dev.paydesk.application.testing.ScriptedRefundGateway;
import dev.paydesk.application.transaction.RecordTransaction;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Never over-refund, under real concurrency: parallel requests, possibly through several
 * {@link Paydesk} instances (each with its own pool) over one database.
 */
public abstract class RefundConcurrencyContract {
    private final List<AutoCloseable> opened = new ArrayList<>();
    private List<Paydesk> instances;

    /** One or more port sets over the same, migrated database; register what must be closed. */
    protected abstract List<PaydeskPorts> portsOverOneDatabase(List<AutoCloseable> toClose);

    @BeforeEach
    void open() {
        List<PaydeskPorts> ports = portsOverOneDatabase(opened);
        PaydeskWorld.addMerchants(ports.get(0));
        instances = ports.stream()
                .map(each -> Paydesk.over(each, Clock.systemUTC(), PaydeskOptions.defaults().withManualGateway()))
                .toList();
    }

    @AfterEach
    void close() throws Exception {
        assertThat(instances.get(0).checkLedger().check().discrepancies()).isEmpty();
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    private Paydesk instance(int i) {
        return instances.get(i % instances.size());
    }

    private TransactionId sale(long amount) {
        return instance(0).recordTransaction().record(operator(),
                new RecordTransaction.Command(PaydeskWorld.MERCHANT, "order-" + System.nanoTime(), Money.of(amount, "NGN"),
                        PaymentMethod.of(PaymentMethodType.CARD), true)).transaction().id();
    }

    private static CommandContext operator() {
        return new CommandContext(new dev.paydesk.domain.identity.Principal.OperatorPrincipal("opr_01OPS"), "req_1");
    }

    private static CommandContext user(String id) {
        return PaydeskWorld.user(id, PaydeskWorld.MERCHANT, java.util.EnumSet.allOf(dev.paydesk.domain.identity.Permission.class), false);
    }

    private static <T> List<Future<T>> race(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            for (Future<T> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException ignored) {
                    // inspected by the caller
                }
            }
            return futures;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ErrorCode codeOf(Future<?> future) {
        try {
            future.get();
            return null;
        } catch (java.util.concurrent.ExecutionException failure) {
            if (failure.getCause() instanceof DomainException domain) {
                return domain.code();
            }
            throw new AssertionError("unexpected failure", failure.getCause());
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void twentyParallelRefundsOfTenPercentAcceptExactlyTen() throws Exception {
        TransactionId sale = sale(100_000);
        List<Callable<Refund>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Paydesk paydesk = instance(i);
            CommandContext creator = user("usr_01C" + i);
            tasks.add(() -> paydesk.createRefund().create(creator, new CreateRefund.Command(sale, 10_000, null)));
        }

        List<Future<Refund>> results = race(tasks);

        List<ErrorCode> codes = results.stream().map(RefundConcurrencyContract::codeOf).toList();
        assertThat(codes.stream().filter(c -> c == null).count()).isEqualTo(10);
        assertThat(codes.stream().filter(c -> c != null)).containsOnly(ErrorCode.REFUND_EXCEEDS_REFUNDABLE).hasSize(10);
        List<Refund> stored = instance(1).listRefunds().list(user("usr_01READER"), new ListRefunds.Filter(null, null, sale), null, 100).data();
        assertThat(stored).hasSize(10);
        assertThat(stored.stream().mapToLong(r -> r.amount().minorUnits()).sum()).isEqualTo(100_000);
        assertThat(instance(0).getTransaction().get(user("usr_01READER"), sale).refundableAmount().isZero()).isTrue();
    }

    @Test
    void approvalRacingRejectionDecidesOnceAndMovesMoneyOnlyIfApproved() throws Exception {
        for (int round = 0; round < 5; round++) {
            TransactionId sale = sale(50_000);
            Refund refund = instance(0).createRefund().create(user("usr_01CREATOR"), new CreateRefund.Command(sale, 50_000, null));
            Money inFlightBefore = inFlight();

            List<Future<Refund>> results = race(List.of(
                    () -> instance(0).approveRefund().approve(user("usr_01APPROVER"), refund.id()),
                    () -> instance(1).rejectRefund().reject(user("usr_01REJECTER"), refund.id(), "looks wrong")));

            ErrorCode approveCode = codeOf(results.get(0));
            ErrorCode rejectCode = codeOf(results.get(1));
            assertThat(approveCode == null ^ rejectCode == null).as("exactly one decision wins, round %d", round).isTrue();
            assertThat(approveCode == null ? rejectCode : approveCode).isEqualTo(ErrorCode.INVALID_STATE);
            Refund decided = instance(1).getRefund().get(user("usr_01READER"), refund.id());
            if (approveCode == null) {
                assertThat(decided.status()).isEqualTo(RefundStatus.PROCESSING);
                assertThat(inFlight()).isEqualTo(inFlightBefore.plus(Money.of(50_000, "NGN")));
            } else {
                assertThat(decided.status()).isEqualTo(RefundStatus.REJECTED);
                assertThat(inFlight()).isEqualTo(inFlightBefore);
            }
        }
    }

    @Test
    void instancesResendingAtOnceSendEachOverdueRefundOnce() throws Exception {
        TransactionId sale = sale(70_000);
        for (int i = 0; i < 70; i++) {
            Refund refund = instance(i).createRefund().create(user("usr_01CREATOR"), new CreateRefund.Command(sale, 1_000, null));
            instance(i).approveRefund().approve(user("usr_01APPROVER"), refund.id());
        }
        ScriptedRefundGateway gateway = new ScriptedRefundGateway();
        Clock later = Clock.offset(Clock.systemUTC(), RefundDispatch.RESEND_UNANSWERED_AFTER.plusMinutes(1));
        List<Paydesk> late = instances.stream()
                .map(each -> Paydesk.over(each.ports(), later, PaydeskOptions.defaults().withRefundGateway(gateway)))
                .toList();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Paydesk paydesk = late.get(i % late.size());
            tasks.add(() -> paydesk.resendUnansweredRefunds().run());
        }

        List<Future<Integer>> results = race(tasks);

        int resent = 0;
        for (Future<Integer> result : results) {
            resent += result.get();
        }
        assertThat(resent).isEqualTo(70);
        assertThat(gateway.requests).hasSize(70);
        assertThat(gateway.requests.stream().map(r -> r.refundId()).distinct()).hasSize(70);
        assertThat(late.get(0).resendUnansweredRefunds().run()).as("each moved to its next resend").isZero();
    }

    @Test
    void forgettingAnsweredRefundsWhileTheirRetriesRunLosesNoAnswerARetryAwaits() throws Exception {
        TransactionId sale = sale(60_000);
        List<Refund> failed = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Refund refund = instance(i).createRefund().create(user("usr_01CREATOR"), new CreateRefund.Command(sale, 1_000, null));
            instance(i).approveRefund().approve(user("usr_01APPROVER"), refund.id());
            failed.add(instance(i).recordRefundGatewayResult().record(operator(),
                    new RecordRefundGatewayResult.Command(refund.id(), RecordRefundGatewayResult.Outcome.FAILED, "issuer_unavailable")));
        }
        // Both the failed attempts' awaited answers and their retries are due.
        Clock later = Clock.offset(Clock.systemUTC(), RefundDispatch.RESEND_UNANSWERED_AFTER.plusHours(2));
        List<Paydesk> late = instances.stream()
                .map(each -> Paydesk.over(each.ports(), later, PaydeskOptions.defaults().withRefundGateway(new ScriptedRefundGateway())))
                .toList();
        CountDownLatch retried = new CountDownLatch(2);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Paydesk paydesk = late.get(i % late.size());
            tasks.add(i % 2 == 0 ? () -> {
                try {
                    return paydesk.retryFailedRefunds().run();
                } finally {
                    retried.countDown();
                }
            } : () -> {
                int runs = 0;
                do {
                    paydesk.resendUnansweredRefunds().run();
                    runs++;
                } while (retried.getCount() > 0);
                return runs;
            });
        }

        for (Future<Integer> result : race(tasks)) {
            result.get();
        }

        PaydeskPorts ports = instance(0).ports();
        java.time.Instant afterTheirWait = later.instant().plus(RefundDispatch.RESEND_UNANSWERED_AFTER);
        List<Refund> awaited = ports.unitOfWork().inTransaction(() -> ports.refunds().claimUnanswered(afterTheirWait, resends -> afterTheirWait, 100));
        assertThat(awaited).as("every retried refund awaits its answer").hasSize(60)
                .allSatisfy(refund -> assertThat(refund.attempts()).isEqualTo(2));
        assertThat(awaited.stream().map(Refund::id)).containsExactlyInAnyOrderElementsOf(failed.stream().map(Refund::id).toList());
    }

    private Money inFlight() {
        PaydeskPorts ports = instance(0).ports();
        return ports.unitOfWork().inTransaction(() -> ports.ledger().balance(
                LedgerAccount.merchant(PaydeskWorld.MERCHANT, MerchantAccountType.REFUNDS_IN_FLIGHT, Currencies.of("NGN"))));
    }
}
