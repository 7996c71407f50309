package dev.paydesk.adapters.persistence.archfixture;

import dev.paydesk.application.ledger.CheckLedger;

/** Breaks "persistence depends on ports only". Test sources only. */
public class PersistenceCallingAUseCase {
    public CheckLedger useCase;
}
