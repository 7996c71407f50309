package dev.paydesk.adapters.persistence.payoutaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AesGcmAccountNumberCipherTest {
    private static final byte[] KEY_2025 = key(1);
    private static final byte[] KEY_2026 = key(2);

    @Test
    void anAccountNumberRoundTripsAndIsNotReadableInItsCiphertext() {
        var cipher = new AesGcmAccountNumberCipher("k2026", KEY_2026);
        String sealed = cipher.encrypt("SN08SN0100152000048500003035");

        assertThat(sealed).startsWith("v1:k2026:").doesNotContain("0100152000048500003035");
        assertThat(cipher.decrypt(sealed)).isEqualTo("SN08SN0100152000048500003035");
    }

    @Test
    void everyEncryptionUsesAFreshNonce() {
        var cipher = new AesGcmAccountNumberCipher("k2026", KEY_2026);
        assertThat(cipher.encrypt("0000014579")).isNotEqualTo(cipher.encrypt("0000014579"));
    }

    @Test
    void afterRotationOldCiphertextsAreReadAndNewOnesUseTheCurrentKey() {
        var before = new AesGcmAccountNumberCipher("k2025", KEY_2025);
        String old = before.encrypt("0000014579");
        var rotated = new AesGcmAccountNumberCipher("k2026", KEY_2026, Map.of("k2025", KEY_2025));

        assertThat(rotated.decrypt(old)).isEqualTo("0000014579");
        assertThat(rotated.isCurrent(old)).isFalse();
        assertThat(rotated.isCurrent(rotated.encrypt("0000014579"))).isTrue();
        assertThatThrownBy(() -> new AesGcmAccountNumberCipher("k2026", KEY_2026).decrypt(old))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown key");
    }

    @Test
    void aTamperedCiphertextFailsItsTag() {
        var cipher = new AesGcmAccountNumberCipher("k2026", KEY_2026);
        String sealed = cipher.encrypt("0000014579");
        byte[] raw = Base64.getDecoder().decode(sealed.substring("v1:k2026:".length()));
        raw[raw.length - 20] ^= 1; // one bit of the ciphertext body
        String tampered = "v1:k2026:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tag").hasMessageNotContaining("0000014579");
    }

    @Test
    void aCiphertextMovedUnderAnotherKeyIdFailsItsTag() {
        var both = new AesGcmAccountNumberCipher("a", KEY_2026, Map.of("b", KEY_2026));
        String sealed = both.encrypt("0000014579");
        assertThatThrownBy(() -> both.decrypt("v1:b:" + sealed.substring("v1:a:".length())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("tag");
    }

    @Test
    void keysMustBe256Bits() {
        assertThatThrownBy(() -> new AesGcmAccountNumberCipher("k", new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AesGcmAccountNumberCipher("k", KEY_2026).toString()).doesNotContain(Base64.getEncoder().encodeToString(KEY_2026));
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }
}
