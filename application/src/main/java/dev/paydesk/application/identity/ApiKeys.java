package dev.paydesk.application.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * API keys: {@code pdk_<type>_} followed by 43 base-62 characters (256 bits from {@link SecureRandom}).
 * Only a SHA-256 hash is ever stored. A slow password hash is not needed: the key is random and
 * high-entropy, so it cannot be guessed from its hash, and lookups by hash stay one index probe.
 */
public final class ApiKeys {
    public static final String OPERATOR = "op";
    public static final String MERCHANT_USER = "usr";

    private static final char[] ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int SECRET_LENGTH = 43;
    private static final Pattern FORMAT = Pattern.compile("pdk_[a-z]{2,3}_[0-9A-Za-z]{" + SECRET_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public static String generate(String type) {
        StringBuilder key = new StringBuilder("pdk_").append(type).append('_');
        for (int i = 0; i < SECRET_LENGTH; i++) {
            key.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return key.toString();
    }

    public static boolean isWellFormed(String key) {
        return key != null && FORMAT.matcher(key).matches();
    }

    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every JVM", impossible);
        }
    }

    /** Constant-time comparison of two hashes, so response times do not reveal how much of a hash matched. */
    public static boolean sameHash(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
