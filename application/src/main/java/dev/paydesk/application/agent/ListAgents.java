package dev.paydesk.application.agent;

import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.calendar.Country;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.PrefixedId;
import java.util.List;

/** Use case (operators): agents newest first, optionally of one country, a page at a time. */
public final class ListAgents {
    private static final int MAX_LIMIT = 100;

    private final UnitOfWork unitOfWork;
    private final AgentRepository agents;

    ListAgents(UnitOfWork unitOfWork, AgentRepository agents) {
        this.unitOfWork = unitOfWork;
        this.agents = agents;
    }

    /** {@code country} null for all; {@code cursor} the previous page's {@code nextCursor} or null; {@code limit} 1–100. */
    public record Query(String country, String cursor, int limit) {
        public Query {
            if (country != null) {
                try {
                    country = Country.fromCode(country).code();
                } catch (IllegalArgumentException notServed) {
                    throw DomainException.validation("country", "unsupported_country", "not a served country: " + country);
                }
            }
            if (cursor != null && !PrefixedId.isValid(cursor, AgentId.PREFIX)) {
                throw DomainException.validation("cursor", "invalid_cursor", "the cursor is not one this list returned");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw DomainException.validation("limit", "out_of_range", "limit is between 1 and " + MAX_LIMIT + ", not " + limit);
            }
        }
    }

    public AgentPage list(Query query, CommandContext context) {
        Access.operator(context);
        return unitOfWork.inTransaction(() -> {
            List<Agent> found = agents.page(query.country(), query.cursor() == null ? null : new AgentId(query.cursor()), query.limit() + 1);
            List<Agent> data = found.stream().limit(query.limit()).toList();
            return new AgentPage(data, found.size() > query.limit() ? data.get(data.size() - 1).id().value() : null);
        });
    }
}
