package dev.paydesk.domain.dispute;

import dev.paydesk.domain.shared.DomainException;
import java.util.Locale;

/** An operator's decision on a dispute under review. */
public enum DisputeOutcome {
    WON,
    LOST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    DisputeStatus status() {
        return this == WON ? DisputeStatus.WON : DisputeStatus.LOST;
    }

    public static DisputeOutcome fromCode(String code, String field) {
        if ("won".equals(code)) {
            return WON;
        }
        if ("lost".equals(code)) {
            return LOST;
        }
        throw DomainException.validation(field, "invalid_value", field + " must be one of won, lost");
    }
}
