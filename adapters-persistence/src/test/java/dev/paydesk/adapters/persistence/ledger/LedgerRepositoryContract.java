package dev.paydesk.adapters.persistence.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.TimeOrderedIdGenerator;
import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.LedgerCheck;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.MerchantBalances;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link dev.paydesk.application.ledger.LedgerRepository}: run it against any
 * adapter by extending it and returning that adapter's backend.
 */
public abstract class LedgerRepositoryContract extends PortContract {
    private static final Currency NGN = Currencies.of("NGN");
    private static final Currency XOF = Currencies.of("XOF");
    private static final Instant T0 = Instant.parse("2026-11-23T10:15:30Z");

    private final IdGenerator ids = new TimeOrderedIdGenerator(Clock.fixed(T0, ZoneOffset.UTC));
    private final MerchantId merchant = new MerchantId("mer_01TEST");

    private LedgerAccount.Merchant account(MerchantAccountType type, Currency currency) {
        return LedgerAccount.merchant(merchant, type, currency);
    }

    private LedgerAccount.Platform platform(PlatformAccountType type, Currency currency) {
        return LedgerAccount.platform(type, currency);
    }

    private JournalEntry transfer(LedgerAccount from, LedgerAccount to, long minor, String causeId) {
        return JournalEntry.builder(ids.next(JournalEntry.ID_PREFIX), EntryCause.of(EntryCause.Kind.TRANSACTION, causeId), "complete_transaction", T0)
                .transfer(from, to, new Money(minor, from.currency()))
                .build();
    }

    @Test
    void anAppendedEntryMovesBothBalances() {
        txRun(() -> ports.ledger().append(transfer(platform(PlatformAccountType.ACQUIRER_CLEARING, NGN), account(MerchantAccountType.SHOP, NGN), 150_000, "txn_1")));

        tx(() -> {
            assertThat(ports.ledger().balance(account(MerchantAccountType.SHOP, NGN))).isEqualTo(Money.of(150_000, "NGN"));
            assertThat(ports.ledger().balance(platform(PlatformAccountType.ACQUIRER_CLEARING, NGN))).isEqualTo(Money.of(-150_000, "NGN"));
            return null;
        });
    }

    @Test
    void severalEntriesAppendedAtOnceMoveEveryBalanceAndComeBackAsAppended() {
        JournalEntry sale = transfer(platform(PlatformAccountType.ACQUIRER_CLEARING, NGN), account(MerchantAccountType.SHOP, NGN), 10_000, "txn_A1");
        JournalEntry sweep = transfer(account(MerchantAccountType.SHOP, NGN), account(MerchantAccountType.MAIN, NGN), 9_000, "txn_A1");
        JournalEntry franc = transfer(platform(PlatformAccountType.ACQUIRER_CLEARING, XOF), account(MerchantAccountType.SHOP, XOF), 700, "txn_A2");

        txRun(() -> ports.ledger().appendAll(List.of(sale, sweep, franc)));

        assertThat(tx(() -> ports.ledger().balance(account(MerchantAccountType.SHOP, NGN)))).isEqualTo(Money.of(1_000, "NGN"));
        assertThat(tx(() -> ports.ledger().balance(account(MerchantAccountType.MAIN, NGN)))).isEqualTo(Money.of(9_000, "NGN"));
        assertThat(tx(() -> ports.ledger().balance(account(MerchantAccountType.SHOP, XOF)))).isEqualTo(Money.of(700, "XOF"));
        assertThat(tx(() -> ports.ledger().entriesFor(EntryCause.of(EntryCause.Kind.TRANSACTION, "txn_A1")))).containsExactly(sale, sweep);
        assertThat(tx(() -> ports.ledger().check()).balanced()).isTrue();
    }

    @Test
    void balancesLockedTogetherIncludeAccountsThatNeverMovedAndWhatThisTransactionAppended() {
        txRun(() -> ports.ledger().append(transfer(platform(PlatformAccountType.ACQUIRER_CLEARING, NGN), account(MerchantAccountType.SHOP, NGN), 5_000, "txn_B1")));

        Map<LedgerAccount.Merchant, Money> locked = tx(() -> {
            ports.ledger().append(transfer(platform(PlatformAccountType.ACQUIRER_CLEARING, NGN), account(MerchantAccountType.SHOP, NGN), 250, "txn_B2"));
            return ports.ledger().balancesForUpdate(List.of(account(MerchantAccountType.SHOP, NGN), account(MerchantAccountType.MAIN, NGN),
                    account(MerchantAccountType.MAIN, XOF)));
        });

        assertThat(locked).containsOnly(
                Map.entry(account(MerchantAccountType.SHOP, NGN), Money.of(5_250, "NGN")),
                Map.entry(account(MerchantAccountType.MAIN, NGN), Money.of(0, "NGN")),
                Map.entry(account(MerchantAccountType.MAIN, XOF), Money.of(0, "XOF")));
        assertThat(tx(() -> ports.ledger().check()).balanced()).isTrue();
    }

    @Test
    void anAccountThatNeverMovedHasZeroBalance() {
        assertThat(tx(() -> ports.ledger().balance(account(MerchantAccountType.MAIN, XOF)))).isEqualTo(Money.of(0, "XOF"));
    }

    @Test
    void aBalanceReadInTheSameTransactionSeesTheEntryJustAppended() {
        Money[] seen = new Money[2];
        txRun(() -> {
            ports.ledger().append(transfer(platform(PlatformAccountType.ACQUIRER_CLEARING, NGN), account(MerchantAccountType.MAIN, NGN), 500, "txn_2"));
            seen[0] = ports.ledger().balance(account(MerchantAccountType.MAIN, NGN));
            seen[1] = ports.ledger().balanceForUpdate(account(MerchantAccountType.MAIN, NGN));
        });
        assertThat(seen).containsOnly(Money.of(500, "NGN"));
    }

    @Test
    void aFailedUnitOfWorkLeavesNoEntryAndNoBalance() {
        assertThatThrownBy(() -> txRun(() -> {
            ports.ledger().append(transfer(platform(PlatformAccountType.ACQUIRER_CLEARING, NGN), account(MerchantAccountType.SHOP, NGN), 700, "txn_3"));
            throw new IllegalStateException("use case failed after posting");
        })).hasMessageContaining("use case failed");

        tx(() -> {
            assertThat(ports.ledger().balance(account(MerchantAccountType.SHOP, NGN)).minorUnits()).isZero();
            assertThat(ports.ledger().entriesFor(EntryCause.of(EntryCause.Kind.TRANSACTION, "txn_3"))).isEmpty();
            assertThat(ports.ledger().check().balanced()).isTrue();
            return null;
        });
    }

    @Test
    void entriesForACauseComeBackWithTheirPostingsInOrder() {
        JournalEntry first = transfer(platform(PlatformAccountType.ACQUIRER_CLEARING, NGN), account(MerchantAccountType.SHOP, NGN), 1_000, "rfd_1");
        JournalEntry second = JournalEntry.builder(ids.next(JournalEntry.ID_PREFIX), EntryCause.of(EntryCause.Kind.TRANSACTION, "rfd_1"), "approve_refund", T0.plusSeconds(1))
                .transfer(account(MerchantAccountType.SHOP, NGN), account(MerchantAccountType.REFUNDS_IN_FLIGHT, NGN), Money.of(600, "NGN"))
                .transfer(account(MerchantAccountType.MAIN, NGN), account(MerchantAccountType.REFUNDS_IN_FLIGHT, NGN), Money.of(400, "NGN"))
                .build();
        txRun(() -> {
            ports.ledger().append(first);
            ports.ledger().append(second);
        });

        List<JournalEntry> entries = tx(() -> ports.ledger().entriesFor(EntryCause.of(EntryCause.Kind.TRANSACTION, "rfd_1")));

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).postings()).isEqualTo(first.postings());
        assertThat(entries.get(1).postings()).isEqualTo(second.postings());
        assertThat(entries.get(1).command()).isEqualTo("approve_refund");
        assertThat(entries.get(1).postedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void merchantBalancesListEveryAccountPerCurrencyWithZeroForUntouchedOnes() {
        txRun(() -> {
            ports.ledger().append(transfer(platform(PlatformAccountType.ACQUIRER_CLEARING, NGN), account(MerchantAccountType.SHOP, NGN), 9_000, "txn_4"));
            ports.ledger().append(transfer(platform(PlatformAccountType.ACQUIRER_CLEARING, XOF), account(MerchantAccountType.MAIN, XOF), 5_000, "txn_5"));
        });

        List<MerchantBalances> balances = tx(() -> ports.ledger().merchantBalances(merchant));

        assertThat(balances).extracting(MerchantBalances::currency).containsExactly(NGN, XOF);
        assertThat(balances.get(0).of(MerchantAccountType.SHOP)).isEqualTo(Money.of(9_000, "NGN"));
        assertThat(balances.get(0).of(MerchantAccountType.MAIN)).isEqualTo(Money.of(0, "NGN"));
        assertThat(balances.get(1).of(MerchantAccountType.MAIN)).isEqualTo(Money.of(5_000, "XOF"));
        assertThat(tx(() -> ports.ledger().merchantBalances(new MerchantId("mer_OTHER")))).isEmpty();
    }

    @Test
    void maintainedBalancesEqualTheSumOfPostingsOverManyRandomEntries() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<LedgerAccount> accounts = List.of(
                account(MerchantAccountType.SHOP, NGN), account(MerchantAccountType.MAIN, NGN), account(MerchantAccountType.RESERVE, NGN),
                platform(PlatformAccountType.FEES, NGN), platform(PlatformAccountType.ACQUIRER_CLEARING, NGN), platform(PlatformAccountType.CUSTOMERS, NGN));
        Map<LedgerAccount, Long> model = new HashMap<>();
        for (int batch = 0; batch < 20; batch++) {
            List<JournalEntry> entries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int from = random.nextInt(accounts.size());
                int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
                long amount = 1 + random.nextInt(1_000_000);
                entries.add(transfer(accounts.get(from), accounts.get(to), amount, "txn_r" + batch));
                model.merge(accounts.get(from), -amount, Long::sum);
                model.merge(accounts.get(to), amount, Long::sum);
            }
            txRun(() -> entries.forEach(ports.ledger()::append));
        }

        tx(() -> {
            for (LedgerAccount account : accounts) {
                assertThat(ports.ledger().balance(account).minorUnits()).as("seed %d, account %s", seed, account.key())
                        .isEqualTo(model.getOrDefault(account, 0L));
            }
            LedgerCheck check = ports.ledger().check();
            assertThat(check.discrepancies()).as("seed %d", seed).isEmpty();
            assertThat(check.entries()).isEqualTo(200);
            return null;
        });
    }

    @Test
    void parallelPostingsOnOneHotAccountLoseNothing() throws Exception {
        int threads = 8;
        int entriesPerThread = 25;
        LedgerAccount hot = account(MerchantAccountType.SHOP, NGN);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                LedgerAccount counterpart = t % 2 == 0 ? platform(PlatformAccountType.ACQUIRER_CLEARING, NGN) : account(MerchantAccountType.MAIN, NGN);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < entriesPerThread; i++) {
                        JournalEntry entry = transfer(counterpart, hot, 100, "txn_hot");
                        txRun(() -> ports.ledger().append(entry));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }

        tx(() -> {
            assertThat(ports.ledger().balance(hot).minorUnits()).isEqualTo((long) threads * entriesPerThread * 100);
            assertThat(ports.ledger().check().balanced()).isTrue();
            return null;
        });
    }

    @Test
    void anEmptyLedgerIsBalanced() {
        LedgerCheck check = tx(() -> ports.ledger().check());
        assertThat(check.balanced()).isTrue();
        assertThat(check.entries()).isZero();
        assertThat(check.accounts()).isZero();
    }
}
