package dev.paydesk.application;

import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.refund.gateway.ManualRefundGateway;
import dev.paydesk.application.refund.gateway.RefundGateway;
import dev.paydesk.application.refund.gateway.SimulatedRefundGateway;
import dev.paydesk.domain.money.BasisPoints;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What an embedding chooses beyond the persistence ports: the refund gateway and the audit log.
 * {@link #defaults()}: a simulated gateway that succeeds at once, and no audit log — until an
 * audit adapter exists, embedders pass theirs with {@link #withAuditLog}.
 */
public record PaydeskOptions(RefundGateway refundGateway, AuditLog auditLog) {
    /** Records nothing: only for embeddings without an audit store yet. */
    private static final AuditLog NO_AUDIT_LOG = event -> { };

    public PaydeskOptions {
        Objects.requireNonNull(refundGateway, "refundGateway");
        Objects.requireNonNull(auditLog, "auditLog");
    }

    public static PaydeskOptions defaults() {
        return new PaydeskOptions(SimulatedRefundGateway.alwaysSucceeding(), NO_AUDIT_LOG);
    }

    /** {@code PAYDESK_GATEWAY=simulated}: refunds settle by themselves after {@code latency}, failing at {@code failureRate}. */
    public PaydeskOptions withSimulatedGateway(Duration latency, BasisPoints failureRate, RandomGenerator random) {
        return withRefundGateway(new SimulatedRefundGateway(latency, failureRate, random));
    }

    /** {@code PAYDESK_GATEWAY=manual}: outcomes come only through {@code RecordRefundGatewayResult}. */
    public PaydeskOptions withManualGateway() {
        return withRefundGateway(new ManualRefundGateway());
    }

    public PaydeskOptions withRefundGateway(RefundGateway gateway) {
        return new PaydeskOptions(gateway, auditLog);
    }

    public PaydeskOptions withAuditLog(AuditLog log) {
        return new PaydeskOptions(refundGateway, log);
    }
}
