package dev.paydesk.adapters.persistence.payoutaccount;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;
import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.application.payoutaccount.PayoutAccountUseCasesHarness;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.RepeatedTest;

/** Concurrent "prefer" requests for different accounts of one merchant and currency leave exactly one preferred account. */
abstract class PreferConcurrencyContract extends PortContract {
    private static final int ACCOUNTS = 6;

    @RepeatedTest(3)
    void concurrentPrefersLeaveExactlyOnePreferredAccount() throws Exception {
        PayoutAccountUseCasesHarness harness = new PayoutAccountUseCasesHarness(ports);
        List<PayoutAccountId> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(harness.activeNigerianAccount());
        }
        PayoutAccountId notYetActive = harness.submittedNigerianAccount();

        ExecutorService pool = Executors.newFixedThreadPool(ACCOUNTS + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        List<PayoutAccountId> all = new ArrayList<>(accounts);
        all.add(notYetActive);
        for (PayoutAccountId id : all) {
            Callable<Object> prefer = () -> {
                start.await();
                return harness.prefer(id);
            };
            results.add(pool.submit(prefer));
        }
        start.countDown();
        for (Future<?> result : results) {
            result.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        PayoutPreference preference = tx(() -> ports.payoutAccounts().preference(PayoutAccountUseCasesHarness.MERCHANT, Currency.getInstance("NGN")));
        assertThat(preference.preferred()).isIn(accounts);
        assertThat(preference.pending()).isIn(notYetActive, null);
        if (currentBackend() instanceof PersistenceBackend.JdbiBackend jdbi) {
            assertThat(preferredRows(jdbi.dataSource())).isEqualTo(1);
        }
        assertThat(harness.preferredAccounts()).containsExactly(preference.preferred());

        harness.approve(notYetActive);
        PayoutPreference after = tx(() -> ports.payoutAccounts().preference(PayoutAccountUseCasesHarness.MERCHANT, Currency.getInstance("NGN")));
        assertThat(after.preferred()).isEqualTo(preference.pending() == null ? preference.preferred() : notYetActive);
    }

    private static long preferredRows(DataSource dataSource) {
        return Jdbi.create(dataSource).withHandle(handle -> handle
                .createQuery("SELECT COUNT(*) FROM payout_account WHERE preferred_key IS NOT NULL").mapTo(Long.class).one());
    }
}
