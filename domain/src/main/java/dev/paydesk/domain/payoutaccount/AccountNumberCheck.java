package dev.paydesk.domain.payoutaccount;

import dev.paydesk.domain.shared.FieldError;
import java.util.List;

/**
 * The country-specific rules for the bank code, branch code and account number of one corridor.
 * Never throws for bad input: every problem is a {@link FieldError} with a catalogue code.
 * Missing values are reported by {@link PayoutAccountChecks}; here a missing bank or branch code only
 * means the checks that need it are skipped.
 */
public sealed interface AccountNumberCheck permits NubanCheck, UemoaAccountCheck, DigitsAccountCheck, UsdAccountCheck {

    /**
     * @param accountNumber present and with spaces already removed
     */
    List<FieldError> check(String bankCode, String branchCode, String accountNumber);

    static AccountNumberCheck forCorridor(PayoutCorridor corridor) {
        if (corridor.isUsd()) {
            return new UsdAccountCheck();
        }
        return switch (corridor.country()) {
            case NG -> new NubanCheck();
            case SN, CI -> new UemoaAccountCheck(corridor.country());
            case GH, KE, UG -> DigitsAccountCheck.of(corridor.country());
        };
    }

    static boolean isPresent(String value) {
        return value != null && !value.isBlank();
    }
}
