package dev.paydesk.domain.identity;

import java.util.Locale;

public enum UserStatus {
    ACTIVE, DISABLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UserStatus fromCode(String code) {
        for (UserStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown user status: " + code);
    }
}
