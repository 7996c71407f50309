package dev.paydesk.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class JournalEntryTest {
    private static final Currency NGN = Currencies.of("NGN");
    private static final Currency XOF = Currencies.of("XOF");
    private static final MerchantId MERCHANT = new MerchantId("mer_1");
    private static final EntryCause CAUSE = EntryCause.of(EntryCause.Kind.TRANSACTION, "txn_1");
    private static final Instant AT = Instant.parse("2026-11-23T10:15:30Z");

    private static LedgerAccount shop(Currency currency) {
        return LedgerAccount.merchant(MERCHANT, MerchantAccountType.SHOP, currency);
    }

    private static LedgerAccount clearing(Currency currency) {
        return LedgerAccount.platform(PlatformAccountType.ACQUIRER_CLEARING, currency);
    }

    @Test
    void anUnbalancedEntryCannotBeConstructed() {
        List<Posting> postings = List.of(new Posting(clearing(NGN), Money.of(-100, "NGN")), new Posting(shop(NGN), Money.of(99, "NGN")));
        assertThatThrownBy(() -> new JournalEntry("jnl_1", CAUSE, "complete_transaction", AT, postings))
                .isInstanceOf(UnbalancedEntryException.class).hasMessageContaining("NGN").hasMessageContaining("-1");
    }

    @Test
    void eachCurrencyMustBalanceOnItsOwn() {
        List<Posting> postings = List.of(
                new Posting(clearing(NGN), Money.of(-100, "NGN")), new Posting(shop(XOF), Money.of(100, "XOF")));
        assertThatThrownBy(() -> new JournalEntry("jnl_1", CAUSE, "complete_transaction", AT, postings))
                .isInstanceOf(UnbalancedEntryException.class);
    }

    @Test
    void anEntryHasAtLeastTwoPostings() {
        assertThatThrownBy(() -> new JournalEntry("jnl_1", CAUSE, "x", AT, List.of())).isInstanceOf(UnbalancedEntryException.class);
        assertThatThrownBy(() -> JournalEntry.builder("jnl_1", CAUSE, "x", AT).transfer(clearing(NGN), shop(NGN), Money.of(0, "NGN")).build())
                .isInstanceOf(UnbalancedEntryException.class);
    }

    @Test
    void aPostingInAnotherCurrencyThanItsAccountIsRefused() {
        assertThatThrownBy(() -> new Posting(shop(NGN), Money.of(1, "XOF"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transfersAreBetweenTwoAccountsAndPositive() {
        assertThatThrownBy(() -> JournalEntry.builder("jnl_1", CAUSE, "x", AT).transfer(shop(NGN), shop(NGN), Money.of(1, "NGN")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JournalEntry.builder("jnl_1", CAUSE, "x", AT).transfer(shop(NGN), clearing(NGN), Money.of(-1, "NGN")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEntryNamesItsCauseAndCommand() {
        assertThatThrownBy(() -> JournalEntry.builder("jnl_1", CAUSE, " ", AT).transfer(clearing(NGN), shop(NGN), Money.of(1, "NGN")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntryCause.of(EntryCause.Kind.REFUND, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void postingsCannotBeChangedAfterConstruction() {
        JournalEntry entry = JournalEntry.builder("jnl_1", CAUSE, "x", AT).transfer(clearing(NGN), shop(NGN), Money.of(1, "NGN")).build();
        assertThatThrownBy(() -> entry.postings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void accountKeysRoundTrip() {
        for (MerchantAccountType type : MerchantAccountType.values()) {
            LedgerAccount account = LedgerAccount.merchant(MERCHANT, type, XOF);
            assertThat(LedgerAccount.fromKey(account.key())).isEqualTo(account);
        }
        for (PlatformAccountType type : PlatformAccountType.values()) {
            LedgerAccount account = LedgerAccount.platform(type, NGN);
            assertThat(LedgerAccount.fromKey(account.key())).isEqualTo(account);
        }
        assertThat(shop(NGN).key()).isEqualTo("merchant:mer_1:shop:NGN");
    }

    @RepeatedTest(50)
    void anyEntryBuiltFromTransfersBalancesAndRandomTamperingIsCaught() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<LedgerAccount> accounts = new ArrayList<>();
        for (MerchantAccountType type : MerchantAccountType.values()) {
            accounts.add(LedgerAccount.merchant(MERCHANT, type, NGN));
        }
        for (PlatformAccountType type : PlatformAccountType.values()) {
            accounts.add(LedgerAccount.platform(type, NGN));
        }
        JournalEntry.Builder builder = JournalEntry.builder("jnl_1", CAUSE, "x", AT);
        int transfers = 1 + random.nextInt(10);
        for (int i = 0; i < transfers; i++) {
            int from = random.nextInt(accounts.size());
            int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
            builder.transfer(accounts.get(from), accounts.get(to), Money.of(1 + random.nextInt(Integer.MAX_VALUE), "NGN"));
        }
        JournalEntry entry = builder.build();
        assertThat(entry.postings().stream().mapToLong(p -> p.amount().minorUnits()).sum()).as("seed %d", seed).isZero();

        List<Posting> tampered = new ArrayList<>(entry.postings());
        int victim = random.nextInt(tampered.size());
        Posting original = tampered.get(victim);
        long delta = random.nextBoolean() ? 1 : -1 - random.nextInt(1000);
        long changed = original.amount().minorUnits() + delta;
        if (changed != 0) {
            tampered.set(victim, new Posting(original.account(), Money.of(changed, "NGN")));
            assertThatThrownBy(() -> new JournalEntry("jnl_2", CAUSE, "x", AT, tampered)).as("seed %d", seed)
                    .isInstanceOf(UnbalancedEntryException.class);
        }
    }
}
