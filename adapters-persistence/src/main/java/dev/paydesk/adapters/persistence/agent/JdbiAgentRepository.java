package dev.paydesk.adapters.persistence.agent;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.agent.AgentRepository;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.agent.AgentStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

public final class JdbiAgentRepository implements AgentRepository {
    private static final String COLUMNS = "id, country, name, status";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiAgentRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Agent agent) {
        unitOfWork.transaction().handle()
                .createUpdate("INSERT INTO agent (id, country, name, status) VALUES (:id, :country, :name, :status)")
                .bind("id", agent.id().value())
                .bind("country", agent.country())
                .bind("name", agent.name())
                .bind("status", agent.status().code())
                .execute();
    }

    @Override
    public Optional<Agent> find(AgentId id) {
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM agent WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> agent(rs)).findOne();
    }

    @Override
    public Optional<Agent> findForUpdate(AgentId id) {
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM agent WHERE id = :id FOR UPDATE")
                .bind("id", id.value()).map((rs, ctx) -> agent(rs)).findOne();
    }

    @Override
    public void update(Agent agent) {
        int updated = unitOfWork.transaction().handle()
                .createUpdate("UPDATE agent SET country = :country, name = :name, status = :status WHERE id = :id")
                .bind("id", agent.id().value())
                .bind("country", agent.country())
                .bind("name", agent.name())
                .bind("status", agent.status().code())
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("no agent " + agent.id() + " to update");
        }
    }

    @Override
    public List<Agent> page(String country, AgentId beforeId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM agent WHERE 1 = 1");
        if (country != null) {
            sql.append(" AND country = :country");
        }
        if (beforeId != null) {
            sql.append(" AND id < :beforeId");
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        Query query = unitOfWork.transaction().handle().createQuery(sql.toString()).bind("limit", limit);
        if (country != null) {
            query.bind("country", country);
        }
        if (beforeId != null) {
            query.bind("beforeId", beforeId.value());
        }
        return query.map((rs, ctx) -> agent(rs)).list();
    }

    private static Agent agent(ResultSet rs) throws SQLException {
        return new Agent(new AgentId(rs.getString("id")), rs.getString("country"), rs.getString("name"),
                AgentStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)));
    }
}
