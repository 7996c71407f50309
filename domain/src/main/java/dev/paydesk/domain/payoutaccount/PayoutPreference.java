package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.DomainException;
import java.util.Currency;
import java.util.Objects;

/**
 * Which account one merchant is paid to in one currency (SPEC §10 "Preferred"), and the switch that
 * waits for another account to become active.
 *
 * <ul>
 *   <li>Preferring an active account takes effect at once and drops any waiting switch.</li>
 *   <li>Preferring an account that is not active records it as {@code pending}; the preferred account
 *       stays in use until the pending one becomes active ({@link #accountActivated}). A later
 *       preference replaces an earlier waiting one: the latest intention wins.</li>
 *   <li>Preferring the account that already is preferred changes nothing and drops a waiting switch.</li>
 * </ul>
 * {@code preferred} and {@code pending} are null when there is none; they are never the same account.
 */
public record PayoutPreference(MerchantId merchantId, Currency currency, PayoutAccountId preferred, PayoutAccountId pending) {

    public PayoutPreference {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(currency, "currency");
        if (preferred != null && preferred.equals(pending)) {
            throw new IllegalArgumentException("account " + preferred + " cannot be preferred and pending at once");
        }
    }

    public static PayoutPreference none(MerchantId merchantId, Currency currency) {
        return new PayoutPreference(merchantId, currency, null, null);
    }

    /** The preference after the merchant prefers {@code account}, one of its accounts in this currency. */
    public PayoutPreference prefer(PayoutAccount account) {
        requireOwn(account);
        if (account.id().equals(preferred)) {
            return new PayoutPreference(merchantId, currency, preferred, null);
        }
        if (account.isActive()) {
            return new PayoutPreference(merchantId, currency, account.id(), null);
        }
        return new PayoutPreference(merchantId, currency, preferred, account.id());
    }

    /** Completes the waiting switch when {@code account} is the pending one and is now active; otherwise unchanged. */
    public PayoutPreference accountActivated(PayoutAccount account) {
        requireOwn(account);
        if (account.isActive() && account.id().equals(pending)) {
            return new PayoutPreference(merchantId, currency, account.id(), null);
        }
        return this;
    }

    public boolean isPreferred(PayoutAccountId id) {
        return id.equals(preferred);
    }

    public boolean isPending(PayoutAccountId id) {
        return id.equals(pending);
    }

    /** Whether {@code id} is named by this preference at all (preferred or waiting to be). */
    public boolean names(PayoutAccountId id) {
        return isPreferred(id) || isPending(id);
    }

    private void requireOwn(PayoutAccount account) {
        Objects.requireNonNull(account, "account");
        if (!account.merchantId().equals(merchantId) || !account.details().corridor().currency().equals(currency)) {
            throw DomainException.invalidState("account " + account.id() + " is not a " + currency.getCurrencyCode()
                    + " account of merchant " + merchantId);
        }
    }
}
