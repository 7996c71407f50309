package dev.paydesk.application.refund.gateway;

/**
 * Outbound port: the refund gateway, which pays customers back on their original payment method.
 * Called outside any database transaction, after the approval committed. May throw when the
 * gateway cannot be reached; the caller then treats the attempt as failed and retries it.
 */
public interface RefundGateway {

    RefundGatewayResponse submit(RefundRequest request);
}
