package dev.paydesk.domain.dispute;

import static dev.paydesk.domain.dispute.DisputeFixtures.OPENED;
import static dev.paydesk.domain.dispute.DisputeFixtures.movements;
import static dev.paydesk.domain.dispute.DisputeFixtures.ngn;
import static dev.paydesk.domain.dispute.DisputeFixtures.open;
import static dev.paydesk.domain.dispute.DisputeFixtures.someEvidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class DisputeLedgerTest {
    private static final String SHOP = "merchant:mer_01:shop:NGN";
    private static final String MAIN = "merchant:mer_01:main:NGN";
    private static final String HELD = "merchant:mer_01:disputes_held:NGN";
    private static final String FEES = "platform:fees:NGN";
    private static final String CUSTOMERS = "platform:customers:NGN";
    private static final Instant LATER = OPENED.plus(Duration.ofDays(1));
    private static final long FEE = 1_500_000;

    private static final long BASE_SEED = Long.getLong("dispute.seed", 20_261_123L);

    @Test
    void openingAClaimHoldsTheAmountFromShopWhenShopCoversIt() {
        JournalEntry entry = open(DisputeSource.CLAIM, ngn(50_000)).openingEntry("jnl_1", ngn(80_000));

        assertThat(entry.cause()).isEqualTo(EntryCause.of(EntryCause.Kind.DISPUTE, "dsp_1"));
        assertThat(entry.command()).isEqualTo("open_dispute");
        assertThat(entry.postedAt()).isEqualTo(OPENED);
        assertThat(movements(entry)).containsOnly(Map.entry(SHOP, -50_000L), Map.entry(HELD, 50_000L));
    }

    @Test
    void theHoldTakesShopFirstThenMainWhichMayGoNegative() {
        JournalEntry entry = open(DisputeSource.CLAIM, ngn(50_000)).openingEntry("jnl_1", ngn(30_000));

        assertThat(movements(entry)).containsOnly(Map.entry(SHOP, -30_000L), Map.entry(MAIN, -20_000L), Map.entry(HELD, 50_000L));
    }

    @Test
    void anEmptyOrNegativeShopLeavesItAloneAndTakesEverythingFromMain() {
        assertThat(movements(open(DisputeSource.CLAIM, ngn(50_000)).openingEntry("jnl_1", ngn(0))))
                .containsOnly(Map.entry(MAIN, -50_000L), Map.entry(HELD, 50_000L));
        assertThat(movements(open(DisputeSource.CLAIM, ngn(50_000)).openingEntry("jnl_1", ngn(-7_000))))
                .containsOnly(Map.entry(MAIN, -50_000L), Map.entry(HELD, 50_000L));
    }

    @Test
    void aChargebackAlsoChargesTheFeeFromWhatShopHasLeftAfterTheHold() {
        JournalEntry covered = open(DisputeSource.CHARGEBACK, ngn(50_000)).openingEntry("jnl_1", ngn(5_000_000));
        JournalEntry split = open(DisputeSource.CHARGEBACK, ngn(50_000)).openingEntry("jnl_2", ngn(550_000));
        JournalEntry fromMain = open(DisputeSource.CHARGEBACK, ngn(50_000)).openingEntry("jnl_3", ngn(20_000));

        assertThat(movements(covered)).containsOnly(Map.entry(SHOP, -50_000L - FEE), Map.entry(HELD, 50_000L), Map.entry(FEES, FEE));
        assertThat(movements(split)).containsOnly(
                Map.entry(SHOP, -550_000L), Map.entry(MAIN, -(FEE - 500_000L)), Map.entry(HELD, 50_000L), Map.entry(FEES, FEE));
        assertThat(movements(fromMain)).containsOnly(
                Map.entry(SHOP, -20_000L), Map.entry(MAIN, -30_000L - FEE), Map.entry(HELD, 50_000L), Map.entry(FEES, FEE));
    }

    @Test
    void aWonDisputeReturnsTheAmountToMainAndKeepsTheFee() {
        Dispute won = open(DisputeSource.CHARGEBACK, ngn(50_000)).submitEvidence(someEvidence(), LATER).decide(DisputeOutcome.WON, LATER);
        JournalEntry entry = won.closingEntry("jnl_2");

        assertThat(entry.command()).isEqualTo("decide_dispute");
        assertThat(entry.postedAt()).isEqualTo(LATER);
        assertThat(movements(entry)).containsOnly(Map.entry(HELD, -50_000L), Map.entry(MAIN, 50_000L));
    }

    @Test
    void aLostDisputePaysTheCustomerBackFromTheHold() {
        Dispute decided = open(DisputeSource.CLAIM, ngn(50_000)).submitEvidence(someEvidence(), LATER).decide(DisputeOutcome.LOST, LATER);
        Dispute accepted = open(DisputeSource.CLAIM, ngn(50_000)).accept(LATER);
        Dispute expired = open(DisputeSource.CLAIM, ngn(50_000)).expire(OPENED.plus(Duration.ofDays(8))).dispute();

        assertThat(movements(decided.closingEntry("jnl_2"))).containsOnly(Map.entry(HELD, -50_000L), Map.entry(CUSTOMERS, 50_000L));
        assertThat(accepted.closingEntry("jnl_3").command()).isEqualTo("accept_dispute");
        assertThat(movements(accepted.closingEntry("jnl_3"))).containsOnly(Map.entry(HELD, -50_000L), Map.entry(CUSTOMERS, 50_000L));
        assertThat(expired.closingEntry("jnl_4").command()).isEqualTo("expire_dispute");
        assertThat(expired.closingEntry("jnl_4").postedAt()).isEqualTo(OPENED.plus(Duration.ofDays(8)));
    }

    @Test
    void anOpenDisputeHasNoClosingEntry() {
        assertThatThrownBy(() -> open(DisputeSource.CLAIM, ngn(1)).closingEntry("jnl_2")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> open(DisputeSource.CLAIM, ngn(1)).submitEvidence(someEvidence(), LATER).closingEntry("jnl_2"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theShopBalanceIsInTheDisputesCurrency() {
        assertThatThrownBy(() -> open(DisputeSource.CLAIM, ngn(1)).openingEntry("jnl_1", Money.of(5, "KES")))
                .isInstanceOf(RuntimeException.class);
    }

    @RepeatedTest(300)
    void openingThenClosingMovesExactlyTheAmountAndTheFeeAndNeverOverdrawsShop(RepetitionInfo repetition) {
        long seed = System.getProperty("dispute.seed") != null ? BASE_SEED : BASE_SEED + repetition.getCurrentRepetition();
        try {
            checkOne(new Random(seed));
        } catch (AssertionError | RuntimeException failure) {
            throw new AssertionError("dispute ledger property failed for seed " + seed + " (rerun with -Ddispute.seed=" + seed + ")", failure);
        }
    }

    private static void checkOne(Random random) {
        long amount = 1 + random.nextInt(10_000_000);
        long fee = random.nextBoolean() ? 0 : random.nextInt(2_000_000);
        long shop = random.nextInt(4) == 0 ? -random.nextInt(1_000_000) : random.nextInt(15_000_000);
        DisputeSource source = fee == 0 && random.nextBoolean() ? DisputeSource.CLAIM : DisputeSource.CHARGEBACK;
        DisputeSettings settings = DisputeSettings.DEFAULT.withChargebackFee(ngn(fee));
        Dispute dispute = Dispute.open(new DisputeId("dsp_p"), new NewDispute(DisputeFixtures.MERCHANT, "txn_p", ngn(amount),
                DisputeReason.GENERAL, source, null), DisputeFixtures.nothingRefundedOf(ngn(amount)), settings, OPENED);
        long expectedFee = source == DisputeSource.CLAIM ? 0 : fee;

        Map<String, Long> opening = movements(dispute.openingEntry("jnl_1", ngn(shop)));

        long fromShop = -opening.getOrDefault(SHOP, 0L);
        long fromMain = -opening.getOrDefault(MAIN, 0L);
        assertThat(opening.get(HELD)).isEqualTo(amount);
        assertThat(opening.getOrDefault(FEES, 0L)).isEqualTo(expectedFee);
        assertThat(fromShop + fromMain).isEqualTo(amount + expectedFee);
        assertThat(fromShop).isBetween(0L, Math.max(shop, 0));
        assertThat(fromMain).isGreaterThanOrEqualTo(0);
        if (fromMain > 0) {
            assertThat(fromShop).as("main is touched only once shop is used up").isEqualTo(Math.max(shop, 0));
        }

        Dispute closed = random.nextBoolean() ? dispute.accept(LATER) : dispute.submitEvidence(someEvidence(), LATER)
                .decide(random.nextBoolean() ? DisputeOutcome.WON : DisputeOutcome.LOST, LATER);
        Map<String, Long> closing = movements(closed.closingEntry("jnl_2"));
        assertThat(opening.get(HELD) + closing.get(HELD)).as("disputes_held is empty again").isZero();
        String to = closed.status() == DisputeStatus.WON ? MAIN : CUSTOMERS;
        assertThat(closing).containsOnly(Map.entry(HELD, -amount), Map.entry(to, amount));
    }
}
