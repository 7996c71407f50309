package dev.paydesk.domain.payoutaccount;

import java.util.Locale;

/** An operator's decision on one review part. */
public enum ReviewDecision {
    APPROVE,
    REJECT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
