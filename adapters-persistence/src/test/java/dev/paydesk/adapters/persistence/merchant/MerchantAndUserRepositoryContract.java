package dev.paydesk.adapters.persistence.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PortContract;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.identity.ApiKey;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Role;
import dev.paydesk.domain.identity.User;
import dev.paydesk.domain.identity.UserStatus;
import dev.paydesk.domain.merchant.Kyc;
import dev.paydesk.domain.merchant.KycStatus;
import dev.paydesk.domain.merchant.Merchant;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contracts of the merchant, user, role and API key repositories, which live together. */
public abstract class MerchantAndUserRepositoryContract extends PortContract {
    private static final Instant AT = Instant.parse("2026-11-23T10:15:30Z");
    private static final MerchantId A = new MerchantId("mer_A");
    private static final MerchantId B = new MerchantId("mer_B");

    @BeforeEach
    void twoMerchants() {
        txRun(() -> {
            ports.merchants().add(new Merchant(A, "Alpha", Country.NG, Currencies.of("NGN"), Kyc.NOT_STARTED, AT));
            ports.merchants().add(new Merchant(B, "Beta", Country.SN, Currencies.of("XOF"), Kyc.NOT_STARTED, AT));
        });
    }

    private static User user(String id, MerchantId merchant, String email, String... roles) {
        return new User(id, merchant, email, "Name", List.of(roles), UserStatus.ACTIVE, AT);
    }

    @Test
    void aMerchantExistsOnceCommittedAndNotAfterItsTransactionRolledBack() {
        MerchantId rolledBack = new MerchantId("mer_C");
        assertThat(tx(() -> ports.merchants().exists(A))).isTrue();
        assertThat(tx(() -> ports.merchants().exists(new MerchantId("mer_unknown")))).isFalse();
        assertThatThrownBy(() -> txRun(() -> {
            ports.merchants().add(new Merchant(rolledBack, "Gamma", Country.KE, Currencies.of("KES"), Kyc.NOT_STARTED, AT));
            assertThat(ports.merchants().exists(rolledBack)).isTrue();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        assertThat(tx(() -> ports.merchants().exists(rolledBack))).isFalse();
        assertThat(tx(() -> ports.merchants().exists(A))).isTrue();
    }

    @Test
    void merchantsRoundTripWithTheirKyc() {
        Kyc kyc = new Kyc(KycStatus.SUBMITTED, KycStatus.COMPLETED, AT.plusSeconds(86_400));
        txRun(() -> ports.merchants().update(ports.merchants().findForUpdate(A).orElseThrow().withKyc(kyc)));
        Merchant found = tx(() -> ports.merchants().find(A)).orElseThrow();
        assertThat(found.kyc()).isEqualTo(kyc);
        assertThat(found.country()).isEqualTo(Country.NG);
        assertThat(tx(() -> ports.merchants().page(null, 10))).extracting(Merchant::id).containsExactly(A, B);
        assertThat(tx(() -> ports.merchants().page(A, 10))).extracting(Merchant::id).containsExactly(B);
    }

    @Test
    void usersAreScopedToTheirMerchant() {
        txRun(() -> ports.users().add(user("usr_1", A, "a@example.com", "admin")));
        assertThat(tx(() -> ports.users().find(A, "usr_1"))).isPresent();
        assertThat(tx(() -> ports.users().find(B, "usr_1"))).isEmpty();
        assertThat(tx(() -> ports.users().list(B, null, 10))).isEmpty();
        assertThat(tx(() -> ports.users().emailTaken(A, "a@example.com"))).isTrue();
        assertThat(tx(() -> ports.users().emailTaken(B, "a@example.com"))).isFalse();
    }

    @Test
    void rolesAndStatusChangesAreStoredAndCounted() {
        txRun(() -> {
            ports.users().add(user("usr_1", A, "a@example.com", "admin"));
            ports.users().add(user("usr_2", A, "b@example.com", "admin", "viewer"));
            ports.users().add(user("usr_3", A, "c@example.com", "viewer"));
        });
        txRun(() -> ports.users().update(ports.users().findForUpdate(A, "usr_2").orElseThrow().withStatus(UserStatus.DISABLED)));
        assertThat(tx(() -> ports.users().activeAdminsForUpdate(A))).extracting(User::id).containsExactly("usr_1");
        assertThat(tx(() -> ports.users().countByRole(A))).containsEntry("admin", 2L).containsEntry("viewer", 2L);
        assertThat(tx(() -> ports.users().list(A, null, 2))).extracting(User::id).containsExactly("usr_3", "usr_2");
        assertThat(tx(() -> ports.users().list(A, "usr_2", 2))).extracting(User::id).containsExactly("usr_1");
    }

    @Test
    void customRolesBelongToOneMerchant() {
        Role role = Role.custom("refund_desk", Set.of(Permission.REFUNDS_CREATE, Permission.TRANSACTIONS_READ));
        txRun(() -> ports.roles().add(A, role));
        assertThat(tx(() -> ports.roles().find(A, "refund_desk"))).contains(role);
        assertThat(tx(() -> ports.roles().find(B, "refund_desk"))).isEmpty();
        assertThat(tx(() -> ports.roles().list(A))).containsExactly(role);
    }

    @Test
    void apiKeysAreFoundByHashAndRevokedOnce() {
        txRun(() -> {
            ports.users().add(user("usr_1", A, "a@example.com", "admin"));
            ports.apiKeys().add(new ApiKey("key_1", "usr_1", "f".repeat(64), AT, null));
        });
        assertThat(tx(() -> ports.apiKeys().findWithUser("f".repeat(64)))).get().satisfies(found -> {
            assertThat(found.key().revoked()).isFalse();
            assertThat(found.key().id()).isEqualTo("key_1");
            assertThat(found.user().id()).isEqualTo("usr_1");
            assertThat(found.user().merchantId()).isEqualTo(A);
            assertThat(found.user().roles()).containsExactly("admin");
        });
        assertThat(tx(() -> ports.apiKeys().findWithUser("e".repeat(64)))).isEmpty();
        assertThat(tx(() -> ports.apiKeys().revoke("usr_1", "key_1", AT.plusSeconds(5)))).isTrue();
        assertThat(tx(() -> ports.apiKeys().revoke("usr_1", "key_1", AT.plusSeconds(6)))).isFalse();
        assertThat(tx(() -> ports.apiKeys().findWithUser("f".repeat(64)))).get().extracting(found -> found.key().revoked()).isEqualTo(true);
        assertThat(tx(() -> ports.apiKeys().revoke("usr_2", "key_1", AT))).isFalse();
    }
}
