package dev.paydesk.adapters.persistence.settlement;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.settlement.SettlementEvents;
import dev.paydesk.domain.settlement.Settlement;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.statement.PreparedBatch;

/** {@code settlement.completed} rows in {@code settlement_event}, in the settlement's transaction. */
public final class JdbiSettlementEvents implements SettlementEvents {
    public static final String COMPLETED = "settlement.completed";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiSettlementEvents(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void completed(Settlement settlement) {
        completedAll(List.of(settlement));
    }

    @Override
    public void completedAll(List<Settlement> settlements) {
        if (settlements.isEmpty()) {
            return;
        }
        PreparedBatch batch = unitOfWork.transaction().handle()
                .prepareBatch("INSERT INTO settlement_event (settlement_id, event_type, merchant_id, currency, business_date, occurred_at) "
                        + "VALUES (:settlementId, :type, :merchantId, :currency, :date, :at)");
        for (Settlement settlement : settlements) {
            batch.bind("settlementId", settlement.id()).bind("type", COMPLETED).bind("merchantId", settlement.merchantId().value())
                    .bind("currency", settlement.currency().getCurrencyCode()).bind("date", settlement.businessDate())
                    .bind("at", settlement.createdAt().atOffset(ZoneOffset.UTC))
                    .add();
        }
        batch.execute();
    }
}
