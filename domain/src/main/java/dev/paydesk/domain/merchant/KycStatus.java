package dev.paydesk.domain.merchant;

import java.util.Locale;

/** State of one KYC section (SPEC §4). */
public enum KycStatus {
    NOT_STARTED, SUBMITTED, COMPLETED, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static KycStatus fromCode(String code) {
        for (KycStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown KYC status: " + code);
    }
}
