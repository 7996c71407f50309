package dev.paydesk.domain.shared;

import java.util.regex.Pattern;

/** Ids are opaque strings with a type prefix (API.md): {@code mer_01J…}. */
public final class PrefixedId {
    private static final Pattern BODY = Pattern.compile("[0-9A-Za-z]{1,64}");

    private PrefixedId() {
    }

    public static String require(String value, String prefix) {
        if (value == null || !value.startsWith(prefix) || !BODY.matcher(value.substring(prefix.length())).matches()) {
            throw new IllegalArgumentException("not a valid " + prefix + " id: " + value);
        }
        return value;
    }

    public static boolean isValid(String value, String prefix) {
        return value != null && value.startsWith(prefix) && BODY.matcher(value.substring(prefix.length())).matches();
    }
}
