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
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends a refund that just entered processing to the gateway once its transaction committed —
 * never inside it — and records an immediate outcome in a new unit of work. A gateway that cannot
 * be reached counts as a failed attempt ({@value #UNREACHABLE}), so the retry job takes it up.
 * The transaction that moves the refund to processing also records that an answer is awaited: if
 * none is recorded within {@link #RESEND_UNANSWERED_AFTER} (the process stopped before the call, or
 * the answer was lost), {@link ResendUnansweredRefunds} sends the same attempt again. A resend that
 * cannot reach the gateway records nothing: the gateway may hold the attempt already, and failing it
 * would let the retry job send a second attempt that could pay the customer twice.
 *
 * <p>A job dispatches a batch of refunds in one unit of work; after its commit they are sent
 * {@value #PARALLEL_SENDS} at a time, so a slow gateway holds up a batch for the time of a few calls
 * rather than of fifty in a row.
 */
public final class RefundDispatch {
    public static final String UNREACHABLE = "gateway_unreachable";
    public static final Duration RESEND_UNANSWERED_AFTER = Duration.ofMinutes(15);
    private static final Duration LONGEST_RESEND_DELAY = Duration.ofHours(6);
    private static final CommandContext GATEWAY = CommandContext.system("refund_gateway");
    /** Gateway calls of one batch in flight at once; each records its outcome in a unit of work of its own. */
    static final int PARALLEL_SENDS = 8;

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
        Send send = awaitingAnswer(processing, paymentMethod);
        AtomicBoolean decided = new AtomicBoolean();
        unitOfWork.afterCommit(() -> decided.set(send(send)));
        return decided;
    }

    /**
     * As {@link #afterCommit(Refund, PaymentMethod)} for each refund of a batch (retries), reading their
     * transactions' payment methods in one read; after the commit they are sent in parallel.
     */
    public void afterCommit(List<Refund> processing) {
        Function<Refund, PaymentMethod> paymentMethod = paymentMethodsOf(processing);
        sendAllAfterCommit(processing.stream().map(refund -> awaitingAnswer(refund, paymentMethod.apply(refund))).toList());
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

    /** Sends again, after the commit and in parallel, refunds whose answers the caller claimed as overdue: the same attempts. */
    public void againAfterCommit(List<Refund> processing) {
        Function<Refund, PaymentMethod> paymentMethod = paymentMethodsOf(processing);
        sendAllAfterCommit(processing.stream().map(refund -> new Send(request(refund, paymentMethod.apply(refund)), null)).toList());
    }

    /** Each refund's payment method, from its transaction; the transactions of a batch are read together. */
    private Function<Refund, PaymentMethod> paymentMethodsOf(List<Refund> refunds) {
        Map<TransactionId, PaymentMethod> byTransaction = transactions.findAll(refunds.stream().map(Refund::transactionId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(PaymentTransaction::id, PaymentTransaction::paymentMethod));
        return refund -> Optional.ofNullable(byTransaction.get(refund.transactionId()))
                .orElseThrow(() -> new IllegalStateException("refund " + refund.id() + " of a missing transaction"));
    }

    /** Records that the answer to this attempt is awaited; the send that goes with it. */
    private Send awaitingAnswer(Refund processing, PaymentMethod paymentMethod) {
        Send send = new Send(request(processing, paymentMethod), RefundGatewayResponse.failed(UNREACHABLE));
        refunds.awaitAnswer(processing.id(), processing.updatedAt().plus(RESEND_UNANSWERED_AFTER));
        return send;
    }

    private static RefundRequest request(Refund processing, PaymentMethod paymentMethod) {
        if (processing.status() != RefundStatus.PROCESSING) {
            throw new IllegalArgumentException("only a refund in processing is sent to the gateway");
        }
        return new RefundRequest(processing.id(), processing.transactionId(), processing.merchantId(), processing.amount(),
                paymentMethod, processing.attempts());
    }

    /** One gateway call to make; {@code whenUnreachable} null records nothing when the gateway cannot be reached. */
    private record Send(RefundRequest request, RefundGatewayResponse whenUnreachable) {
    }

    private void sendAllAfterCommit(List<Send> sends) {
        if (sends.isEmpty()) {
            return;
        }
        unitOfWork.afterCommit(() -> sendAll(sends));
    }

    /** Returns once every call is made and its outcome recorded; a failure to record one is thrown after the others ran. */
    private void sendAll(List<Send> sends) {
        if (sends.size() == 1) {
            send(sends.get(0));
            return;
        }
        ExecutorService calls = Executors.newFixedThreadPool(Math.min(PARALLEL_SENDS, sends.size()), daemon -> {
            Thread thread = new Thread(daemon, "refund-gateway-call");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Boolean>> made = calls.invokeAll(sends.stream().<Callable<Boolean>>map(send -> () -> send(send)).toList());
            RuntimeException failure = null;
            for (Future<Boolean> call : made) {
                try {
                    call.get();
                } catch (ExecutionException e) {
                    RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            // Shutting down: interrupted calls record nothing (see send), and none outlives the job.
            calls.shutdownNow();
            awaitTermination(calls);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending refunds to the gateway", e);
        } finally {
            calls.shutdownNow();
        }
    }

    private static boolean interrupted(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause instanceof InterruptedIOException || cause instanceof ClosedByInterruptException) {
                return true;
            }
        }
        return false;
    }

    /** Waits for interrupted calls to end (their outcomes recorded or not), unless interrupted again. */
    private static void awaitTermination(ExecutorService calls) {
        try {
            calls.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException again) {
            // stop waiting; the flag is set again below
        }
    }

    /**
     * True when the gateway answered with an outcome (recorded, or ignored as an earlier attempt's
     * failure).
     */
    private boolean send(Send send) {
        RefundRequest request = send.request();
        RefundGatewayResponse whenUnreachable = send.whenUnreachable();
        RefundGatewayResponse response;
        try {
            response = gateway.submit(request);
        } catch (RuntimeException unreachable) {
            // A call cut short by an interrupt (a shutdown) may have reached the gateway: like a lost answer,
            // it records nothing and the resend job asks again. Failing it would let a second attempt pay twice.
            response = interrupted(unreachable) ? null : whenUnreachable;
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
