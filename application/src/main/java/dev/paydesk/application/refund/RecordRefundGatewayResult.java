package dev.paydesk.application.refund;

import dev.paydesk.application.refund.gateway.RefundGatewayResponse;
import dev.paydesk.application.shared.Access;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.shared.DomainException;

/**
 * Use case (operator, for the manual gateway): reports the gateway's outcome of a refund in
 * processing. Idempotent for the same outcome; {@code INVALID_STATE} for a refund not in processing.
 */
public final class RecordRefundGatewayResult {

    public enum Outcome { SUCCEEDED, FAILED }

    /** {@code failureCode} is required exactly when the outcome is failed. */
    public record Command(RefundId refundId, Outcome outcome, String failureCode) {
        public Command {
            if (refundId == null) {
                throw DomainException.validation("refund_id", "required", "refund_id is required");
            }
            if (outcome == null) {
                throw DomainException.validation("outcome", "required", "outcome must be succeeded or failed");
            }
            if (outcome == Outcome.FAILED && (failureCode == null || failureCode.isBlank() || failureCode.length() > 60)) {
                throw DomainException.validation("failure_code", "required", "a failed outcome needs a failure_code of 1 to 60 characters");
            }
            if (outcome == Outcome.SUCCEEDED && failureCode != null) {
                throw DomainException.validation("failure_code", "not_allowed", "a succeeded outcome has no failure_code");
            }
        }

        RefundGatewayResponse response() {
            return outcome == Outcome.SUCCEEDED ? RefundGatewayResponse.succeeded() : RefundGatewayResponse.failed(failureCode);
        }
    }

    private final RefundOutcomes outcomes;

    public RecordRefundGatewayResult(RefundOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    public Refund record(CommandContext context, Command command) {
        Access.operator(context);
        return outcomes.record(context, command.refundId(), command.response());
    }
}
