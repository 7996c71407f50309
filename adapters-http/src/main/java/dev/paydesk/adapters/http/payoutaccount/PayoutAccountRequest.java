package dev.paydesk.adapters.http.payoutaccount;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paydesk.adapters.http.routing.JsonBody;
import dev.paydesk.application.payoutaccount.DocumentInput;
import dev.paydesk.application.payoutaccount.PayoutAccountFields;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the body of {@code POST /v1/payout_accounts} and {@code PATCH /v1/payout_accounts/{id}} into
 * {@link PayoutAccountFields}. Only the JSON shape is judged here (unknown fields, a number where a
 * string belongs); values — blank ones included — go to the use case, whose instant checks report
 * every problem at once with the catalogue codes (a blank bank name is {@code missing_bank_name},
 * not a generic "must not be blank").
 *
 * <p>On a PATCH an absent field is unchanged and JSON {@code null} clears it (the use case clears on a
 * blank value; {@code "documents": null} removes every document). The country and currency cannot be
 * cleared, only changed.
 */
final class PayoutAccountRequest {
    static final Set<String> FIELDS = Set.of("country", "currency", "bank_name", "bank_code", "branch_code", "account_number",
            "beneficiary_name", "phone", "business_registration_number", "agent_id", "documents");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("kind", "file_name");

    private final JsonBody body;
    private final boolean patch;

    private PayoutAccountRequest(JsonBody body, boolean patch) {
        this.body = body;
        this.patch = patch;
    }

    /** The fields of a new account; call {@link JsonBody#validate()} before using them. */
    static PayoutAccountFields forCreate(JsonBody body) {
        PayoutAccountRequest request = new PayoutAccountRequest(body, false);
        String country = request.text("country");
        String currency = request.text("currency");
        if (country == null && body.node("country") == null) {
            body.addError("country", "required", "Field 'country' is required.");
        }
        if (currency == null && body.node("currency") == null) {
            body.addError("currency", "required", "Field 'currency' is required.");
        }
        return request.fields(country, currency);
    }

    /** The changes of a PATCH; call {@link JsonBody#validate()} before using them. */
    static PayoutAccountFields forEdit(JsonBody body) {
        PayoutAccountRequest request = new PayoutAccountRequest(body, true);
        for (String field : List.of("country", "currency")) {
            JsonNode node = body.node(field);
            if (node != null && node.isNull()) {
                body.addError(field, "cannot_be_cleared", "Field '" + field + "' can be changed but not cleared.");
            }
        }
        return request.fields(request.text("country"), request.text("currency"));
    }

    private PayoutAccountFields fields(String country, String currency) {
        return new PayoutAccountFields(country, currency, text("bank_name"), text("bank_code"), text("branch_code"),
                text("account_number"), text("beneficiary_name"), text("phone"), text("business_registration_number"),
                text("agent_id"), documents());
    }

    /** Absent: null (unchanged). JSON null: null on create, blank (cleared) on a PATCH. A string: as given. */
    private String text(String field) {
        JsonNode node = body.node(field);
        if (node == null) {
            return null;
        }
        if (node.isNull()) {
            return patch && !field.equals("country") && !field.equals("currency") ? "" : null;
        }
        if (!node.isTextual()) {
            // The message never quotes the value: it may be an account number.
            body.addError(field, "must_be_string", "Field '" + field + "' must be a string.");
            return null;
        }
        return node.asText();
    }

    private List<DocumentInput> documents() {
        JsonNode node = body.node("documents");
        if (node == null) {
            return null;
        }
        if (node.isNull()) {
            return patch ? List.of() : null;
        }
        if (!node.isArray()) {
            body.addError("documents", "must_be_array", "Field 'documents' must be an array of {kind, file_name}.");
            return null;
        }
        List<DocumentInput> documents = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = "documents[" + i + "]";
            if (!item.isObject()) {
                body.addError(at, "must_be_object", "Each document is an object {kind, file_name}.");
                continue;
            }
            for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!DOCUMENT_FIELDS.contains(name)) {
                    body.addError(at + "." + name, "not_allowed", "Field '" + name + "' is not accepted in a document.");
                }
            }
            documents.add(new DocumentInput(documentText(item, at, "kind"), documentText(item, at, "file_name")));
        }
        return documents;
    }

    /** A missing kind or file name goes to the checks (unknown_document_kind, rename_attachment). */
    private String documentText(JsonNode item, String at, String field) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            body.addError(at + "." + field, "must_be_string", "Field '" + field + "' of a document must be a string.");
            return null;
        }
        return value.asText();
    }
}
