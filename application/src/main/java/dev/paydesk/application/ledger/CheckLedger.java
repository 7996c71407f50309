package dev.paydesk.application.ledger;

import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.ledger.LedgerCheck;

/** Use case (operators): prove the ledger's invariants over every account and entry. */
public final class CheckLedger {
    private final UnitOfWork unitOfWork;
    private final LedgerRepository ledger;

    public CheckLedger(UnitOfWork unitOfWork, LedgerRepository ledger) {
        this.unitOfWork = unitOfWork;
        this.ledger = ledger;
    }

    public LedgerCheck check() {
        return unitOfWork.inTransaction(ledger::check);
    }
}
