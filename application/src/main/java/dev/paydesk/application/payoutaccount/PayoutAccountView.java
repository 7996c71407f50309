package dev.paydesk.application.payoutaccount;

import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutAccountStatus;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import java.util.Objects;

/**
 * A payout account as the use cases return it: the account and where it stands in its merchant's
 * preference. {@code preferred} is the account payouts in its currency go to; {@code preferredPending}
 * means the merchant preferred it but it is not active yet. The account number shows only its last 4
 * characters in {@link #toString()}; {@link #accountNumberLast4()} is the only part to put in a response.
 */
public record PayoutAccountView(PayoutAccount account, boolean preferred, boolean preferredPending) {
    public PayoutAccountView {
        Objects.requireNonNull(account, "account");
        if (preferred && preferredPending) {
            throw new IllegalArgumentException("an account is preferred or waiting to be, not both");
        }
    }

    static PayoutAccountView of(PayoutAccount account, PayoutPreference preference) {
        return new PayoutAccountView(account, preference.isPreferred(account.id()), preference.isPending(account.id()));
    }

    public PayoutAccountId id() {
        return account.id();
    }

    public PayoutAccountStatus status() {
        return account.status();
    }

    public String accountNumberLast4() {
        return account.last4();
    }
}
