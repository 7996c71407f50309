package dev.paydesk.application.payoutaccount;

import java.util.Map;

/**
 * Outbound port: the payout-account events ({@code payout_account.approved}, {@code .rejected},
 * {@code .preferred}), written in the caller's unit of work — to the common event outbox by
 * {@link OutboxPayoutAccountEvents}.
 *
 * @see PayoutAccountEventTypes
 */
public interface PayoutAccountEvents {

    void published(String merchantId, String type, String payoutAccountId, Map<String, Object> payload);
}
