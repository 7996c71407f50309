package dev.paydesk.adapters.http.problem;

import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import java.util.List;

/** The one place where error codes become HTTP statuses and problem titles. */
public final class ProblemMapper {
    private ProblemMapper() {
    }

    public static Problem fromDomain(DomainException refused) {
        ErrorCode code = refused.code();
        return Problem.of(status(code), code.code(), title(code), refused.getMessage(), refused.errors());
    }

    public static Problem internalError() {
        return Problem.of(500, "internal_error", "Internal Server Error",
                "The server failed to handle the request; it has been logged with the request id.", List.of());
    }

    static int status(ErrorCode code) {
        return switch (code) {
            case UNAUTHORIZED -> 401;
            case FORBIDDEN, FOUR_EYES_VIOLATION -> 403;
            case NOT_FOUND -> 404;
            case INVALID_STATE, IDEMPOTENCY_CONFLICT, CONFLICT, LAST_ADMIN -> 409;
            case VALIDATION_FAILED, REFUND_EXCEEDS_REFUNDABLE, INSUFFICIENT_BALANCE, PAYOUT_ACCOUNT_NOT_ACTIVE,
                    MERCHANT_NOT_VERIFIED -> 422;
        };
    }

    static String title(ErrorCode code) {
        return switch (code) {
            case UNAUTHORIZED -> "Unauthorized";
            case FORBIDDEN -> "Forbidden";
            case FOUR_EYES_VIOLATION -> "Four-eyes principle violated";
            case NOT_FOUND -> "Not found";
            case INVALID_STATE -> "Invalid state for this action";
            case IDEMPOTENCY_CONFLICT -> "Idempotency key conflict";
            case CONFLICT -> "Conflict";
            case LAST_ADMIN -> "A merchant keeps at least one active admin";
            case VALIDATION_FAILED -> "Validation failed";
            case REFUND_EXCEEDS_REFUNDABLE -> "Refund exceeds the refundable amount";
            case INSUFFICIENT_BALANCE -> "Insufficient balance";
            case PAYOUT_ACCOUNT_NOT_ACTIVE -> "Payout account not active";
            case MERCHANT_NOT_VERIFIED -> "Merchant not verified";
        };
    }
}
