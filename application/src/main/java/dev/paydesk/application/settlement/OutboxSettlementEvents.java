package dev.paydesk.application.settlement;

import dev.paydesk.application.event.EventOutbox;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.domain.event.DomainEvent;
import dev.paydesk.domain.settlement.Settlement;
import dev.paydesk.domain.settlement.SettlementTotals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code settlement.completed} goes to the common event outbox, in batches as the sweep records settlements. */
public final class OutboxSettlementEvents implements SettlementEvents {
    public static final String COMPLETED = "settlement.completed";

    private final EventOutbox outbox;
    private final IdGenerator ids;

    public OutboxSettlementEvents(EventOutbox outbox, IdGenerator ids) {
        this.outbox = outbox;
        this.ids = ids;
    }

    @Override
    public void completed(Settlement settlement) {
        completedAll(List.of(settlement));
    }

    @Override
    public void completedAll(List<Settlement> settlements) {
        outbox.publishAll(settlements.stream().map(this::event).toList());
    }

    private DomainEvent event(Settlement settlement) {
        SettlementTotals totals = settlement.totals();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("business_date", settlement.businessDate().toString());
        payload.put("currency", settlement.currency().getCurrencyCode());
        payload.put("gross", totals.sales().minorUnits());
        payload.put("fees", totals.fees().minorUnits());
        payload.put("vat", totals.vat().minorUnits());
        payload.put("guarantee", totals.guarantee().minorUnits());
        payload.put("net", totals.net().minorUnits());
        payload.put("debt_repaid", totals.debtRepaid().minorUnits());
        return new DomainEvent(ids.next(DomainEvent.ID_PREFIX), settlement.merchantId(), COMPLETED, settlement.id(), payload,
                settlement.createdAt());
    }
}
