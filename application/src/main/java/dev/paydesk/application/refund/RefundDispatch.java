package dev.paydesk.application.refund;

import dev.paydesk.application.refund.gateway.RefundGateway;
import dev.paydesk.application.refund.gateway.RefundGatewayResponse;
import dev.paydesk.application.refund.gateway.RefundRequest;
import dev.paydesk.application.shared.CommandContext;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.application.transaction.TransactionRepository;
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
 * The transaction that moves the refund to processing also records that an answer is awaited: if
 * none is recorded within {@link #RESEND_UNANSWERED_AFTER} (the process stopped before the call, or
 * the answer was lost), {@link ResendUnansweredRefunds} sends the same attempt again. A resend that
 * cannot reach the gateway records nothing: the gateway may hold the attempt already, and failing it
 * would let the retry job send a second attempt that could pay the customer twice.
 */
public final class RefundDispatch {
    public static final String UNREACHABLE = "gateway_unreachable";
    public static final Duration RESEND_UNANSWERED_AFTER = Duration.ofMinutes(15);
    private static final Duration LONGEST_RESEND_DELAY = Duration.ofHours(6);
    private static final CommandContext GATEWAY = CommandContext.system("refund_gateway");

    private final UnitOfWork unitOfWork;
    private final RefundRepository refunds;
    private final TransactionRepository transactions;
    private final RefundGateway gateway;
    private final RefundOutcomes outcomes;

    public RefundDispatch(UnitOfWork unitOfWork, RefundRepository refunds, TransactionRepository transactions, RefundGateway gateway,
                          RefundOutcomes outcomes) {
        this.unitOfWork = unitOfWork;
        this.refunds = refunds;
        this.transactions = transactions;
        this.gateway = gateway;
        this.outcomes = outcomes;
    }

    /**
     * Records that the gateway's answer is awaited and sends the refund after the commit; call inside
     * the unit of work that moved the refund to processing. The returned flag turns true once the
     * gateway's answer has been recorded (a gateway that answers at once); it stays false while the
     * refund waits for an outcome.
     */
    public AtomicBoolean afterCommit(Refund processing, PaymentMethod paymentMethod) {
        refunds.awaitAnswer(processing.id(), processing.updatedAt().plus(RESEND_UNANSWERED_AFTER));
        return sendAfterCommit(processing, paymentMethod, RefundGatewayResponse.failed(UNREACHABLE));
    }

    /** As {@link #afterCommit(Refund, PaymentMethod)}, reading the payment method from the refunded transaction (a retry). */
    public void afterCommit(Refund processing) {
        afterCommit(processing, paymentMethodOf(processing));
    }

    /**
     * How long to wait for an answer after the resend that follows {@code earlierResends} others: the
     * first wait doubled at each resend, at most 6 hours — a gateway that
     * accepted a refund may take days (SPEC §6), and is asked again about it a few times a day.
     */
    public static Duration waitAfterResend(int earlierResends) {
        Duration wait = RESEND_UNANSWERED_AFTER.multipliedBy(1L << Math.min(earlierResends + 1, 10));
        return wait.compareTo(LONGEST_RESEND_DELAY) < 0 ? wait : LONGEST_RESEND_DELAY;
    }

    /** Sends again, after the commit, a refund whose answer the caller claimed as overdue: the same attempt. */
    public void againAfterCommit(Refund processing) {
        sendAfterCommit(processing, paymentMethodOf(processing), null);
    }

    private PaymentMethod paymentMethodOf(Refund refund) {
        return transactions.find(refund.transactionId())
                .orElseThrow(() -> new IllegalStateException("refund " + refund.id() + " of a missing transaction"))
                .paymentMethod();
    }

    private AtomicBoolean sendAfterCommit(Refund processing, PaymentMethod paymentMethod, RefundGatewayResponse whenUnreachable) {
        if (processing.status() != RefundStatus.PROCESSING) {
            throw new IllegalArgumentException("only a refund in processing is sent to the gateway");
        }
        RefundRequest request = new RefundRequest(processing.id(), processing.transactionId(), processing.merchantId(), processing.amount(),
                paymentMethod, processing.attempts());
        AtomicBoolean decided = new AtomicBoolean();
        unitOfWork.afterCommit(() -> decided.set(send(request, whenUnreachable)));
        return decided;
    }

    /**
     * True when the gateway answered with an outcome (recorded, or ignored as an earlier attempt's
     * failure); {@code whenUnreachable} null records nothing when the gateway cannot be reached.
     */
    private boolean send(RefundRequest request, RefundGatewayResponse whenUnreachable) {
        RefundGatewayResponse response;
        try {
            response = gateway.submit(request);
        } catch (RuntimeException unreachable) {
            response = whenUnreachable;
        }
        if (response == null || response instanceof RefundGatewayResponse.Accepted) {
            return false;
        }
        try {
            outcomes.recordForAttempt(GATEWAY, request.refundId(), request.attempt(), response);
        } catch (DomainException alreadyDecided) {
            // An operator reported an outcome in between; theirs stands.
            if (alreadyDecided.code() != ErrorCode.INVALID_STATE) {
                throw alreadyDecided;
            }
        }
        return true;
    }
}
