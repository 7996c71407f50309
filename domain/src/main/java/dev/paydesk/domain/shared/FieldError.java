package dev.paydesk.domain.shared;

import java.util.Objects;

/** One problem with one input field: which field, which rule (a stable code), and a sentence for humans. */
public record FieldError(String field, String code, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
