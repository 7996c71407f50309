package dev.paydesk.domain.dispute;

import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The merchant's evidence on a dispute (SPEC §7), submitted once: optional text fields of at most
 * {@value #MAX_TEXT_LENGTH} characters each and up to {@value #MAX_DOCUMENTS} checked documents; at
 * least one text or one document. A blank text counts as absent. The constructor refuses, with every
 * problem at once, what {@link EvidenceSubmission#validate()} would refuse, so evidence rebuilt from
 * storage is checked too.
 */
public record Evidence(String productDescription, String customerCommunication, String shippingTracking, String refundPolicy,
                       String uncategorizedText, List<EvidenceDocument> documents) {

    public static final int MAX_TEXT_LENGTH = 20_000;
    public static final int MAX_DOCUMENTS = 10;

    public Evidence {
        productDescription = presentOrNull(productDescription);
        customerCommunication = presentOrNull(customerCommunication);
        shippingTracking = presentOrNull(shippingTracking);
        refundPolicy = presentOrNull(refundPolicy);
        uncategorizedText = presentOrNull(uncategorizedText);
        documents = documents == null ? List.of() : List.copyOf(documents);
        List<FieldError> problems =
                problemsOf(productDescription, customerCommunication, shippingTracking, refundPolicy, uncategorizedText, documents.size());
        if (!problems.isEmpty()) {
            throw failed(problems);
        }
    }

    /** The text fields by their API names, only those present, in a stable order. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        putIfPresent(texts, "product_description", productDescription);
        putIfPresent(texts, "customer_communication", customerCommunication);
        putIfPresent(texts, "shipping_tracking", shippingTracking);
        putIfPresent(texts, "refund_policy", refundPolicy);
        putIfPresent(texts, "uncategorized_text", uncategorizedText);
        return texts;
    }

    /** Problems of the text fields and the document count, shared with {@link EvidenceSubmission}. */
    static List<FieldError> problemsOf(String productDescription, String customerCommunication, String shippingTracking,
                                       String refundPolicy, String uncategorizedText, int documentCount) {
        List<FieldError> problems = new ArrayList<>();
        checkLength(problems, "product_description", productDescription);
        checkLength(problems, "customer_communication", customerCommunication);
        checkLength(problems, "shipping_tracking", shippingTracking);
        checkLength(problems, "refund_policy", refundPolicy);
        checkLength(problems, "uncategorized_text", uncategorizedText);
        if (documentCount > MAX_DOCUMENTS) {
            problems.add(new FieldError("documents", "too_many_documents", "at most " + MAX_DOCUMENTS + " documents, got " + documentCount));
        }
        boolean anyText = presentOrNull(productDescription) != null || presentOrNull(customerCommunication) != null
                || presentOrNull(shippingTracking) != null || presentOrNull(refundPolicy) != null || presentOrNull(uncategorizedText) != null;
        if (!anyText && documentCount == 0) {
            problems.add(new FieldError("evidence", "evidence_required", "evidence needs at least one text field or one document"));
        }
        return problems;
    }

    static DomainException failed(List<FieldError> problems) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, "the evidence is not acceptable (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + ")", problems);
    }

    static String presentOrNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void checkLength(List<FieldError> problems, String field, String text) {
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            problems.add(new FieldError(field, "too_long", field + " has at most " + MAX_TEXT_LENGTH + " characters"));
        }
    }

    private static void putIfPresent(Map<String, String> texts, String field, String text) {
        if (text != null) {
            texts.put(field, text);
        }
    }
}
