package dev.paydesk.application.settlement;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.ReserveHold;
import java.time.LocalDate;
import java.util.List;

/** Outbound port: guarantees held by settlements until their release date. */
public interface ReserveHolds {

    void add(ReserveHold hold);

    /** {@link #add} for several holds, in one batch where the adapter can. */
    default void addAll(List<ReserveHold> holds) {
        holds.forEach(this::add);
    }

    /**
     * Up to {@code limit} holds due on {@code asOf} and not released, locked until the unit of work ends.
     * Holds another transaction has claimed are skipped (never waited for), so several instances share the work.
     */
    List<ReserveHold> claimDue(LocalDate asOf, int limit);

    /** Marks a claimed hold released; it is never claimed again. */
    void markReleased(String settlementId, LocalDate releasedOn);

    /** Holds of one merchant not released yet, oldest first. */
    List<ReserveHold> heldFor(MerchantId merchantId);
}
