package dev.paydesk.domain.shared;


/** Ids are opaque strings with a type prefix (API.md): {@code mer_01J…}. */
public final class PrefixedId {
    private PrefixedId() {
    }

    public static String require(String value, String prefix) {
        if (!isValid(value, prefix)) {
            throw new IllegalArgumentException("not a valid " + prefix + " id: " + value);
        }
        return value;
    }

    public static boolean isValid(String value, String prefix) {
        return value != null && value.startsWith(prefix) && isBody(value, prefix.length());
    }

    /** [0-9A-Za-z]{1,64} after the prefix; by hand, as every id of every request passes here. */
    private static boolean isBody(String value, int from) {
        int length = value.length() - from;
        if (length < 1 || length > 64) {
            return false;
        }
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }
}
