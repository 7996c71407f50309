package dev.paydesk.adapters.persistence.identity;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.identity.ApiKeyRepository;
import dev.paydesk.domain.identity.ApiKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

public final class JdbiApiKeyRepository implements ApiKeyRepository {
    private final JdbiUnitOfWork unitOfWork;

    public JdbiApiKeyRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(ApiKey key) {
        unitOfWork.transaction().handle().createUpdate("INSERT INTO api_key (id, user_id, key_hash, created_at, revoked_at) "
                        + "VALUES (:id, :userId, :hash, :createdAt, NULL)")
                .bind("id", key.id()).bind("userId", key.userId()).bind("hash", key.keyHash())
                .bind("createdAt", key.createdAt().atOffset(ZoneOffset.UTC)).execute();
    }

    @Override
    public Optional<KeyWithUser> findWithUser(String keyHash) {
        return unitOfWork.transaction().handle().createQuery("SELECT k.id AS key_id, k.key_hash, k.created_at AS key_created_at, k.revoked_at, "
                        + JdbiUserRepository.COLUMNS_OF_U + " FROM api_key k JOIN merchant_user u ON u.id = k.user_id WHERE k.key_hash = :hash")
                .bind("hash", keyHash)
                .map((rs, ctx) -> {
                    OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
                    ApiKey key = new ApiKey(rs.getString("key_id"), rs.getString("id"), rs.getString("key_hash"),
                            rs.getObject("key_created_at", OffsetDateTime.class).toInstant(), revoked == null ? null : revoked.toInstant());
                    return new KeyWithUser(key, JdbiUserRepository.read(rs));
                })
                .findOne();
    }

    @Override
    public List<ApiKey> listForUser(String userId) {
        return unitOfWork.transaction().handle().createQuery("SELECT id, user_id, key_hash, created_at, revoked_at FROM api_key WHERE user_id = :userId ORDER BY id")
                .bind("userId", userId).map((rs, ctx) -> read(rs)).list();
    }

    @Override
    public boolean revoke(String userId, String keyId, Instant at) {
        return unitOfWork.transaction().handle().createUpdate("UPDATE api_key SET revoked_at = :at WHERE id = :id AND user_id = :userId AND revoked_at IS NULL")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("id", keyId).bind("userId", userId).execute() == 1;
    }

    private static ApiKey read(ResultSet rs) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new ApiKey(rs.getString("id"), rs.getString("user_id"), rs.getString("key_hash"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
