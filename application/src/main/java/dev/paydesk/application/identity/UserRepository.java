package dev.paydesk.application.identity;

import dev.paydesk.domain.identity.User;
import dev.paydesk.domain.merchant.MerchantId;
import java.util.List;
import java.util.Optional;

/** Outbound port: merchant users. Every lookup is scoped to one merchant. */
public interface UserRepository {

    void add(User user);

    void update(User user);

    Optional<User> find(MerchantId merchantId, String userId);

    /** The user's row locked until the unit of work ends. */
    Optional<User> findForUpdate(MerchantId merchantId, String userId);

    /** Found by id alone: for authentication, after the key has been found. */
    Optional<User> findById(String userId);

    /** Users of a merchant, newest first, after the cursor user id (null for the first page). */
    List<User> list(MerchantId merchantId, String afterUserId, int limit);

    /** Active admins of a merchant, with their rows locked: the "at least one active admin" rule reads this. */
    List<User> activeAdminsForUpdate(MerchantId merchantId);

    /** How many users of the merchant hold each role name. */
    java.util.Map<String, Long> countByRole(MerchantId merchantId);

    boolean emailTaken(MerchantId merchantId, String email);
}
