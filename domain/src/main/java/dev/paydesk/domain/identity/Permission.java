package dev.paydesk.domain.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The fixed permission set of SPEC §4. */
public enum Permission {
    TRANSACTIONS_READ,
    REFUNDS_CREATE,
    REFUNDS_APPROVE,
    DISPUTES_MANAGE,
    BALANCES_READ,
    PAYOUTS_REQUEST,
    PAYOUT_ACCOUNTS_MANAGE,
    REPORTS_READ,
    USERS_MANAGE,
    WEBHOOKS_MANAGE;

    /** The API name: {@code refunds.approve}. */
    public String code() {
        String name = name().toLowerCase(Locale.ROOT);
        int split = name.indexOf('_', name.startsWith("payout_accounts") ? "payout_accounts".length() : 0);
        return name.substring(0, split) + "." + name.substring(split + 1);
    }

    public static Optional<Permission> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
