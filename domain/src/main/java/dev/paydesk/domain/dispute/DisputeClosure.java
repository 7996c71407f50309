package dev.paydesk.domain.dispute;

import dev.paydesk.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;

/** How a dispute was closed; each has its own command name in the ledger and the audit log. */
public enum DisputeClosure {
    /** The merchant accepted the dispute: lost. */
    ACCEPTED("accept_dispute"),
    /** No evidence by {@code respond_by}: lost, by the expiry job. */
    EXPIRED("expire_dispute"),
    /** An operator decided a dispute under review: won or lost. */
    DECIDED("decide_dispute");

    private final String command;

    DisputeClosure(String command) {
        this.command = command;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The command that closes a dispute this way, as named in journal entries and audit events. */
    public String command() {
        return command;
    }

    public static DisputeClosure fromCode(String code, String field) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.validation(field, "invalid_value", field + " must be one of accepted, expired, decided"));
    }
}
