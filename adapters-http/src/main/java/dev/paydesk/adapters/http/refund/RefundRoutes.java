package dev.paydesk.adapters.http.refund;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.JsonBody;
import dev.paydesk.adapters.http.routing.PathIds;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.refund.CreateRefund;
import dev.paydesk.application.refund.ListRefunds;
import dev.paydesk.application.refund.RecordRefundGatewayResult;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.shared.PrefixedId;
import dev.paydesk.domain.transaction.TransactionId;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Refunds under the four-eyes principle (SPEC §6). */
public final class RefundRoutes implements RouteGroup {
    private static final Map<String, Object> NULLABLE_STRING = Map.of("type", List.of("string", "null"));
    private static final Map<String, Object> NULLABLE_TIME = Map.of("type", List.of("string", "null"), "format", "date-time");
    private static final Map<String, Object> REFUND_STATUS = Schemas.enumeration("pending_approval", "processing", "completed", "failed", "rejected",
            "cancelled");
    static final Map<String, Object> REFUND = Schemas.object(
            List.of("id", "transaction_id", "amount", "currency", "status", "created_by", "created_at"),
            "id", Schemas.string(), "transaction_id", Schemas.string(), "amount", Schemas.integer(), "currency", Schemas.string(),
            "status", REFUND_STATUS,
            "reason", NULLABLE_STRING, "created_by", Schemas.string(), "approved_by", NULLABLE_STRING, "rejected_by", NULLABLE_STRING,
            "rejection_reason", NULLABLE_STRING, "failure_code", NULLABLE_STRING, "attempts", Schemas.integer(),
            "next_retry_at", NULLABLE_TIME, "expected_credit_by", NULLABLE_TIME, "created_at", Schemas.string("date-time"),
            "updated_at", Schemas.string("date-time"), "completed_at", NULLABLE_TIME);

    private final Paydesk paydesk;
    private final ObjectMapper json;

    public RefundRoutes(Paydesk paydesk, ObjectMapper json) {
        this.paydesk = paydesk;
        this.json = json;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/v1/refunds").access(Access.merchant(Permission.REFUNDS_CREATE)).tag("refunds").status(201)
                        .summary("Ask for a refund of a completed transaction; it waits for another user's approval")
                        .problem(404) // the transaction_id of another merchant, or of none
                        .request(Schemas.object(List.of("transaction_id", "amount"), "transaction_id", Schemas.string(),
                                "amount", Schemas.integer(), "reason", Schemas.string()))
                        .response(REFUND).handle(this::create),
                Route.post("/v1/refunds/{id}/approve").access(Access.merchant(Permission.REFUNDS_APPROVE)).tag("refunds")
                        .summary("Approve someone else's refund (never one's own): it goes to the refund gateway")
                        .response(REFUND).handle(ctx -> {
                            noBody(ctx);
                            ctx.json(view(paydesk.approveRefund().approve(Requests.context(ctx), id(ctx))));
                        }),
                Route.post("/v1/refunds/{id}/reject").access(Access.merchant(Permission.REFUNDS_APPROVE)).tag("refunds")
                        .summary("Reject someone else's refund with a reason; the amount is refundable again")
                        .request(Schemas.object(List.of("reason"), "reason", Schemas.string()))
                        .response(REFUND).handle(this::reject),
                Route.post("/v1/refunds/{id}/cancel").access(Access.merchant(Permission.REFUNDS_CREATE)).tag("refunds")
                        .summary("Cancel a refund before approval (its creator or an admin)")
                        .response(REFUND).handle(ctx -> {
                            noBody(ctx);
                            ctx.json(view(paydesk.cancelRefund().cancel(Requests.context(ctx), id(ctx))));
                        }),
                Route.post("/v1/refunds/{id}/gateway_result").access(Access.operator()).tag("refunds")
                        .summary("Report the refund gateway's outcome (manual gateway)")
                        .request(Schemas.object(List.of("outcome"), "outcome", Schemas.enumeration("succeeded", "failed"), "failure_code", Schemas.string()))
                        .response(REFUND).handle(this::gatewayResult),
                Route.post("/v1/refunds/{id}/retry").access(Access.operator()).tag("refunds")
                        .summary("Send a failed refund to the gateway again now")
                        .response(REFUND).handle(ctx -> {
                            noBody(ctx);
                            ctx.json(view(paydesk.forceRefundRetry().retry(Requests.context(ctx), id(ctx))));
                        }),
                Route.get("/v1/refunds").access(Access.merchant(Permission.TRANSACTIONS_READ)).tag("refunds")
                        .summary("Your refunds, newest first; filters status, transaction_id")
                        .query("status", REFUND_STATUS, "Only refunds in this status.")
                        .query("transaction_id", Schemas.string(), "Only the refunds of this transaction.")
                        .paged().response(Schemas.page(REFUND)).handle(this::list),
                Route.get("/v1/refunds/{id}").access(Access.operatorOrMerchant(Permission.TRANSACTIONS_READ)).tag("refunds")
                        .summary("One refund").response(REFUND)
                        .handle(ctx -> ctx.json(view(paydesk.getRefund().get(Requests.context(ctx), id(ctx))))));
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("transaction_id", "amount", "reason"));
        String transactionId = body.requiredString("transaction_id");
        Long amount = body.requiredLong("amount");
        Optional<String> reason = body.optionalString("reason");
        if (amount != null && amount <= 0) {
            body.addError("amount", "must_be_positive", "Field 'amount' must be a positive number of minor units.");
        }
        reason.filter(text -> text.length() > Refund.REASON_MAX_LENGTH)
                .ifPresent(text -> body.addError("reason", "too_long", "Field 'reason' has at most " + Refund.REASON_MAX_LENGTH + " characters."));
        if (transactionId != null && !PrefixedId.isValid(transactionId, TransactionId.PREFIX)) {
            body.addError("transaction_id", "unknown_transaction", "No transaction has this id.");
        }
        body.validate();
        Refund refund = paydesk.createRefund().create(Requests.context(ctx),
                new CreateRefund.Command(new TransactionId(transactionId), amount, reason.orElse(null)));
        ctx.status(201).json(view(refund));
    }

    /** The reason's presence is judged by the use case, after the refund is found: another merchant's refund is "not found" first. */
    private void reject(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("reason"));
        Optional<String> reason = body.optionalString("reason");
        body.validate();
        ctx.json(view(paydesk.rejectRefund().reject(Requests.context(ctx), id(ctx), reason.orElse(null))));
    }

    private void gatewayResult(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("outcome", "failure_code"));
        String outcome = body.requiredEnum("outcome", Set.of("succeeded", "failed"));
        Optional<String> failureCode = body.optionalString("failure_code");
        body.validate();
        RecordRefundGatewayResult.Outcome parsed = outcome.equals("succeeded")
                ? RecordRefundGatewayResult.Outcome.SUCCEEDED : RecordRefundGatewayResult.Outcome.FAILED;
        ctx.json(view(paydesk.recordRefundGatewayResult().record(Requests.context(ctx),
                new RecordRefundGatewayResult.Command(id(ctx), parsed, failureCode.orElse(null)))));
    }

    private void list(Context ctx) {
        String status = ctx.queryParam("status");
        String transactionId = ctx.queryParam("transaction_id");
        ListRefunds.Filter filter = new ListRefunds.Filter(null, status == null ? null : RefundStatus.fromCode(status, "status"),
                transactionId == null ? null : PrefixedId.isValid(transactionId, TransactionId.PREFIX) ? new TransactionId(transactionId)
                        : new TransactionId(TransactionId.PREFIX + "0"));
        ctx.json(Requests.page(paydesk.listRefunds().list(Requests.context(ctx), filter, Requests.cursor(ctx), Requests.limit(ctx)),
                RefundRoutes::view));
    }

    /** Commands without a body accept an empty one ({@code {}} or nothing) and refuse any field. */
    private void noBody(Context ctx) {
        JsonBody.parse(json, ctx.body(), Set.of()).validate();
    }

    private static RefundId id(Context ctx) {
        return PathIds.of(ctx, "id", RefundId.PREFIX, "refund", RefundId::new);
    }

    static Map<String, Object> view(Refund refund) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", refund.id().value());
        body.put("transaction_id", refund.transactionId().value());
        body.put("amount", refund.amount().minorUnits());
        body.put("currency", refund.amount().currencyCode());
        body.put("status", refund.status().code());
        body.put("reason", refund.reason());
        body.put("created_by", refund.createdBy());
        body.put("approved_by", refund.approvedBy());
        body.put("rejected_by", refund.rejectedBy());
        body.put("rejection_reason", refund.rejectionReason());
        body.put("failure_code", refund.failureCode());
        body.put("attempts", refund.attempts());
        body.put("next_retry_at", refund.nextRetryAt());
        body.put("expected_credit_by", refund.expectedCreditBy());
        body.put("created_at", refund.createdAt());
        body.put("updated_at", refund.updatedAt());
        body.put("completed_at", refund.completedAt());
        return body;
    }
}
