package dev.paydesk.adapters.http.problem;

import dev.paydesk.domain.shared.FieldError;
import java.util.List;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}. {@code code} is the stable,
 * machine-readable reason; {@code errors} names each failing field and the rule it broke.
 */
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors, String requestId) {
    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        errors = List.copyOf(errors);
    }

    public static Problem of(int status, String code, String title, String detail, List<FieldError> errors) {
        return new Problem("https://paydesk.dev/problems/" + code.replace('_', '-'), title, status, detail, code, errors, null);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, code, errors, id);
    }
}
