package dev.paydesk.adapters.persistence.payoutaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.testing.PersistenceBackend;
import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.application.PaydeskPorts;
import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.payoutaccount.DocumentKind;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountDetails;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutCorridor;
import dev.paydesk.domain.payoutaccount.PayoutDocument;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import dev.paydesk.domain.payoutaccount.RejectionReason;
import dev.paydesk.domain.payoutaccount.ReviewPart;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The contract of {@link dev.paydesk.application.payoutaccount.PayoutAccountRepository} and of the payout-account events. */
public abstract class PayoutAccountRepositoryContract extends PortContract {
    private static final MerchantId MERCHANT = new MerchantId("mer_1");
    private static final Currency NGN = Currency.getInstance("NGN");
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:15:30Z");

    static PayoutAccountDetails nigeria(String accountNumber) {
        return new PayoutAccountDetails(PayoutCorridor.of("NG", "NGN"), "First Bank", "011", null, accountNumber, "Adaeze Okafor",
                "+2348031234567", "RC1234567", new AgentId("agt_1"), List.of(new PayoutDocument(DocumentKind.BANK_LETTER, "letter.pdf", "sha256:ab"),
                new PayoutDocument(DocumentKind.TRIPARTY_AGREEMENT, "tri.pdf")));
    }

    static PayoutAccount draft(String id) {
        return PayoutAccount.draft(new PayoutAccountId(id), MERCHANT, nigeria("0000014579"));
    }

    static PayoutAccount submitted(String id, Instant at) {
        return draft(id).submit(at, (start, days) -> start.plus(Duration.ofDays(days)));
    }

    @Test
    void anAccountRoundTripsWithItsReviewsAndDocuments() {
        PayoutAccount rejected = submitted("pa_1", MONDAY).approve(ReviewPart.LOCAL_ENTITY)
                .reject(ReviewPart.BANK_ACCOUNT, List.of(RejectionReason.MISSING_BANK_STAMP, RejectionReason.WRONG_BANK_NAME));
        txRun(() -> ports.payoutAccounts().add(draft("pa_1")));
        txRun(() -> ports.payoutAccounts().update(rejected));

        assertThat(tx(() -> ports.payoutAccounts().find(rejected.id()))).contains(rejected);
        PayoutAccount edited = rejected.edit(new PayoutAccountDetails(PayoutCorridor.of("NG", "NGN"), "First Bank", "011", null,
                "0000014579", "Adaeze Okafor", "+2348031234567", "RC1234567", null, List.of()));
        txRun(() -> ports.payoutAccounts().update(edited));
        assertThat(tx(() -> ports.payoutAccounts().findForUpdate(edited.id()))).contains(edited);
    }

    @Test
    void accountsArePagedNewestFirstPerMerchant() {
        txRun(() -> {
            ports.payoutAccounts().add(draft("pa_1"));
            ports.payoutAccounts().add(draft("pa_2"));
            ports.payoutAccounts().add(PayoutAccount.draft(new PayoutAccountId("pa_3"), new MerchantId("mer_2"), nigeria("0000014579")));
        });
        assertThat(tx(() -> ports.payoutAccounts().page(MERCHANT, null, 5))).extracting(a -> a.id().value()).containsExactly("pa_2", "pa_1");
        assertThat(tx(() -> ports.payoutAccounts().page(MERCHANT, new PayoutAccountId("pa_2"), 5))).extracting(a -> a.id().value()).containsExactly("pa_1");
    }

    @Test
    void overdueReviewsArePendingOnesPastTheirDueDateMostOverdueFirst() {
        txRun(() -> {
            ports.payoutAccounts().add(submitted("pa_1", MONDAY.plus(Duration.ofDays(1))));
            ports.payoutAccounts().add(submitted("pa_2", MONDAY));
            ports.payoutAccounts().add(submitted("pa_3", MONDAY.plus(Duration.ofDays(30))));
            ports.payoutAccounts().add(draft("pa_4"));
        });
        Instant asOf = MONDAY.plus(Duration.ofDays(20));
        assertThat(tx(() -> ports.payoutAccounts().overdueReviews(asOf, null, null, 5))).extracting(a -> a.id().value()).containsExactly("pa_2", "pa_1");
        Instant due2 = MONDAY.plus(Duration.ofDays(10));
        assertThat(tx(() -> ports.payoutAccounts().overdueReviews(asOf, due2, new PayoutAccountId("pa_2"), 5)))
                .extracting(a -> a.id().value()).containsExactly("pa_1");
    }

    @Test
    void aPreferenceIsSavedLockedAndReadPerMerchantAndCurrency() {
        txRun(() -> {
            ports.payoutAccounts().add(draft("pa_1"));
            ports.payoutAccounts().add(draft("pa_2"));
        });
        assertThat(tx(() -> ports.payoutAccounts().preference(MERCHANT, NGN))).isEqualTo(PayoutPreference.none(MERCHANT, NGN));

        PayoutPreference preference = new PayoutPreference(MERCHANT, NGN, new PayoutAccountId("pa_1"), new PayoutAccountId("pa_2"));
        txRun(() -> {
            ports.payoutAccounts().preferenceForUpdate(MERCHANT, NGN);
            ports.payoutAccounts().savePreference(preference);
        });
        assertThat(tx(() -> ports.payoutAccounts().preference(MERCHANT, NGN))).isEqualTo(preference);
        assertThat(tx(() -> ports.payoutAccounts().preferences(MERCHANT))).containsExactly(preference);

        PayoutPreference switched = new PayoutPreference(MERCHANT, NGN, new PayoutAccountId("pa_2"), null);
        txRun(() -> ports.payoutAccounts().savePreference(switched));
        assertThat(tx(() -> ports.payoutAccounts().preferenceForUpdate(MERCHANT, NGN))).isEqualTo(switched);
    }

    @Test
    void aPreferenceNamesOnlyTheMerchantsAccountsInThatCurrency() {
        txRun(() -> ports.payoutAccounts().add(draft("pa_1")));
        assertThatThrownBy(() -> txRun(() -> ports.payoutAccounts().savePreference(
                new PayoutPreference(new MerchantId("mer_2"), NGN, new PayoutAccountId("pa_1"), null)))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> txRun(() -> ports.payoutAccounts().savePreference(
                new PayoutPreference(MERCHANT, Currency.getInstance("USD"), new PayoutAccountId("pa_1"), null)))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void accountNumbersAreEncryptedAtRestAndReencryptedAfterARotation() {
        if (!(currentBackend() instanceof PersistenceBackend.JdbiBackend jdbi)) {
            return; // nothing is at rest in memory
        }
        DataSource dataSource = jdbi.dataSource();
        byte[] oldKey = new byte[32];
        byte[] newKey = new byte[32];
        newKey[0] = 1;
        PaydeskPorts before = JdbiPersistence.over(dataSource, new AesGcmAccountNumberCipher("old", oldKey));
        before.unitOfWork().run(() -> before.payoutAccounts().add(draft("pa_1")));

        String stored = Jdbi.create(dataSource).withHandle(h -> h.createQuery(
                "SELECT account_number_encrypted || ' ' || account_number_last4 FROM payout_account").mapTo(String.class).one());
        assertThat(stored).startsWith("v1:old:").endsWith(" 4579").doesNotContain("0000014579");

        var rotated = new AesGcmAccountNumberCipher("new", newKey, Map.of("old", oldKey));
        PaydeskPorts after = JdbiPersistence.over(dataSource, rotated);
        assertThat(((JdbiPayoutAccountRepository) after.payoutAccounts()).reencryptAccountNumbers(10)).isEqualTo(1);
        assertThat(((JdbiPayoutAccountRepository) after.payoutAccounts()).reencryptAccountNumbers(10)).isZero();

        PaydeskPorts newKeyOnly = JdbiPersistence.over(dataSource, new AesGcmAccountNumberCipher("new", newKey));
        assertThat(newKeyOnly.unitOfWork().inTransaction(() -> newKeyOnly.payoutAccounts().find(new PayoutAccountId("pa_1"))).orElseThrow()
                .details().accountNumber()).isEqualTo("0000014579");
    }
}
