package dev.paydesk.application.refund.gateway;

import dev.paydesk.domain.money.BasisPoints;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A gateway that settles refunds by itself, for demos and tests: after {@code latency} it answers
 * succeeded, or failed ({@value #FAILURE_CODE}) with probability {@code failureRate}. Deterministic
 * for a seeded {@link RandomGenerator}.
 */
public final class SimulatedRefundGateway implements RefundGateway {
    public static final String FAILURE_CODE = "simulated_failure";

    private final Duration latency;
    private final BasisPoints failureRate;
    private final RandomGenerator random;

    public SimulatedRefundGateway(Duration latency, BasisPoints failureRate, RandomGenerator random) {
        this.latency = Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative");
        }
        this.failureRate = Objects.requireNonNull(failureRate, "failureRate");
        if (failureRate.value() > BasisPoints.ONE_HUNDRED_PERCENT) {
            throw new IllegalArgumentException("a failure rate is at most 10,000 bp");
        }
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Succeeds at once, every time. */
    public static SimulatedRefundGateway alwaysSucceeding() {
        return new SimulatedRefundGateway(Duration.ZERO, BasisPoints.of(0), RandomGenerator.of("L64X128MixRandom"));
    }

    @Override
    public RefundGatewayResponse submit(RefundRequest request) {
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while simulating the gateway", interrupted);
            }
        }
        boolean fails;
        synchronized (random) {
            fails = random.nextInt(BasisPoints.ONE_HUNDRED_PERCENT) < failureRate.value();
        }
        return fails ? RefundGatewayResponse.failed(FAILURE_CODE) : RefundGatewayResponse.succeeded();
    }
}
