package dev.paydesk.application.settlement;

import dev.paydesk.domain.settlement.Settlement;
import java.util.List;

/** Outbound port: {@code settlement.completed} events, written in the caller's unit of work (an outbox). */
public interface SettlementEvents {
    void completed(Settlement settlement);

    /** {@link #completed} for several settlements, in one batch where the adapter can. */
    default void completedAll(List<Settlement> settlements) {
        settlements.forEach(this::completed);
    }
}
