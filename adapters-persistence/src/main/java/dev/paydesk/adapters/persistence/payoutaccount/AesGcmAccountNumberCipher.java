package dev.paydesk.adapters.persistence.payoutaccount;

import dev.paydesk.application.payoutaccount.AccountNumberCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per value. A ciphertext reads {@code v1:<key id>:<base64 of
 * nonce ‖ ciphertext ‖ 128-bit tag>}; the version and key id are also the associated data, so a
 * ciphertext moved under another key id fails its tag. Encrypts with the current key, decrypts with any
 * key it knows: rotate by adding a new current key and keeping the old ones until every value has been
 * re-encrypted ({@link JdbiPayoutAccountRepository#reencryptAccountNumbers}).
 */
public final class AesGcmAccountNumberCipher implements AccountNumberCipher {
    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys = new HashMap<>();

    /**
     * @param currentKey 32 bytes, used for every new ciphertext
     * @param olderKeys  earlier keys by id (32 bytes each), still read
     */
    public AesGcmAccountNumberCipher(String currentKeyId, byte[] currentKey, Map<String, byte[]> olderKeys) {
        this.currentKeyId = requireKeyId(currentKeyId);
        keys.put(currentKeyId, aesKey(currentKeyId, currentKey));
        olderKeys.forEach((id, key) -> {
            if (!id.equals(currentKeyId)) {
                keys.put(requireKeyId(id), aesKey(id, key));
            }
        });
    }

    public AesGcmAccountNumberCipher(String currentKeyId, byte[] currentKey) {
        this(currentKeyId, currentKey, Map.of());
    }

    /** A cipher with a random key that lives as long as this object: for tests and throwaway databases only. */
    public static AesGcmAccountNumberCipher ephemeral() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new AesGcmAccountNumberCipher("ephemeral", key);
    }

    @Override
    public String encrypt(String accountNumber) {
        Objects.requireNonNull(accountNumber, "accountNumber");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(currentKeyId));
            byte[] sealed = cipher.doFinal(accountNumber.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + ":" + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String decrypt(String ciphertext) {
        String[] parts = ciphertext == null ? new String[0] : ciphertext.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw unreadable("not a " + VERSION + " ciphertext");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw unreadable("made with unknown key '" + parts[1] + "'");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException notBase64) {
            throw unreadable("not base64");
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw unreadable("too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(parts[1]));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException tampered) {
            throw unreadable("its authentication tag does not match (tampered, or the wrong key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public boolean isCurrent(String ciphertext) {
        return ciphertext != null && ciphertext.startsWith(VERSION + ":" + currentKeyId + ":");
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    private static byte[] associatedData(String keyId) {
        return (VERSION + ":" + keyId).getBytes(StandardCharsets.US_ASCII);
    }

    private static IllegalStateException unreadable(String why) {
        // Never include the ciphertext or any plaintext in the message.
        return new IllegalStateException("an encrypted account number cannot be read: " + why);
    }

    private static String requireKeyId(String id) {
        if (id == null || !KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a key id is 1 to 32 letters, digits, '-' or '_'");
        }
        return id;
    }

    private static SecretKeySpec aesKey(String id, byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("key '" + id + "' must be 32 bytes (AES-256)");
        }
        return new SecretKeySpec(key.clone(), "AES");
    }

    @Override
    public String toString() {
        return "AesGcmAccountNumberCipher[current=" + currentKeyId + ", keys=" + keys.keySet() + "]";
    }
}
