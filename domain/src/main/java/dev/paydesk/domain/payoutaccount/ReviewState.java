package dev.paydesk.domain.payoutaccount;

import java.util.Locale;

/** Where one review part stands. */
public enum ReviewState {
    PENDING,
    APPROVED,
    REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
