package dev.paydesk.adapters.persistence.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The address of stored bytes: their SHA-256 in lower-case hex. */
public final class ContentAddress {
    private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");

    private ContentAddress() {
    }

    public static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }

    /** The address in its canonical lower-case form; refuses anything but 64 hex digits. */
    public static String require(String address) {
        if (address == null || !HEX_64.matcher(address).matches()) {
            throw new IllegalArgumentException("a document address is 64 hex digits (a SHA-256), not: "
                    + (address == null ? "null" : address.length() > 80 ? address.substring(0, 80) + "…" : address));
        }
        return address.toLowerCase(Locale.ROOT);
    }
}
