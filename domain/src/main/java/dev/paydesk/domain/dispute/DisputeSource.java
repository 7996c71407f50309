package dev.paydesk.domain.dispute;

import dev.paydesk.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;

/** Who raised the dispute: the customer with the provider ({@code claim}) or the customer's bank ({@code chargeback}). */
public enum DisputeSource {
    CLAIM,
    /** Carries a chargeback fee, see {@link DisputeSettings}. */
    CHARGEBACK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DisputeSource fromCode(String code, String field) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.validation(field, "invalid_value", field + " must be one of claim, chargeback"));
    }
}
