package dev.paydesk.adapters.http.dispute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.JsonBody;
import dev.paydesk.adapters.http.routing.PathIds;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.dispute.DecideDispute;
import dev.paydesk.application.dispute.ListDisputes;
import dev.paydesk.application.dispute.OpenDispute;
import dev.paydesk.application.dispute.SubmitEvidence;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeId;
import dev.paydesk.domain.dispute.DisputeOutcome;
import dev.paydesk.domain.dispute.DisputeReason;
import dev.paydesk.domain.dispute.DisputeSource;
import dev.paydesk.domain.dispute.DisputeStatus;
import dev.paydesk.domain.dispute.DocumentUpload;
import dev.paydesk.domain.dispute.Evidence;
import dev.paydesk.domain.dispute.EvidenceDocument;
import dev.paydesk.domain.dispute.EvidenceSubmission;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.shared.PrefixedId;
import dev.paydesk.domain.transaction.TransactionId;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Disputes and chargebacks (SPEC §7): operators open and decide them, merchants answer with evidence or accept. */
public final class DisputeRoutes implements RouteGroup {
    private static final List<String> TEXT_FIELDS =
            List.of("product_description", "customer_communication", "shipping_tracking", "refund_policy", "uncategorized_text");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("file_name", "content_type", "content_base64");
    private static final Map<String, Object> NULLABLE_STRING = Map.of("type", List.of("string", "null"));
    private static final Map<String, Object> NULLABLE_TIME = Map.of("type", List.of("string", "null"), "format", "date-time");
    private static final Map<String, Object> DOCUMENT = Schemas.object(List.of("file_name", "content_type", "size_bytes", "sha256"),
            "file_name", Schemas.string(), "content_type", Schemas.enumeration("application/pdf", "image/png", "image/jpeg"),
            "size_bytes", Schemas.integer(), "sha256", Schemas.string());
    private static final Map<String, Object> EVIDENCE = Schemas.object(List.of("submitted_at", "documents"),
            "product_description", NULLABLE_STRING, "customer_communication", NULLABLE_STRING, "shipping_tracking", NULLABLE_STRING,
            "refund_policy", NULLABLE_STRING, "uncategorized_text", NULLABLE_STRING, "submitted_at", Schemas.string("date-time"),
            "documents", Schemas.arrayOf(DOCUMENT));
    private static final Map<String, Object> DISPUTE_STATUS = Schemas.enumeration("needs_response", "under_review", "won", "lost");
    static final Map<String, Object> DISPUTE = Schemas.object(
            List.of("id", "transaction_id", "amount", "currency", "reason", "source", "status", "respond_by", "chargeback_fee", "created_at"),
            "id", Schemas.string(), "transaction_id", Schemas.string(), "amount", Schemas.integer(), "currency", Schemas.string(),
            "reason", Schemas.enumeration(codes(DisputeReason.values())), "source", Schemas.enumeration("claim", "chargeback"),
            "status", DISPUTE_STATUS, "respond_by", Schemas.string("date-time"),
            "evidence", Map.of("oneOf", List.of(EVIDENCE, Map.of("type", "null"))), "chargeback_fee", Schemas.integer(),
            "outcome", Map.of("type", List.of("string", "null"), "enum", Arrays.asList("won", "lost", null)),
            "closure", Map.of("type", List.of("string", "null"), "enum", Arrays.asList("accepted", "expired", "decided", null)),
            "created_at", Schemas.string("date-time"), "updated_at", Schemas.string("date-time"), "closed_at", NULLABLE_TIME);

    private final Paydesk paydesk;
    private final ObjectMapper json;

    public DisputeRoutes(Paydesk paydesk, ObjectMapper json) {
        this.paydesk = paydesk;
        this.json = json;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/v1/disputes").access(Access.operator()).tag("disputes").status(201)
                        .summary("Open a dispute or chargeback on a completed transaction: the amount is held and a chargeback's fee charged")
                        .problem(404) // an unknown transaction_id
                        .request(Schemas.object(List.of("transaction_id", "amount", "reason", "source"), "transaction_id", Schemas.string(),
                                "amount", Schemas.integer(), "reason", Schemas.enumeration(codes(DisputeReason.values())),
                                "source", Schemas.enumeration("claim", "chargeback"), "respond_by", Schemas.string("date-time")))
                        .response(DISPUTE).handle(this::open),
                Route.post("/v1/disputes/{id}/decision").access(Access.operator()).tag("disputes")
                        .summary("Decide a dispute under review: won returns the held amount to main, lost sends it to the customer")
                        .request(Schemas.object(List.of("outcome"), "outcome", Schemas.enumeration("won", "lost")))
                        .response(DISPUTE).handle(this::decide),
                Route.get("/v1/disputes").access(Access.merchant(Permission.DISPUTES_MANAGE)).tag("disputes")
                        .summary("Your disputes, newest first; filters status, transaction_id")
                        .query("status", DISPUTE_STATUS, "Only disputes in this status.")
                        .query("transaction_id", Schemas.string(), "Only the disputes of this transaction.")
                        .paged().response(Schemas.page(DISPUTE)).handle(this::list),
                Route.get("/v1/disputes/{id}").access(Access.operatorOrMerchant(Permission.DISPUTES_MANAGE)).tag("disputes")
                        .summary("One dispute").response(DISPUTE)
                        .handle(ctx -> ctx.json(view(paydesk.getDispute().get(Requests.context(ctx), id(ctx))))),
                Route.post("/v1/disputes/{id}/evidence").access(Access.merchant(Permission.DISPUTES_MANAGE)).tag("disputes")
                        .summary("Answer a dispute with evidence, once, by respond_by: text fields and PDF, PNG or JPEG documents of at most 5 MB")
                        .request(evidenceRequest())
                        .response(DISPUTE).handle(this::submitEvidence),
                Route.post("/v1/disputes/{id}/accept").access(Access.merchant(Permission.DISPUTES_MANAGE)).tag("disputes")
                        .summary("Accept a dispute that needs a response: it is lost, the held amount goes to the customer")
                        .response(DISPUTE).handle(ctx -> {
                            JsonBody.parse(json, ctx.body(), Set.of()).validate();
                            ctx.json(view(paydesk.acceptDispute().accept(Requests.context(ctx), id(ctx))));
                        }));
    }

    private static Map<String, Object> evidenceRequest() {
        List<Object> fields = new ArrayList<>();
        for (String text : TEXT_FIELDS) {
            fields.add(text);
            fields.add(Schemas.string());
        }
        fields.add("documents");
        fields.add(Schemas.arrayOf(Schemas.object(List.of("file_name", "content_base64"), "file_name", Schemas.string(),
                "content_type", Schemas.string(), "content_base64", Schemas.string("byte"))));
        return Schemas.object(List.of(), fields.toArray());
    }

    private void open(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("transaction_id", "amount", "reason", "source", "respond_by"));
        String transactionId = body.requiredString("transaction_id");
        Long amount = body.requiredLong("amount");
        String reason = body.requiredEnum("reason", Set.of(codes(DisputeReason.values())));
        String source = body.requiredEnum("source", Set.of("claim", "chargeback"));
        Instant respondBy = body.optionalString("respond_by").map(text -> instant(body, "respond_by", text)).orElse(null);
        if (amount != null && amount <= 0) {
            body.addError("amount", "must_be_positive", "Field 'amount' must be a positive number of minor units.");
        }
        if (transactionId != null && !PrefixedId.isValid(transactionId, TransactionId.PREFIX)) {
            body.addError("transaction_id", "unknown_transaction", "No transaction has this id.");
        }
        body.validate();
        Dispute dispute = paydesk.openDispute().open(Requests.context(ctx), new OpenDispute.Command(new TransactionId(transactionId), amount,
                DisputeReason.fromCode(reason, "reason"), DisputeSource.fromCode(source, "source"), respondBy));
        ctx.status(201).json(view(dispute));
    }

    private void decide(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("outcome"));
        String outcome = body.requiredEnum("outcome", Set.of("won", "lost"));
        body.validate();
        ctx.json(view(paydesk.decideDispute().decide(Requests.context(ctx),
                new DecideDispute.Command(id(ctx), DisputeOutcome.fromCode(outcome, "outcome")))));
    }

    private void submitEvidence(Context ctx) {
        Set<String> accepted = new LinkedHashSet<>(TEXT_FIELDS);
        accepted.add("documents");
        JsonBody body = JsonBody.parse(json, ctx.body(), accepted);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            JsonNode node = body.node(field);
            if (node != null && !node.isNull() && !node.isTextual()) {
                body.addError(field, "must_be_string", "Field '" + field + "' must be a string.");
            } else if (node != null && !node.isNull()) {
                texts.put(field, node.asText());
            }
        }
        List<DocumentUpload> documents = documents(body);
        body.validate();
        EvidenceSubmission evidence = new EvidenceSubmission(texts.get("product_description"), texts.get("customer_communication"),
                texts.get("shipping_tracking"), texts.get("refund_policy"), texts.get("uncategorized_text"), documents);
        ctx.json(view(paydesk.submitEvidence().submit(Requests.context(ctx), new SubmitEvidence.Command(id(ctx), evidence))));
    }

    /** The documents with their bytes decoded; what is wrong with their content is the domain's to say, by content. */
    private static List<DocumentUpload> documents(JsonBody body) {
        JsonNode array = body.node("documents");
        List<DocumentUpload> documents = new ArrayList<>();
        if (array == null || array.isNull()) {
            return documents;
        }
        if (!array.isArray()) {
            body.addError("documents", "must_be_array", "Field 'documents' must be an array of {file_name, content_type, content_base64}.");
            return documents;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = "documents[" + i + "]";
            JsonNode document = array.get(i);
            if (!document.isObject()) {
                body.addError(at, "must_be_object", "Each document is an object {file_name, content_type, content_base64}.");
                continue;
            }
            for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!DOCUMENT_FIELDS.contains(name)) {
                    body.addError(at + "." + name, "not_allowed", "Field '" + name + "' is not accepted in a document.");
                }
            }
            String fileName = text(body, document, at, "file_name", true);
            String contentType = text(body, document, at, "content_type", false);
            String base64 = text(body, document, at, "content_base64", true);
            if (base64 == null) {
                continue;
            }
            try {
                documents.add(new DocumentUpload(fileName, contentType, Base64.getDecoder().decode(base64)));
            } catch (IllegalArgumentException notBase64) {
                body.addError(at + ".content_base64", "invalid_base64", "Field 'content_base64' must be standard base64 (RFC 4648, with padding).");
            }
        }
        return documents;
    }

    private static String text(JsonBody body, JsonNode document, String at, String field, boolean required) {
        JsonNode node = document.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                body.addError(at + "." + field, "required", "Field '" + field + "' is required.");
            }
            return null;
        }
        if (!node.isTextual()) {
            body.addError(at + "." + field, "must_be_string", "Field '" + field + "' must be a string.");
            return null;
        }
        return node.asText();
    }

    private static Instant instant(JsonBody body, String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            body.addError(field, "invalid_timestamp", "Field '" + field + "' must be an ISO 8601 UTC timestamp like 2026-11-30T10:15:30Z.");
            return null;
        }
    }

    private void list(Context ctx) {
        String status = ctx.queryParam("status");
        String transactionId = ctx.queryParam("transaction_id");
        ListDisputes.Filter filter = new ListDisputes.Filter(null, status == null ? null : DisputeStatus.fromCode(status, "status"), transactionId);
        ctx.json(Requests.page(paydesk.listDisputes().list(Requests.context(ctx), filter, Requests.cursor(ctx), Requests.limit(ctx)),
                DisputeRoutes::view));
    }

    private static DisputeId id(Context ctx) {
        return PathIds.of(ctx, "id", DisputeId.PREFIX, "dispute", DisputeId::new);
    }

    static Map<String, Object> view(Dispute dispute) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", dispute.id().value());
        body.put("transaction_id", dispute.transactionId());
        body.put("amount", dispute.amount().minorUnits());
        body.put("currency", dispute.amount().currencyCode());
        body.put("reason", dispute.reason().code());
        body.put("source", dispute.source().code());
        body.put("status", dispute.status().code());
        body.put("respond_by", dispute.respondBy());
        body.put("evidence", dispute.evidence() == null ? null : evidence(dispute.evidence(), dispute.evidenceSubmittedAt()));
        body.put("chargeback_fee", dispute.chargebackFee().minorUnits());
        body.put("outcome", dispute.outcome().map(DisputeOutcome::code).orElse(null));
        body.put("closure", dispute.closure() == null ? null : dispute.closure().code());
        body.put("created_at", dispute.createdAt());
        body.put("updated_at", dispute.updatedAt());
        body.put("closed_at", dispute.closedAt());
        return body;
    }

    private static Map<String, Object> evidence(Evidence evidence, Instant submittedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("product_description", evidence.productDescription());
        body.put("customer_communication", evidence.customerCommunication());
        body.put("shipping_tracking", evidence.shippingTracking());
        body.put("refund_policy", evidence.refundPolicy());
        body.put("uncategorized_text", evidence.uncategorizedText());
        body.put("submitted_at", submittedAt);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (EvidenceDocument document : evidence.documents()) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("file_name", document.fileName());
            view.put("content_type", document.contentType().mediaType());
            view.put("size_bytes", document.sizeBytes());
            view.put("sha256", document.sha256());
            documents.add(view);
        }
        body.put("documents", documents);
        return body;
    }

    private static String[] codes(DisputeReason[] reasons) {
        return Arrays.stream(reasons).map(DisputeReason::code).toArray(String[]::new);
    }
}
