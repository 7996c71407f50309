package dev.paydesk.domain.transaction;

import dev.paydesk.domain.shared.DomainException;
import java.util.Objects;
import java.util.regex.Pattern;

/** How the customer paid: the refund goes back to the same method. {@code brand} and {@code last4} are optional. */
public record PaymentMethod(PaymentMethodType type, String brand, String last4) {
    public static final Pattern LAST4 = Pattern.compile("[0-9]{4}");

    public PaymentMethod {
        Objects.requireNonNull(type, "type");
        if (brand != null && (brand.isBlank() || brand.length() > 40)) {
            throw DomainException.validation("payment_method.brand", "invalid_length", "payment_method.brand must be 1 to 40 characters");
        }
        if (last4 != null && !LAST4.matcher(last4).matches()) {
            throw DomainException.validation("payment_method.last4", "invalid_format", "payment_method.last4 must be exactly 4 digits");
        }
    }

    public static PaymentMethod of(PaymentMethodType type) {
        return new PaymentMethod(type, null, null);
    }
}
