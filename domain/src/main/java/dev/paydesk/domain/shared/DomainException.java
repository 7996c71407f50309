package dev.paydesk.domain.shared;

import java.util.List;
import java.util.Objects;

/** A refused command: a stable {@link ErrorCode}, a sentence, and for validation the failing fields. */
public class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldError> errors;

    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public DomainException(ErrorCode code, String message, List<FieldError> errors) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.errors = List.copyOf(errors);
    }

    public static DomainException validation(String field, String rule, String message) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, message, List.of(new FieldError(field, rule, message)));
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static DomainException invalidState(String message) {
        return new DomainException(ErrorCode.INVALID_STATE, message);
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
