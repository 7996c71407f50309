package dev.paydesk.application;

import dev.paydesk.application.refund.gateway.ManualRefundGateway;
import dev.paydesk.application.refund.gateway.RefundGateway;
import dev.paydesk.application.refund.gateway.SimulatedRefundGateway;
import dev.paydesk.domain.money.BasisPoints;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What an embedding chooses beyond the persistence ports. {@link #defaults()}: a simulated refund
 * gateway that succeeds at once.
 */
public record PaydeskOptions(RefundGateway refundGateway) {

    public PaydeskOptions {
        Objects.requireNonNull(refundGateway, "refundGateway");
    }

    public static PaydeskOptions defaults() {
        return new PaydeskOptions(SimulatedRefundGateway.alwaysSucceeding());
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
        return new PaydeskOptions(gateway);
    }
}
