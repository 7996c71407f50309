package dev.paydesk.domain.dispute;

import java.util.Objects;

/**
 * What the expiry job did to one dispute. Expiring is idempotent: a dispute not due yet, or no longer
 * waiting for a response, is left as it is and reported as such rather than refused.
 */
public record DisputeExpiry(Dispute dispute, Result result) {

    public enum Result {
        /** Was needs_response past respond_by: now lost. */
        EXPIRED,
        /** Still needs a response, but respond_by has not passed. */
        NOT_DUE,
        /** Already under review or closed (maybe expired by another run). */
        NOT_AWAITING_RESPONSE
    }

    public DisputeExpiry {
        Objects.requireNonNull(dispute, "dispute");
        Objects.requireNonNull(result, "result");
    }

    public boolean expired() {
        return result == Result.EXPIRED;
    }
}
