package dev.paydesk.application.payoutaccount;

/**
 * Outbound port: encryption of account numbers at rest. The ciphertext names the key it was made
 * with, so keys can rotate: {@link #decrypt} reads any known key, {@link #encrypt} uses the current one.
 * A tampered or unreadable ciphertext is refused with an {@link IllegalStateException}, never decrypted
 * to something else.
 */
public interface AccountNumberCipher {

    String encrypt(String accountNumber);

    String decrypt(String ciphertext);

    /** True when {@code ciphertext} was made with the current key (false: re-encrypt it). */
    boolean isCurrent(String ciphertext);
}
