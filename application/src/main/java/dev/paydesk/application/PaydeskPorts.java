package dev.paydesk.application;

import dev.paydesk.application.agent.AgentRepository;
import dev.paydesk.application.identity.OperatorRepository;
import dev.paydesk.application.ledger.LedgerRepository;
import dev.paydesk.application.payoutaccount.PayoutAccountEvents;
import dev.paydesk.application.payoutaccount.PayoutAccountRepository;
import dev.paydesk.application.shared.UnitOfWork;
import java.util.Objects;

/** The outbound ports a persistence adapter provides, all sharing one transaction boundary. */
public record PaydeskPorts(UnitOfWork unitOfWork, LedgerRepository ledger, OperatorRepository operators,
                           AgentRepository agents, PayoutAccountRepository payoutAccounts, PayoutAccountEvents payoutAccountEvents) {
    public PaydeskPorts {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(operators, "operators");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(payoutAccounts, "payoutAccounts");
        Objects.requireNonNull(payoutAccountEvents, "payoutAccountEvents");
    }

    /** The ports of an adapter without agents and payout accounts: using those fails and says so. */
    public PaydeskPorts(UnitOfWork unitOfWork, LedgerRepository ledger, OperatorRepository operators) {
        this(unitOfWork, ledger, operators,
                Unwired.port(AgentRepository.class, "this persistence adapter provides no agents"),
                Unwired.port(PayoutAccountRepository.class, "this persistence adapter provides no payout accounts"),
                Unwired.port(PayoutAccountEvents.class, "this persistence adapter provides no payout account events"));
    }
}
