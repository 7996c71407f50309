package dev.paydesk.adapters.http.payoutaccount;

import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.payoutaccount.PayoutAccountView;
import dev.paydesk.domain.payoutaccount.PartReview;
import dev.paydesk.domain.payoutaccount.PayoutAccount;
import dev.paydesk.domain.payoutaccount.PayoutAccountDetails;
import dev.paydesk.domain.payoutaccount.PayoutDocument;
import dev.paydesk.domain.payoutaccount.RejectionReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Payout accounts as JSON. The account number is never written: only {@code account_number_last4}.
 * This is the one place that turns an account into a response, so it is the one place to keep it so.
 */
final class PayoutAccountViews {
    private static final Map<String, Object> NULLABLE_STRING = Map.of("type", List.of("string", "null"));
    private static final Map<String, Object> NULLABLE_TIME = Map.of("type", List.of("string", "null"), "format", "date-time");
    private static final String[] COUNTRIES = {"NG", "GH", "KE", "SN", "CI", "UG"};
    private static final String[] CURRENCIES = {"NGN", "GHS", "KES", "XOF", "UGX", "USD"};
    private static final String[] DOCUMENT_KINDS = {"bank_letter", "change_of_payment_form", "triparty_agreement"};
    private static final Map<String, Object> DOCUMENT = Schemas.object(List.of("kind", "file_name"),
            "kind", Schemas.enumeration(DOCUMENT_KINDS), "file_name", Schemas.string());
    private static final Map<String, Object> PART_REVIEW = Schemas.object(List.of("status", "reasons"),
            "status", Schemas.enumeration("pending", "approved", "rejected"), "reasons", Schemas.arrayOf(Schemas.string()));

    /** An account as the overdue list shows it: without the merchant's preference. */
    static final Map<String, Object> ACCOUNT = Schemas.object(
            List.of("id", "merchant_id", "status", "country", "currency", "account_number_last4", "reviews", "documents"),
            "id", Schemas.string(), "merchant_id", Schemas.string(),
            "status", Schemas.enumeration("draft", "pending_approval", "active", "rejected", "errored"),
            "country", Schemas.enumeration(COUNTRIES), "currency", Schemas.enumeration(CURRENCIES),
            "bank_name", NULLABLE_STRING, "bank_code", NULLABLE_STRING, "branch_code", NULLABLE_STRING,
            "account_number_last4", Schemas.string(), "beneficiary_name", NULLABLE_STRING, "phone", NULLABLE_STRING,
            "business_registration_number", NULLABLE_STRING, "agent_id", NULLABLE_STRING,
            "documents", Schemas.arrayOf(DOCUMENT),
            "reviews", Schemas.object(List.of("bank_account", "local_entity"), "bank_account", PART_REVIEW, "local_entity", PART_REVIEW),
            "submitted_at", NULLABLE_TIME, "review_due_by", NULLABLE_TIME);

    /** An account as its merchant sees it: with where it stands in the preference of its currency. */
    static final Map<String, Object> PAYOUT_ACCOUNT = withPreference();

    static final Map<String, Object> REJECTION_REASON = Schemas.object(List.of("code", "part", "text_en", "text_zh", "fix"),
            "code", Schemas.string(), "part", Schemas.enumeration("bank_account", "local_entity"),
            "text_en", Schemas.string(), "text_zh", Schemas.string(), "fix", Schemas.string());

    /** The request body of create (every field) and PATCH (any subset; null clears). */
    static Map<String, Object> request(boolean patch) {
        Map<String, Object> text = patch ? NULLABLE_STRING : Schemas.string();
        return Schemas.object(patch ? List.of() : List.of("country", "currency", "bank_name", "bank_code", "account_number",
                        "beneficiary_name", "phone", "business_registration_number", "documents"),
                "country", Schemas.enumeration(COUNTRIES), "currency", Schemas.enumeration(CURRENCIES),
                "bank_name", text, "bank_code", text, "branch_code", text, "account_number", text,
                "beneficiary_name", text, "phone", text, "business_registration_number", text, "agent_id", text,
                "documents", patch ? Map.of("type", List.of("array", "null"), "items", DOCUMENT) : Schemas.arrayOf(DOCUMENT));
    }

    private PayoutAccountViews() {
    }

    static Map<String, Object> view(PayoutAccountView account) {
        Map<String, Object> view = view(account.account());
        view.put("preferred", account.preferred());
        view.put("preferred_pending", account.preferredPending());
        return view;
    }

    static Map<String, Object> view(PayoutAccount account) {
        PayoutAccountDetails details = account.details();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", account.id().value());
        view.put("merchant_id", account.merchantId().value());
        view.put("status", account.status().code());
        view.put("country", details.corridor().country().code());
        view.put("currency", details.corridor().currency().getCurrencyCode());
        view.put("bank_name", details.bankName());
        view.put("bank_code", details.bankCode());
        view.put("branch_code", details.branchCode());
        view.put("account_number_last4", account.last4());
        view.put("beneficiary_name", details.beneficiaryName());
        view.put("phone", details.phone());
        view.put("business_registration_number", details.businessRegistrationNumber());
        view.put("agent_id", details.agentId() == null ? null : details.agentId().value());
        view.put("documents", details.documents().stream().map(PayoutAccountViews::view).toList());
        Map<String, Object> reviews = new LinkedHashMap<>();
        reviews.put("bank_account", view(account.bankAccountReview()));
        reviews.put("local_entity", view(account.localEntityReview()));
        view.put("reviews", reviews);
        view.put("submitted_at", account.submittedAt());
        view.put("review_due_by", account.reviewDueBy());
        return view;
    }

    static Map<String, Object> view(RejectionReason reason) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", reason.code());
        view.put("part", reason.part().code());
        view.put("text_en", reason.textEn());
        view.put("text_zh", reason.textZh());
        view.put("fix", reason.fix());
        return view;
    }

    private static Map<String, Object> view(PartReview review) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("status", review.state().code());
        view.put("reasons", review.reasons().stream().map(RejectionReason::code).toList());
        return view;
    }

    private static Map<String, Object> view(PayoutDocument document) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kind", document.kind().code());
        view.put("file_name", document.fileName());
        return view;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withPreference() {
        Map<String, Object> schema = new LinkedHashMap<>(ACCOUNT);
        Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) ACCOUNT.get("properties"));
        properties.put("preferred", Schemas.bool());
        properties.put("preferred_pending", Schemas.bool());
        schema.put("properties", properties);
        List<String> required = new java.util.ArrayList<>((List<String>) ACCOUNT.get("required"));
        required.addAll(List.of("preferred", "preferred_pending"));
        schema.put("required", required);
        return schema;
    }
}
