package dev.paydesk.application.refund.gateway;

/**
 * Outbound port: the refund gateway, which pays customers back on their original payment method.
 * Called outside any database transaction, after the approval committed. Throws only when the
 * request certainly did not reach the gateway (connection refused): the caller then treats the
 * attempt as failed and a later attempt is sent. When the request may have arrived but no answer
 * came back (a timeout), an adapter returns {@code accepted}: the same attempt is sent again later,
 * which the gateway recognises by refund id and attempt.
 */
public interface RefundGateway {

    RefundGatewayResponse submit(RefundRequest request);
}
