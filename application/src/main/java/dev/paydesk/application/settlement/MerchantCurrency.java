package dev.paydesk.application.settlement;

import dev.paydesk.domain.merchant.MerchantId;
import java.util.Currency;
import java.util.Objects;

/** One merchant's money in one currency: the unit a settlement is made for. */
public record MerchantCurrency(MerchantId merchantId, Currency currency) {
    public MerchantCurrency {
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(currency, "currency");
    }
}
