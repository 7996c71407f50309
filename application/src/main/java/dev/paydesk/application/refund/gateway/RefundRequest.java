package dev.paydesk.application.refund.gateway;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.TransactionId;
import java.util.Objects;

/**
 * What the refund gateway needs to pay a customer back on the original payment method.
 * {@code attempt} (1, 2, …) with the refund id lets a real gateway deduplicate submissions.
 */
public record RefundRequest(RefundId refundId, TransactionId transactionId, MerchantId merchantId, Money amount, PaymentMethod paymentMethod,
                            int attempt) {
    public RefundRequest {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts start at 1");
        }
    }
}
