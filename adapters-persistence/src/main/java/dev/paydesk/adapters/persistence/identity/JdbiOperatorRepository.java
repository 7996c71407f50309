package dev.paydesk.adapters.persistence.identity;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.identity.OperatorRepository;
import dev.paydesk.domain.identity.Operator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

public final class JdbiOperatorRepository implements OperatorRepository {
    private final JdbiUnitOfWork unitOfWork;

    public JdbiOperatorRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public boolean any() {
        return unitOfWork.transaction().handle().createQuery("SELECT EXISTS (SELECT 1 FROM operator)").mapTo(Boolean.class).one();
    }

    @Override
    public void add(Operator operator) {
        unitOfWork.transaction().handle()
                .createUpdate("INSERT INTO operator (id, name, api_key_hash, created_at) VALUES (:id, :name, :hash, :createdAt)")
                .bind("id", operator.id())
                .bind("name", operator.name())
                .bind("hash", operator.apiKeyHash())
                .bind("createdAt", operator.createdAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public Optional<Operator> findByApiKeyHash(String apiKeyHash) {
        return unitOfWork.transaction().handle()
                .createQuery("SELECT id, name, api_key_hash, created_at FROM operator WHERE api_key_hash = :hash")
                .bind("hash", apiKeyHash)
                .map((rs, ctx) -> new Operator(rs.getString("id"), rs.getString("name"), rs.getString("api_key_hash"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .findOne();
    }
}
