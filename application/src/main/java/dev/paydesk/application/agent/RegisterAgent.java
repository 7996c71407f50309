package dev.paydesk.application.agent;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.IdGenerator;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Use case (operators): registers a local representative for one served country, {@code pending} until approved. */
public final class RegisterAgent {
    private final UnitOfWork unitOfWork;
    private final AgentRepository agents;
    private final AgentAudit audit;
    private final IdGenerator ids;

    RegisterAgent(UnitOfWork unitOfWork, AgentRepository agents, AgentAudit audit, IdGenerator ids) {
        this.unitOfWork = unitOfWork;
        this.agents = agents;
        this.audit = audit;
        this.ids = ids;
    }

    /** The request of {@code POST /v1/agents}; every bad field is reported at once. */
    public record Command(String country, String name) {
        public Command {
            List<FieldError> problems = new ArrayList<>();
            try {
                country = Country.fromCode(country).code();
            } catch (IllegalArgumentException notServed) {
                problems.add(new FieldError("country", "unsupported_country", "agents are registered in NG, GH, KE, SN, CI or UG, not " + country));
            }
            if (name == null || name.isBlank()) {
                problems.add(new FieldError("name", "required", "an agent has a name"));
            } else if (name.strip().length() > 200) {
                problems.add(new FieldError("name", "too_long", "an agent's name is at most 200 characters"));
            } else {
                name = name.strip();
            }
            if (!problems.isEmpty()) {
                throw new DomainException(ErrorCode.VALIDATION_FAILED, "the agent is not valid", problems);
            }
        }
    }

    public Agent register(Command command, CommandContext context) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            Agent agent = Agent.register(new AgentId(ids.next(AgentId.PREFIX)), command.country(), command.name());
            agents.add(agent);
            audit.record(context, "register_agent", null, agent);
            return agent;
        });
    }
}
