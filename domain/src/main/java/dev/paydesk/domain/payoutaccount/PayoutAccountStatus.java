package dev.paydesk.domain.payoutaccount;

import java.util.Locale;

/**
 * {@code draft → pending_approval → active | rejected}; {@code errored} is set by payouts when the
 * bank reports the account closed or its number invalid.
 */
public enum PayoutAccountStatus {
    DRAFT,
    PENDING_APPROVAL,
    ACTIVE,
    REJECTED,
    ERRORED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
