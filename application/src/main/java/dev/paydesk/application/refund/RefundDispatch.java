package dev.paydesk.application.refund;

import dev.paydesk.application.refund.gateway.RefundGateway;
import dev.paydesk.application.refund.gateway.RefundGatewayResponse;
import dev.paydesk.application.refund.gateway.RefundRequest;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.transaction.PaymentMethod;

/**
 * Sends a refund that just entered processing to the gateway once its transaction committed —
 * never inside it — and records an immediate outcome in a new unit of work. A gateway that cannot
 * be reached counts as a failed attempt ({@value #UNREACHABLE}), so the retry job takes it up.
 */
public final class RefundDispatch {
    public static final String UNREACHABLE = "gateway_unreachable";
    private static final CommandContext GATEWAY = CommandContext.system("refund_gateway");

    private final UnitOfWork unitOfWork;
    private final RefundGateway gateway;
    private final RefundOutcomes outcomes;

    public RefundDispatch(UnitOfWork unitOfWork, RefundGateway gateway, RefundOutcomes outcomes) {
        this.unitOfWork = unitOfWork;
        this.gateway = gateway;
        this.outcomes = outcomes;
    }

    /**
     * Registers the submission; call inside the unit of work that moved the refund to processing. The
     * returned flag turns true once the gateway's answer has been recorded (a gateway that answers at
     * once); it stays false while the refund waits for an outcome.
     */
    public java.util.concurrent.atomic.AtomicBoolean afterCommit(Refund processing, PaymentMethod paymentMethod) {
        if (processing.status() != RefundStatus.PROCESSING) {
            throw new IllegalArgumentException("only a refund in processing is sent to the gateway");
        }
        RefundRequest request = new RefundRequest(processing.id(), processing.transactionId(), processing.merchantId(), processing.amount(),
                paymentMethod, processing.attempts());
        java.util.concurrent.atomic.AtomicBoolean decided = new java.util.concurrent.atomic.AtomicBoolean();
        unitOfWork.afterCommit(() -> decided.set(send(request)));
        return decided;
    }

    /** True when an outcome was recorded. */
    private boolean send(RefundRequest request) {
        RefundGatewayResponse response;
        try {
            response = gateway.submit(request);
        } catch (RuntimeException unreachable) {
            response = RefundGatewayResponse.failed(UNREACHABLE);
        }
        if (response instanceof RefundGatewayResponse.Accepted) {
            return false;
        }
        try {
            outcomes.record(GATEWAY, request.refundId(), response);
        } catch (DomainException alreadyDecided) {
            // An operator reported an outcome in between; theirs stands.
            if (alreadyDecided.code() != ErrorCode.INVALID_STATE) {
                throw alreadyDecided;
            }
        }
        return true;
    }
}
