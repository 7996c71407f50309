package dev.paydesk.application.settlement;

import dev.paydesk.domain.settlement.Settlement;

/** Outbound port: {@code settlement.completed} events, written in the caller's unit of work (an outbox). */
public interface SettlementEvents {
    void completed(Settlement settlement);
}
