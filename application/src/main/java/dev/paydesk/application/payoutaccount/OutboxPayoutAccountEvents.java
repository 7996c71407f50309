package dev.paydesk.application.payoutaccount;

import dev.paydesk.application.event.EventRecorder;
import dev.paydesk.domain.merchant.MerchantId;
import java.util.Map;

/** Payout-account events go to the common event outbox, with every other domain event. */
public final class OutboxPayoutAccountEvents implements PayoutAccountEvents {
    private final EventRecorder events;

    public OutboxPayoutAccountEvents(EventRecorder events) {
        this.events = events;
    }

    @Override
    public void published(String merchantId, String type, String payoutAccountId, Map<String, Object> payload) {
        events.publish(new MerchantId(merchantId), type, payoutAccountId, payload);
    }
}
