package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.settlement.SettlementEvents;
import dev.paydesk.domain.settlement.Settlement;
import java.time.ZoneOffset;

/** {@code settlement.completed} rows in {@code settlement_event}, in the settlement's transaction. */
public final class JdbiSettlementEvents implements SettlementEvents {
    public static final String COMPLETED = "settlement.completed";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiSettlementEvents(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void completed(Settlement settlement) {
        unitOfWork.transaction().handle()
                .createUpdate("INSERT INTO settlement_event (settlement_id, event_type, merchant_id, currency, business_date, occurred_at) "
                        + "VALUES (:settlementId, :type, :merchantId, :currency, :date, :at)")
                .bind("settlementId", settlement.id()).bind("type", COMPLETED).bind("merchantId", settlement.merchantId().value())
                .bind("currency", settlement.currency().getCurrencyCode()).bind("date", settlement.businessDate())
                .bind("at", settlement.createdAt().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
