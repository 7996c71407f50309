package dev.paydesk.domain.payoutaccount;

import java.util.Locale;

/**
 * The two halves of a payout-account review (SPEC §10): the bank details with the bank letter,
 * and the local entity — the agent, the change-of-payment-method form and the tri-party agreement.
 */
public enum ReviewPart {
    BANK_ACCOUNT,
    LOCAL_ENTITY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
