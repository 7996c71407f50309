package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.identity.RoleRepository;
import dev.paydesk.domain.identity.Role;
import dev.paydesk.domain.merchant.MerchantId;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

public final class InMemoryRoleRepository implements RoleRepository {
    private final InMemoryUnitOfWork unitOfWork;
    private final TreeMap<String, Role> roles = new TreeMap<>();

    public InMemoryRoleRepository(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static String key(MerchantId merchantId, String name) {
        return merchantId.value() + "/" + name;
    }

    @Override
    public void add(MerchantId merchantId, Role role) {
        unitOfWork.requireOpen();
        String key = key(merchantId, role.name());
        if (roles.putIfAbsent(key, role) != null) {
            throw new IllegalStateException("duplicate role " + key);
        }
        unitOfWork.onRollback(() -> roles.remove(key));
    }

    @Override
    public Optional<Role> find(MerchantId merchantId, String name) {
        unitOfWork.requireOpen();
        return Optional.ofNullable(roles.get(key(merchantId, name)));
    }

    @Override
    public List<Role> list(MerchantId merchantId) {
        unitOfWork.requireOpen();
        return roles.subMap(merchantId.value() + "/", merchantId.value() + "0").values().stream().toList();
    }
}
