package dev.paydesk.domain.identity;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.shared.PrefixedId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A merchant's employee, holding roles by name. Authenticates with API keys kept elsewhere as hashes. */
public record User(String id, MerchantId merchantId, String email, String name, List<String> roles, UserStatus status, Instant createdAt) {
    public static final String ID_PREFIX = "usr_";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s.]{2,63}");

    public User {
        PrefixedId.require(id, ID_PREFIX);
        Objects.requireNonNull(merchantId, "merchantId");
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a user has a name of 1 to 200 characters");
        }
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a user holds at least one role");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    public boolean active() {
        return status == UserStatus.ACTIVE;
    }

    public boolean isActiveAdmin() {
        return active() && roles.contains(Role.ADMIN.name());
    }

    public User withRoles(List<String> newRoles) {
        return new User(id, merchantId, email, name, newRoles, status, createdAt);
    }

    public User withStatus(UserStatus newStatus) {
        return new User(id, merchantId, email, name, roles, newStatus, createdAt);
    }
}
