package dev.paydesk.adapters.persistence.identity;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.identity.UserRepository;
import dev.paydesk.domain.identity.User;
import dev.paydesk.domain.identity.UserStatus;
import dev.paydesk.domain.merchant.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Users with their role names in one comma-separated column (role names cannot contain commas). */
public final class JdbiUserRepository implements UserRepository {
    private static final String COLUMNS = "id, merchant_id, email, name, roles, status, created_at";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiUserRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(User user) {
        unitOfWork.transaction().handle().createUpdate("INSERT INTO merchant_user (" + COLUMNS + ") VALUES "
                        + "(:id, :merchantId, :email, :name, :roles, :status, :createdAt)")
                .bind("id", user.id()).bind("merchantId", user.merchantId().value()).bind("email", user.email())
                .bind("name", user.name()).bind("roles", String.join(",", user.roles())).bind("status", user.status().code())
                .bind("createdAt", user.createdAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    public void update(User user) {
        unitOfWork.transaction().handle().createUpdate("UPDATE merchant_user SET roles = :roles, status = :status, name = :name "
                        + "WHERE id = :id AND merchant_id = :merchantId")
                .bind("id", user.id()).bind("merchantId", user.merchantId().value()).bind("name", user.name())
                .bind("roles", String.join(",", user.roles())).bind("status", user.status().code())
                .execute();
    }

    @Override
    public Optional<User> find(MerchantId merchantId, String userId) {
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM merchant_user WHERE id = :id AND merchant_id = :merchantId")
                .bind("id", userId).bind("merchantId", merchantId.value()).map((rs, ctx) -> read(rs)).findOne();
    }

    @Override
    public Optional<User> findForUpdate(MerchantId merchantId, String userId) {
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM merchant_user WHERE id = :id AND merchant_id = :merchantId FOR UPDATE")
                .bind("id", userId).bind("merchantId", merchantId.value()).map((rs, ctx) -> read(rs)).findOne();
    }

    @Override
    public Optional<User> findById(String userId) {
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM merchant_user WHERE id = :id")
                .bind("id", userId).map((rs, ctx) -> read(rs)).findOne();
    }

    @Override
    public List<User> list(MerchantId merchantId, String afterUserId, int limit) {
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM merchant_user WHERE merchant_id = :merchantId "
                        + (afterUserId == null ? "" : "AND id < :after ") + "ORDER BY id DESC LIMIT :limit")
                .bind("merchantId", merchantId.value()).bind("after", afterUserId).bind("limit", limit)
                .map((rs, ctx) -> read(rs)).list();
    }

    @Override
    public List<User> activeAdminsForUpdate(MerchantId merchantId) {
        // Locks every user row of the merchant in id order: the admin check and the change are then serial per merchant.
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM merchant_user WHERE merchant_id = :merchantId ORDER BY id FOR UPDATE")
                .bind("merchantId", merchantId.value()).map((rs, ctx) -> read(rs)).list()
                .stream().filter(User::isActiveAdmin).toList();
    }

    @Override
    public Map<String, Long> countByRole(MerchantId merchantId) {
        Map<String, Long> counts = new TreeMap<>();
        unitOfWork.transaction().handle().createQuery("SELECT roles FROM merchant_user WHERE merchant_id = :merchantId")
                .bind("merchantId", merchantId.value()).mapTo(String.class)
                .forEach(roles -> Arrays.stream(roles.split(",")).forEach(role -> counts.merge(role, 1L, Long::sum)));
        return counts;
    }

    @Override
    public boolean emailTaken(MerchantId merchantId, String email) {
        return unitOfWork.transaction().handle().createQuery("SELECT COUNT(*) FROM merchant_user WHERE merchant_id = :merchantId AND email = :email")
                .bind("merchantId", merchantId.value()).bind("email", email).mapTo(Long.class).one() > 0;
    }

    /** The columns {@link #read} needs, qualified by the alias {@code u}, for queries that join users. */
    static final String COLUMNS_OF_U = "u." + COLUMNS.replace(", ", ", u.");

    static User read(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), new MerchantId(rs.getString("merchant_id")), rs.getString("email"), rs.getString("name"),
                List.of(rs.getString("roles").split(",")), UserStatus.fromCode(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

}
