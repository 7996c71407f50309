package dev.paydesk.adapters.persistence.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.jdbi.PooledDataSources;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.application.merchant.CreateMerchant;
import dev.paydesk.application.settlement.RunSettlement;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/** Two server instances (two pools, two Paydesk objects) on one PostgreSQL database sweeping at once. */
class TwoInstanceSweepTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final CommandContext OPERATOR = new CommandContext(new Principal.OperatorPrincipal("op_1"), "req_1");
    private static final int MERCHANTS = 24;
    private static final int SALES_PER_MERCHANT = 3;

    private HikariDataSource first;
    private HikariDataSource second;
    private Paydesk instanceA;
    private Paydesk instanceB;

    @BeforeEach
    void twoInstancesOnOneDatabase() {
        first = TestDatabases.postgres(8);
        second = PooledDataSources.create(first.getJdbcUrl(), first.getUsername(), first.getPassword(), 8);
        PaydeskPorts portsA = JdbiPersistence.migrate(first);
        PaydeskPorts portsB = JdbiPersistence.over(second);
        instanceA = Paydesk.over(portsA, Clock.fixed(NOW, ZoneOffset.UTC));
        instanceB = Paydesk.over(portsB, Clock.fixed(NOW, ZoneOffset.UTC));
        CompletedSales sales = new CompletedSales(portsA);
        Country[] countries = {Country.NG, Country.GH, Country.KE, Country.SN};
        for (int m = 0; m < MERCHANTS; m++) {
            Country country = countries[m % countries.length];
            MerchantId merchant = instanceA.createMerchant().create(OPERATOR,
                    new CreateMerchant.Command("Shop " + m, country, country.defaultCurrency(), "a" + m + "@example.com")).merchant().id();
            for (int s = 0; s < SALES_PER_MERCHANT; s++) {
                sales.complete(merchant, new Money(10_000 + 137L * s, country.defaultCurrency()), Instant.parse("2026-11-20T09:00:00Z"));
            }
        }
    }

    @AfterEach
    void close() {
        TestDatabases.close(second);
        TestDatabases.close(first);
    }

    @RepeatedTest(2)
    void twoInstancesRunningTheSameDateMakeExactlyOneSettlementPerMerchant() throws Exception {
        LocalDate date = LocalDate.of(2026, 11, 23);
        List<RunSettlement.Result> results = runConcurrently(() -> instanceA.runSettlement().run(OPERATOR, date),
                () -> instanceB.runSettlement().run(OPERATOR, date));

        assertThat(results.get(0).settlementsCreated() + results.get(1).settlementsCreated()).isEqualTo(MERCHANTS);
        assertStoredOncePerMerchantAndSale();
    }

    @RepeatedTest(2)
    void twoInstancesRunningConsecutiveDatesAtOnceSweepEachSaleOnce() throws Exception {
        List<RunSettlement.Result> results = runConcurrently(() -> instanceA.runSettlement().run(OPERATOR, LocalDate.of(2026, 11, 24)),
                () -> instanceB.runSettlement().run(OPERATOR, LocalDate.of(2026, 11, 25)));

        assertThat(results.get(0).settlementsCreated() + results.get(1).settlementsCreated()).isEqualTo(MERCHANTS);
        assertStoredOncePerMerchantAndSale();
    }

    private int count(String sql) {
        return Jdbi.create(first).withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private void assertStoredOncePerMerchantAndSale() {
        assertThat(count("SELECT COUNT(*) FROM settlement")).isEqualTo(MERCHANTS);
        assertThat(count("SELECT COUNT(*) FROM settlement_sale"))
                .isEqualTo(MERCHANTS * SALES_PER_MERCHANT);
        assertThat(count("SELECT COUNT(*) FROM domain_event WHERE type = 'settlement.completed'")).isEqualTo(MERCHANTS);
        assertThat(count("SELECT COUNT(*) FROM ledger_account WHERE account_type = 'shop' AND balance <> 0")).isZero();
        assertThat(instanceB.checkLedger().check().discrepancies()).isEmpty();
    }

    @SafeVarargs
    private static <T> List<T> runConcurrently(java.util.concurrent.Callable<T>... runs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(runs.length);
        CyclicBarrier start = new CyclicBarrier(runs.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (var run : runs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return run.call();
                }));
            }
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
