package dev.paydesk.adapters.persistence.settlement;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.application.settlement.RunSettlement;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.domain.identity.Principal;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Not a test: the settlement sweep over many merchants and sales on PostgreSQL with fsync ON. Loads merchants,
 * completed sales and their shop balances with set-based SQL (generate_series), runs the sweep once and prints the
 * elapsed time and the heap.
 *
 * <pre>
 * mvn -q -B -ntp -pl adapters-persistence -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * java -Xmx512m -cp "adapters-persistence/target/classes:adapters-persistence/target/test-classes:$(cat adapters-persistence/target/bench.cp)" \
 *   dev.paydesk.adapters.persistence.settlement.SweepBenchmark 10000 1000000
 * </pre>
 * With {@code -am}, Maven resolves the other modules to this worktree's own {@code target/classes}, so no SNAPSHOT
 * installed in the shared local repository (another branch's) is ever on the class path. Do not {@code mvn install}.
 */
public final class SweepBenchmark {
    private static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 11, 24);
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private SweepBenchmark() {
    }

    public static void main(String[] args) {
        int merchants = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int sales = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        HikariDataSource dataSource = TestDatabases.durablePostgres(8);
        try {
            PaydeskPorts ports = JdbiPersistence.migrate(dataSource);
            long loadStart = System.nanoTime();
            Jdbi.create(dataSource).useHandle(handle -> load(handle, merchants, sales));
            System.out.printf("loaded %,d merchants and %,d completed sales in %.1f s%n", merchants, sales, seconds(loadStart));

            Paydesk paydesk = Paydesk.over(ports, Clock.fixed(NOW, ZoneOffset.UTC));
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            long gcBefore = gcCount();
            long start = System.nanoTime();
            RunSettlement.Result result = paydesk.runSettlement()
                    .run(new CommandContext(new Principal.OperatorPrincipal("benchmark"), "bench"), BUSINESS_DATE);
            double elapsed = seconds(start);
            long peak = heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            long gcs = gcCount() - gcBefore;
            System.gc();
            long retained = heapPools().mapToLong(pool -> pool.getUsage().getUsed()).sum();

            System.out.printf("sweep of %s: %,d settlements in %.1f s (%,.0f sales/s)%n", result.businessDate(), result.settlementsCreated(),
                    elapsed, sales / elapsed);
            System.out.printf("heap: peak used %,d MB (max %,d MB), %d GCs during the sweep, %,d MB used after a full GC%n",
                    peak >> 20, Runtime.getRuntime().maxMemory() >> 20, gcs, retained >> 20);
            Jdbi.create(dataSource).useHandle(handle -> System.out.printf("stored: %,d settlements, %,d swept sales; shop left: %,d%n",
                    count(handle, "SELECT COUNT(*) FROM settlement"), count(handle, "SELECT COUNT(*) FROM settlement_sale"),
                    count(handle, "SELECT COALESCE(SUM(balance), 0) FROM ledger_account WHERE account_type = 'shop'")));
            System.out.println("ledger balanced: " + paydesk.checkLedger().check().balanced());
        } finally {
            TestDatabases.close(dataSource);
        }
    }

    /**
     * Merchants spread over the six countries; sales completed the day before, each in its merchant's default
     * currency; and per merchant one journal entry acquirer_clearing → shop of its sales' total, as completions would post.
     */
    private static void load(Handle handle, int merchants, int sales) {
        handle.createUpdate("""
                        INSERT INTO merchant (id, name, country, default_currency, kyc_shop_information, kyc_business_information, created_at)
                        SELECT 'mer_B' || lpad(g::text, 8, '0'), 'Shop ' || g, (ARRAY['NG','GH','KE','SN','CI','UG'])[1 + g % 6],
                               (ARRAY['NGN','GHS','KES','XOF','XOF','UGX'])[1 + g % 6], 'completed', 'completed', now()
                        FROM generate_series(1, :merchants) g""")
                .bind("merchants", merchants).execute();
        handle.createUpdate("""
                        INSERT INTO payment_transaction (id, merchant_id, reference, amount, currency, status, payment_method_type,
                                                         created_at, completed_at)
                        SELECT 'txn_B' || lpad(g::text, 10, '0'), 'mer_B' || lpad(k::text, 8, '0'), 'ref-' || g,
                               100 + (g::bigint * 7919) % 500000, (ARRAY['NGN','GHS','KES','XOF','XOF','UGX'])[1 + k % 6], 'completed', 'card',
                               TIMESTAMPTZ '2026-11-23 09:00:00+00' + (g % 36000) * INTERVAL '1 second',
                               TIMESTAMPTZ '2026-11-23 09:00:00+00' + (g % 36000) * INTERVAL '1 second'
                        FROM (SELECT g, 1 + g % :merchants AS k FROM generate_series(1, :sales) g) s""")
                .bind("merchants", merchants).bind("sales", sales).execute();
        handle.execute("ANALYZE payment_transaction");
        handle.execute("""
                INSERT INTO journal_entry (id, cause_kind, cause_id, command, posted_at)
                SELECT 'jnl_L' || substr(merchant_id, 5), 'transaction', 'txn_L' || substr(merchant_id, 5), 'complete_transaction', now()
                FROM payment_transaction GROUP BY merchant_id""");
        handle.execute("""
                INSERT INTO ledger_account (account_key, merchant_id, account_type, currency, balance, created_at)
                SELECT 'merchant:' || merchant_id || ':shop:' || currency, merchant_id, 'shop', currency, SUM(amount), now()
                FROM payment_transaction GROUP BY merchant_id, currency""");
        handle.execute("""
                INSERT INTO ledger_account (account_key, merchant_id, account_type, currency, balance, created_at)
                SELECT 'platform:acquirer_clearing:' || currency, NULL, 'acquirer_clearing', currency, -SUM(amount), now()
                FROM payment_transaction GROUP BY currency""");
        handle.execute("""
                INSERT INTO ledger_posting (entry_id, line_no, account_key, currency, amount, posted_at)
                SELECT 'jnl_L' || substr(merchant_id, 5), 1, 'platform:acquirer_clearing:' || currency, currency, -SUM(amount), now()
                FROM payment_transaction GROUP BY merchant_id, currency
                UNION ALL
                SELECT 'jnl_L' || substr(merchant_id, 5), 2, 'merchant:' || merchant_id || ':shop:' || currency, currency, SUM(amount), now()
                FROM payment_transaction GROUP BY merchant_id, currency""");
        handle.execute("ANALYZE");
    }

    private static long count(Handle handle, String sql) {
        return handle.createQuery(sql).mapTo(Long.class).one();
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
