package dev.paydesk.domain.money;

import java.util.Currency;
import java.util.regex.Pattern;

/** ISO 4217 currency lookup that refuses unknown codes with a clear message. */
public final class Currencies {
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Currencies() {
    }

    public static Currency of(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code of three capital letters: " + code);
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException("unknown ISO 4217 currency: " + code, unknown);
        }
    }
}
