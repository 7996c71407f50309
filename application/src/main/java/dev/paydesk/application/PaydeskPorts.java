package dev.paydesk.application;

import dev.paydesk.application.event.EventOutbox;
import dev.paydesk.application.identity.OperatorRepository;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.refund.RefundRepository;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.application.transaction.TransactionRepository;
import java.util.Objects;

/** The outbound ports a persistence adapter provides, all sharing one transaction boundary. */
public record PaydeskPorts(UnitOfWork unitOfWork, LedgerRepository ledger, OperatorRepository operators,
                           TransactionRepository transactions, RefundRepository refunds, EventOutbox events) {
    public PaydeskPorts {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(operators, "operators");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(refunds, "refunds");
        Objects.requireNonNull(events, "events");
    }
}
