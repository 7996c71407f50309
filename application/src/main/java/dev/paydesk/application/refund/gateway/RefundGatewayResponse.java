package dev.paydesk.application.refund.gateway;

import java.util.Objects;

/** What the gateway answered: accepted (the outcome comes later), or already succeeded or failed. */
public sealed interface RefundGatewayResponse {

    record Accepted() implements RefundGatewayResponse {
    }

    record Succeeded() implements RefundGatewayResponse {
    }

    record Failed(String failureCode) implements RefundGatewayResponse {
        public Failed {
            Objects.requireNonNull(failureCode, "failureCode");
        }
    }

    static RefundGatewayResponse accepted() {
        return new Accepted();
    }

    static RefundGatewayResponse succeeded() {
        return new Succeeded();
    }

    static RefundGatewayResponse failed(String failureCode) {
        return new Failed(failureCode);
    }
}
