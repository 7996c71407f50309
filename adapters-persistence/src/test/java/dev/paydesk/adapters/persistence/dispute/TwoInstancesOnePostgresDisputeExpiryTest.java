package dev.paydesk.adapters.persistence.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.jdbi.PooledDataSources;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.application.dispute.ExpireDisputes;
import dev.paydesk.application.dispute.ListDisputes;
import dev.paydesk.application.dispute.OpenDispute;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.MutableClock;
import dev.paydesk.application.testing.PaydeskWorld;
import dev.paydesk.application.transaction.RecordTransaction;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeClosure;
import dev.paydesk.domain.dispute.DisputeReason;
import dev.paydesk.domain.dispute.DisputeSource;
import dev.paydesk.domain.dispute.DisputeStatus;
import dev.paydesk.domain.event.DomainEvent;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Duration;
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
 * The expiry job run at once by two Paydesk instances, each with its own connection pool, over one
 * PostgreSQL database: every due dispute is lost exactly once — one closing entry, one event, one
 * audit row — whoever claims it, and running the job again changes nothing.
 */
class TwoInstancesOnePostgresDisputeExpiryTest {
    private static final int DISPUTES = 2 * 50 + 17; // more than two batches
    private static final long AMOUNT = 700;
    private static final CommandContext OPERATOR = new CommandContext(new Principal.OperatorPrincipal("opr_01OPS"), "req_1");

    private final MutableClock clock = new MutableClock(PaydeskWorld.T0);
    private final List<AutoCloseable> opened = new ArrayList<>();
    private Paydesk first;
    private Paydesk second;

    @BeforeEach
    void twoInstances() {
        HikariDataSource one = TestDatabases.postgres(8);
        HikariDataSource two = PooledDataSources.create(one.getJdbcUrl(), one.getUsername(), one.getPassword(), 8);
        opened.add(two);
        opened.add(one);
        PaydeskPorts firstPorts = JdbiPersistence.migrate(one);
        PaydeskWorld.addMerchants(firstPorts);
        first = Paydesk.over(firstPorts, clock);
        second = Paydesk.over(JdbiPersistence.over(two), clock);
    }

    @AfterEach
    void close() throws Exception {
        assertThat(first.checkLedger().check().discrepancies()).isEmpty();
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void twoInstancesExpiringAtOnceLoseEveryDueDisputeExactlyOnce() throws Exception {
        List<Dispute> disputes = new ArrayList<>();
        for (int i = 0; i < DISPUTES; i++) {
            TransactionId sale = first.recordTransaction().record(OPERATOR, new RecordTransaction.Command(PaydeskWorld.MERCHANT, "order-" + i,
                    Money.of(10_000, "NGN"), PaymentMethod.of(PaymentMethodType.CARD), true)).transaction().id();
            Paydesk instance = i % 2 == 0 ? first : second;
            disputes.add(instance.openDispute().open(OPERATOR, new OpenDispute.Command(sale, AMOUNT, DisputeReason.FRAUDULENT, DisputeSource.CLAIM, null)));
        }
        clock.advance(Duration.ofDays(8));

        List<Integer> processed = race(List.of(
                () -> first.jobs().run(ExpireDisputes.JOB), () -> second.jobs().run(ExpireDisputes.JOB),
                () -> first.jobs().run(ExpireDisputes.JOB), () -> second.jobs().run(ExpireDisputes.JOB)));

        assertThat(processed.stream().mapToInt(Integer::intValue).sum()).isEqualTo(DISPUTES);
        assertThat(first.jobs().run(ExpireDisputes.JOB) + second.jobs().run(ExpireDisputes.JOB)).isZero();
        for (Dispute dispute : disputes) {
            Dispute now = first.getDispute().get(OPERATOR, dispute.id());
            assertThat(now.status()).isEqualTo(DisputeStatus.LOST);
            assertThat(now.closure()).isEqualTo(DisputeClosure.EXPIRED);
            assertThat(first.ports().unitOfWork().inTransaction(() ->
                    first.ports().ledger().entriesFor(EntryCause.of(EntryCause.Kind.DISPUTE, dispute.id().value())))).hasSize(2);
        }
        PaydeskPorts ports = first.ports();
        assertThat(ports.unitOfWork().inTransaction(() -> ports.ledger().balance(LedgerAccount.platform(PlatformAccountType.CUSTOMERS,
                Money.of(0, "NGN").currency())))).isEqualTo(Money.of(AMOUNT * DISPUTES, "NGN"));
        assertThat(ports.unitOfWork().inTransaction(() -> ports.ledger().balance(LedgerAccount.merchant(PaydeskWorld.MERCHANT,
                MerchantAccountType.DISPUTES_HELD, Money.of(0, "NGN").currency())))).isEqualTo(Money.of(0, "NGN"));
        List<DomainEvent> events = ports.unitOfWork().inTransaction(() -> ports.events().listForMerchant(PaydeskWorld.MERCHANT, null, 1_000));
        assertThat(events.stream().filter(e -> e.type().equals("dispute.closed")).count()).isEqualTo(DISPUTES);
        assertThat(first.listDisputes().list(OPERATOR, new ListDisputes.Filter(PaydeskWorld.MERCHANT, DisputeStatus.NEEDS_RESPONSE, null), null, 100)
                .data()).isEmpty();
    }

    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
