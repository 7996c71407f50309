package dev.paydesk.adapters.http.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.problem.ApiException;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON request body field by field, collecting every problem (field, rule, message) so that
 * the client learns all of them at once. Fields the route does not accept — server-owned ones such
 * as {@code merchant_id} or {@code status} included — are refused, never silently ignored.
 * Call {@link #validate()} before using any value.
 */
public final class JsonBody {
    private final JsonNode root;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    public static JsonBody parse(ObjectMapper mapper, String body, Set<String> acceptedFields) {
        JsonNode root;
        if (body == null || body.isBlank()) {
            root = mapper.createObjectNode();
        } else {
            try {
                root = mapper.readTree(body);
            } catch (JsonProcessingException e) {
                // Jackson's own message quotes the offending token, which may be a secret (an unquoted account number).
                throw ApiException.malformedJson("The request body is not valid JSON" + where(e) + ".");
            }
        }
        if (root == null || !root.isObject()) {
            throw ApiException.malformedJson("The request body must be a JSON object.");
        }
        JsonBody parsed = new JsonBody(root);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!acceptedFields.contains(name)) {
                parsed.errors.add(new FieldError(name, "not_allowed", "Field '" + name + "' is not accepted here."));
            }
        }
        return parsed;
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    public String requiredString(String field) {
        return optionalString(field).orElseGet(() -> {
            if (!root.hasNonNull(field)) {
                errors.add(new FieldError(field, "required", "Field '" + field + "' is required."));
            }
            return null;
        });
    }

    public Optional<String> optionalString(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(field, "must_be_string", "Field '" + field + "' must be a string."));
            return Optional.empty();
        }
        if (node.asText().isBlank()) {
            errors.add(new FieldError(field, "must_not_be_blank", "Field '" + field + "' must not be blank."));
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    /** An integer that fits in a long; decimals, strings and exponents are refused (money is whole minor units). */
    public Long requiredLong(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            errors.add(new FieldError(field, "required", "Field '" + field + "' is required."));
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            errors.add(new FieldError(field, "must_be_integer", "Field '" + field + "' must be a whole number (minor units), not a decimal or a string."));
            return null;
        }
        return node.asLong();
    }

    public String requiredEnum(String field, Set<String> allowed) {
        String value = requiredString(field);
        if (value != null && !allowed.contains(value)) {
            errors.add(new FieldError(field, "must_be_one_of", "Field '" + field + "' must be one of " + allowed + "."));
            return null;
        }
        return value;
    }

    /** A calendar date {@code YYYY-MM-DD}; anything else (2026-02-30 included) is refused naming the field. */
    public LocalDate requiredDate(String field) {
        String raw = requiredString(field);
        if (raw == null) {
            return null;
        }
        if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(raw);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(new FieldError(field, "invalid_date", "Field '" + field + "' must be a date YYYY-MM-DD, like 2026-11-24."));
        return null;
    }

    public JsonNode node(String field) {
        return root.get(field);
    }

    public void addError(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    /** Throws 422 validation_failed listing every problem found so far. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "The request has " + errors.size() + " invalid field(s).", errors);
        }
    }
}
