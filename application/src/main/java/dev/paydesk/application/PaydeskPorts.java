package dev.paydesk.application;

import dev.paydesk.application.identity.OperatorRepository;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.shared.UnitOfWork;
import java.util.Objects;

/** The outbound ports a persistence adapter provides, all sharing one transaction boundary. */
public record PaydeskPorts(UnitOfWork unitOfWork, LedgerRepository ledger, OperatorRepository operators) {
    public PaydeskPorts {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(operators, "operators");
    }
}
