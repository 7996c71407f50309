package dev.paydesk.application.payoutaccount;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.payoutaccount.PayoutPreference;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: payout accounts and, per merchant and currency, which one is preferred. Account
 * numbers are secrets: an adapter that stores them durably encrypts them ({@link AccountNumberCipher})
 * and keeps only the last 4 characters in clear.
 */
public interface PayoutAccountRepository {

    void add(PayoutAccount account);

    Optional<PayoutAccount> find(PayoutAccountId id);

    /** The account, locked until the unit of work ends. */
    Optional<PayoutAccount> findForUpdate(PayoutAccountId id);

    /** Saves the new state of an existing account (details, status, reviews). Does not touch the preference. */
    void update(PayoutAccount account);

    /** One merchant's accounts, newest first, with an id before {@code beforeId} (null for the first page). */
    List<PayoutAccount> page(MerchantId merchantId, PayoutAccountId beforeId, int limit);

    /**
     * Accounts pending approval whose review was due before {@code asOf}, most overdue first, after the
     * position ({@code afterDueBy}, {@code afterId}) of the previous page (both null for the first).
     */
    List<PayoutAccount> overdueReviews(Instant asOf, Instant afterDueBy, PayoutAccountId afterId, int limit);

    /** The preference of one merchant in one currency ({@link PayoutPreference#none} when there is none). */
    PayoutPreference preference(MerchantId merchantId, Currency currency);

    /** Every preference of one merchant, one per currency that has a preferred or pending account. */
    List<PayoutPreference> preferences(MerchantId merchantId);

    /**
     * The preference, locked until the unit of work ends: two units of work that change the preference
     * of one merchant and currency run one after the other, on every server instance.
     */
    PayoutPreference preferenceForUpdate(MerchantId merchantId, Currency currency);

    /** Saves the preference taken with {@link #preferenceForUpdate}; at most one preferred account per merchant and currency. */
    void savePreference(PayoutPreference preference);
}
