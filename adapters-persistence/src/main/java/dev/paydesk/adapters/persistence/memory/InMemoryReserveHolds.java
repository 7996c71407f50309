package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.settlement.ReserveHolds;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.settlement.ReserveHold;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

/** Holds in memory; the unit of work runs one transaction at a time, so a claim is exclusive by construction. */
public final class InMemoryReserveHolds implements ReserveHolds {
    private final InMemoryUnitOfWork unitOfWork;
    private final TreeMap<String, ReserveHold> held = new TreeMap<>();

    public InMemoryReserveHolds(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(ReserveHold hold) {
        unitOfWork.requireOpen();
        if (held.putIfAbsent(hold.settlementId(), hold) != null) {
            throw new IllegalStateException("duplicate hold " + hold.settlementId());
        }
        unitOfWork.onRollback(() -> held.remove(hold.settlementId()));
    }

    @Override
    public List<ReserveHold> claimDue(LocalDate asOf, int limit) {
        unitOfWork.requireOpen();
        return held.values().stream().filter(hold -> hold.isDueOn(asOf)).limit(limit).toList();
    }

    @Override
    public void markReleased(String settlementId, LocalDate releasedOn) {
        unitOfWork.requireOpen();
        ReserveHold hold = held.remove(settlementId);
        if (hold == null) {
            throw new IllegalStateException("hold of " + settlementId + " is not held");
        }
        unitOfWork.onRollback(() -> held.put(settlementId, hold));
    }

    @Override
    public List<ReserveHold> heldFor(MerchantId merchantId) {
        unitOfWork.requireOpen();
        return held.values().stream().filter(hold -> hold.merchantId().equals(merchantId)).toList();
    }
}
