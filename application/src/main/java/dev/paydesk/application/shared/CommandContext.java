package dev.paydesk.application.shared;

import dev.paydesk.domain.identity.Principal;
import java.util.Objects;

/** Who issues a command and under which request id (for the audit log). Jobs use {@link #system(String)}. */
public record CommandContext(Principal actor, String requestId) {
    public CommandContext {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** The scheduler or a job acting on its own. */
    public static CommandContext system(String jobName) {
        return new CommandContext(new Principal.OperatorPrincipal("system:" + jobName), "job_" + jobName);
    }
}
