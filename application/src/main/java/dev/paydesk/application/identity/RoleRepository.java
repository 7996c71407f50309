package dev.paydesk.application.identity;

import dev.paydesk.domain.identity.Role;
import dev.paydesk.domain.merchant.MerchantId;
import java.util.List;
import java.util.Optional;

/** Outbound port: a merchant's custom roles (the built-in ones live in the domain). */
public interface RoleRepository {

    void add(MerchantId merchantId, Role role);

    Optional<Role> find(MerchantId merchantId, String name);

    List<Role> list(MerchantId merchantId);
}
