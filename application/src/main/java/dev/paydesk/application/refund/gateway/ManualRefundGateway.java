package dev.paydesk.application.refund.gateway;

/**
 * A gateway operated by hand: it accepts every refund and does nothing. Operators report each
 * outcome through {@code RecordRefundGatewayResult} (the {@code gateway_result} endpoint).
 */
public final class ManualRefundGateway implements RefundGateway {

    @Override
    public RefundGatewayResponse submit(RefundRequest request) {
        return RefundGatewayResponse.accepted();
    }
}
