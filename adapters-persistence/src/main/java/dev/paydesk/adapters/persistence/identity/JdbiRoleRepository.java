package dev.paydesk.adapters.persistence.identity;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.application.identity.RoleRepository;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Role;
import dev.paydesk.domain.merchant.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

public final class JdbiRoleRepository implements RoleRepository {
    private final JdbiUnitOfWork unitOfWork;

    public JdbiRoleRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(MerchantId merchantId, Role role) {
        unitOfWork.transaction().handle().createUpdate("INSERT INTO merchant_role (merchant_id, name, permissions, created_at) "
                        + "VALUES (:merchantId, :name, :permissions, CURRENT_TIMESTAMP)")
                .bind("merchantId", merchantId.value()).bind("name", role.name())
                .bind("permissions", role.permissions().stream().map(Permission::code).sorted().collect(Collectors.joining(",")))
                .execute();
    }

    @Override
    public Optional<Role> find(MerchantId merchantId, String name) {
        return unitOfWork.transaction().handle().createQuery("SELECT name, permissions FROM merchant_role WHERE merchant_id = :merchantId AND name = :name")
                .bind("merchantId", merchantId.value()).bind("name", name).map((rs, ctx) -> read(rs)).findOne();
    }

    @Override
    public List<Role> list(MerchantId merchantId) {
        return unitOfWork.transaction().handle().createQuery("SELECT name, permissions FROM merchant_role WHERE merchant_id = :merchantId ORDER BY name")
                .bind("merchantId", merchantId.value()).map((rs, ctx) -> read(rs)).list();
    }

    private static Role read(ResultSet rs) throws SQLException {
        return new Role(rs.getString("name"), Arrays.stream(rs.getString("permissions").split(","))
                .map(code -> Permission.fromCode(code).orElseThrow()).collect(Collectors.toSet()), false);
    }

}
