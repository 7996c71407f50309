package dev.paydesk.adapters.persistence.payoutaccount;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.payoutaccount.PayoutAccountEvents;
import java.util.Map;

/** Payout-account events in their own table, {@code payout_account_event}, in the caller's transaction. */
public final class JdbiPayoutAccountEvents implements PayoutAccountEvents {
    private final JdbiUnitOfWork unitOfWork;

    public JdbiPayoutAccountEvents(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void published(String merchantId, String type, String payoutAccountId, Map<String, Object> payload) {
        unitOfWork.transaction().handle()
                .createUpdate("INSERT INTO payout_account_event (merchant_id, type, payout_account_id, payload) VALUES (:merchantId, :type, :accountId, :payload)")
                .bind("merchantId", merchantId)
                .bind("type", type)
                .bind("accountId", payoutAccountId)
                .bind("payload", EventPayloadJson.write(payload))
                .execute();
    }
}
