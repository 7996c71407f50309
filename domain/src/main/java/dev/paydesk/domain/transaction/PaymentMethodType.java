package dev.paydesk.domain.transaction;

import dev.paydesk.domain.shared.DomainException;
import java.util.Arrays;
import java.util.Locale;

public enum PaymentMethodType {
    CARD,
    MOBILE_MONEY,
    BANK_TRANSFER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentMethodType fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.validation("payment_method.type", "invalid_value",
                        "payment_method.type must be one of card, mobile_money, bank_transfer"));
    }
}
