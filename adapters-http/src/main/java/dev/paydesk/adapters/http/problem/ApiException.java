package dev.paydesk.adapters.http.problem;

import dev.paydesk.domain.shared.FieldError;
import java.util.List;

/** A refusal decided by the HTTP layer itself (bad JSON, missing key, unknown route…). */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public ApiException(int status, String code, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "unauthorized", "Unauthorized", "A valid API key is required: Authorization: Bearer <key>.");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail);
    }

    public static ApiException malformedJson(String detail) {
        return new ApiException(400, "malformed_json", "Malformed JSON", detail);
    }

    public Problem problem() {
        return Problem.of(status, code, title, getMessage(), errors);
    }
}
