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
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends a refund that just entered processing to the gateway once its transaction committed —
 * never inside it — and records an immediate outcome in a new unit of work. A gateway that cannot
 * be reached counts as a failed attempt ({@value #UNREACHABLE}), so the retry job takes it up.
 * The same transaction records that an answer is awaited: if none is recorded within
 * {@link #RESEND_UNANSWERED_AFTER} (the process stopped before the call, or the answer was lost),
 * {@link ResendUnansweredRefunds} sends the refund again.
 */
public final class RefundDispatch {
    public static final String UNREACHABLE = "gateway_unreachable";
    public static final Duration RESEND_UNANSWERED_AFTER = Duration.ofMinutes(15);
    private static final CommandContext GATEWAY = CommandContext.system("refund_gateway");

    private final UnitOfWork unitOfWork;
    private final RefundRepository refunds;
    private final RefundGateway gateway;
    private final RefundOutcomes outcomes;

    public RefundDispatch(UnitOfWork unitOfWork, RefundRepository refunds, RefundGateway gateway, RefundOutcomes outcomes) {
        this.unitOfWork = unitOfWork;
        this.refunds = refunds;
        this.gateway = gateway;
        this.outcomes = outcomes;
    }

    /**
     * Registers the submission; call inside the unit of work that moved the refund to processing. The
     * returned flag turns true once the gateway's answer has been recorded (a gateway that answers at
     * once); it stays false while the refund waits for an outcome.
     */
    public AtomicBoolean afterCommit(Refund processing, PaymentMethod paymentMethod) {
        refunds.awaitAnswer(processing.id(), processing.updatedAt().plus(RESEND_UNANSWERED_AFTER));
        return sendAfterCommit(processing, paymentMethod);
    }

    /** Sends again, after the commit, a refund whose answer the caller claimed as overdue: the same attempt. */
    public void againAfterCommit(Refund processing, PaymentMethod paymentMethod) {
        sendAfterCommit(processing, paymentMethod);
    }

    private AtomicBoolean sendAfterCommit(Refund processing, PaymentMethod paymentMethod) {
        if (processing.status() != RefundStatus.PROCESSING) {
            throw new IllegalArgumentException("only a refund in processing is sent to the gateway");
        }
        RefundRequest request = new RefundRequest(processing.id(), processing.transactionId(), processing.merchantId(), processing.amount(),
                paymentMethod, processing.attempts());
        AtomicBoolean decided = new AtomicBoolean();
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
