package dev.paydesk.adapters.http.transaction;

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
import dev.paydesk.application.transaction.ListTransactions;
import dev.paydesk.application.transaction.RecordTransaction;
import dev.paydesk.application.transaction.TransactionView;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Currencies;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.PrefixedId;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import dev.paydesk.domain.transaction.TransactionStatus;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Transactions: recorded and completed by operators, read by merchants (transactions.read). */
public final class TransactionRoutes implements RouteGroup {
    static final Map<String, Object> MONEY = Schemas.integer();
    private static final Map<String, Object> TRANSACTION_STATUS = Schemas.enumeration("pending", "completed", "cancelled");
    static final Map<String, Object> TRANSACTION = Schemas.object(
            List.of("id", "reference", "amount", "currency", "status", "payment_method", "refunded_amount", "refundable_amount", "disputed_amount", "created_at"),
            "id", Schemas.string(), "merchant_id", Schemas.string(), "reference", Schemas.string(), "amount", MONEY, "currency", Schemas.string(),
            "status", TRANSACTION_STATUS,
            "payment_method", Schemas.object(List.of("type"), "type", Schemas.enumeration("card", "mobile_money", "bank_transfer"),
                    "brand", Map.of("type", List.of("string", "null")), "last4", Map.of("type", List.of("string", "null"))),
            "refunded_amount", MONEY, "pending_refund_amount", MONEY, "refundable_amount", MONEY, "disputed_amount", MONEY,
            "created_at", Schemas.string("date-time"), "completed_at", Map.of("type", List.of("string", "null"), "format", "date-time"));

    private final Paydesk paydesk;
    private final ObjectMapper json;

    public TransactionRoutes(Paydesk paydesk, ObjectMapper json) {
        this.paydesk = paydesk;
        this.json = json;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/v1/transactions").access(Access.operator()).tag("transactions").status(201)
                        .summary("Record a transaction (pending or completed); completion posts acquirer_clearing → shop")
                        .request(Schemas.object(List.of("merchant_id", "reference", "amount", "currency", "status", "payment_method"),
                                "merchant_id", Schemas.string(), "reference", Schemas.string(), "amount", MONEY, "currency", Schemas.string(),
                                "status", Schemas.enumeration("pending", "completed"),
                                "payment_method", Schemas.object(List.of("type"), "type", Schemas.enumeration("card", "mobile_money", "bank_transfer"),
                                        "brand", Schemas.string(), "last4", Schemas.string())))
                        .response(TRANSACTION).handle(this::record),
                Route.post("/v1/transactions/{id}/complete").access(Access.operator()).tag("transactions")
                        .summary("Complete a pending transaction").response(TRANSACTION)
                        .handle(ctx -> ctx.json(view(paydesk.completeTransaction().complete(Requests.context(ctx), id(ctx))))),
                Route.post("/v1/transactions/{id}/cancel").access(Access.operator()).tag("transactions")
                        .summary("Cancel a pending transaction").response(TRANSACTION)
                        .handle(ctx -> ctx.json(view(paydesk.cancelTransaction().cancel(Requests.context(ctx), id(ctx))))),
                Route.get("/v1/transactions").access(Access.merchant(Permission.TRANSACTIONS_READ)).tag("transactions")
                        .summary("Your transactions, newest first; filters status, reference, created_from, created_to")
                        .query("status", TRANSACTION_STATUS, "Only transactions in this status.")
                        .query("reference", Schemas.string(), "Only the transaction with this reference.")
                        .query("created_from", Schemas.string("date-time"), "Only transactions created at or after this instant (ISO 8601, UTC).")
                        .query("created_to", Schemas.string("date-time"), "Only transactions created before this instant (ISO 8601, UTC).")
                        .paged().response(Schemas.page(TRANSACTION)).handle(this::list),
                Route.get("/v1/transactions/{id}").access(Access.operatorOrMerchant(Permission.TRANSACTIONS_READ)).tag("transactions")
                        .summary("One transaction with its refunded, refundable and disputed amounts").response(TRANSACTION)
                        .handle(ctx -> ctx.json(view(paydesk.getTransaction().get(Requests.context(ctx), id(ctx))))));
    }

    private void record(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("merchant_id", "reference", "amount", "currency", "status", "payment_method"));
        String merchantId = body.requiredString("merchant_id");
        String reference = body.requiredString("reference");
        Long amount = body.requiredLong("amount");
        String currency = body.requiredString("currency");
        String status = body.requiredEnum("status", Set.of("pending", "completed"));
        PaymentMethod method = paymentMethod(body);
        if (merchantId != null && !PrefixedId.isValid(merchantId, MerchantId.PREFIX)) {
            body.addError("merchant_id", "unknown_merchant", "No merchant has this id.");
        }
        if (reference != null && reference.length() > PaymentTransaction.REFERENCE_MAX_LENGTH) {
            body.addError("reference", "too_long", "Field 'reference' has at most " + PaymentTransaction.REFERENCE_MAX_LENGTH + " characters.");
        }
        if (amount != null && amount <= 0) {
            body.addError("amount", "must_be_positive", "Field 'amount' must be a positive number of minor units.");
        }
        if (currency != null && !Requests.isCurrency(currency)) {
            body.addError("currency", "invalid_currency", "Field 'currency' must be an ISO 4217 code such as NGN.");
        }
        body.validate();
        TransactionView view = paydesk.recordTransaction().record(Requests.context(ctx), new RecordTransaction.Command(new MerchantId(merchantId),
                reference, Money.of(amount, Currencies.of(currency).getCurrencyCode()), method, status.equals("completed")));
        ctx.status(201).json(view(view));
    }

    private static PaymentMethod paymentMethod(JsonBody body) {
        JsonNode node = body.node("payment_method");
        if (node == null || node.isNull()) {
            body.addError("payment_method", "required", "Field 'payment_method' is required.");
            return null;
        }
        if (!node.isObject()) {
            body.addError("payment_method", "must_be_object", "Field 'payment_method' must be an object {type, brand?, last4?}.");
            return null;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!Set.of("type", "brand", "last4").contains(name)) {
                body.addError("payment_method." + name, "not_allowed", "Field 'payment_method." + name + "' is not accepted here.");
            }
        });
        JsonNode type = node.get("type");
        JsonNode brand = node.get("brand");
        JsonNode last4 = node.get("last4");
        boolean typeOk = type != null && type.isTextual() && Set.of("card", "mobile_money", "bank_transfer").contains(type.asText());
        if (!typeOk) {
            body.addError("payment_method.type", "must_be_one_of", "Field 'payment_method.type' must be one of card, mobile_money, bank_transfer.");
        }
        boolean brandOk = brand == null || brand.isNull() || brand.isTextual() && !brand.asText().isBlank() && brand.asText().length() <= 40;
        if (!brandOk) {
            body.addError("payment_method.brand", "invalid_length", "Field 'payment_method.brand' must be a string of 1 to 40 characters.");
        }
        boolean last4Ok = last4 == null || last4.isNull() || last4.isTextual() && PaymentMethod.LAST4.matcher(last4.asText()).matches();
        if (!last4Ok) {
            body.addError("payment_method.last4", "invalid_format", "Field 'payment_method.last4' must be exactly 4 digits.");
        }
        if (!typeOk || !brandOk || !last4Ok) {
            return null;
        }
        return new PaymentMethod(PaymentMethodType.fromCode(type.asText()), brand == null || brand.isNull() ? null : brand.asText(),
                last4 == null || last4.isNull() ? null : last4.asText());
    }

    private void list(Context ctx) {
        String status = ctx.queryParam("status");
        TransactionStatus statusFilter = status == null ? null : TransactionStatus.fromCode(status, "status");
        ListTransactions.Filter filter = new ListTransactions.Filter(null, statusFilter, ctx.queryParam("reference"),
                Requests.instantParam(ctx, "created_from").orElse(null), Requests.instantParam(ctx, "created_to").orElse(null));
        ctx.json(Requests.page(paydesk.listTransactions().list(Requests.context(ctx), filter, Requests.cursor(ctx), Requests.limit(ctx)),
                TransactionRoutes::view));
    }

    static TransactionId id(Context ctx) {
        return PathIds.of(ctx, "id", TransactionId.PREFIX, "transaction", TransactionId::new);
    }

    static Map<String, Object> view(TransactionView view) {
        PaymentTransaction transaction = view.transaction();
        Map<String, Object> method = new LinkedHashMap<>();
        method.put("type", transaction.paymentMethod().type().code());
        method.put("brand", transaction.paymentMethod().brand());
        method.put("last4", transaction.paymentMethod().last4());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", transaction.id().value());
        body.put("merchant_id", transaction.merchantId().value());
        body.put("reference", transaction.reference());
        body.put("amount", transaction.amount().minorUnits());
        body.put("currency", transaction.amount().currencyCode());
        body.put("status", transaction.status().code());
        body.put("payment_method", method);
        body.put("refunded_amount", view.refundedAmount().minorUnits());
        body.put("pending_refund_amount", view.pendingRefundAmount().minorUnits());
        body.put("refundable_amount", view.refundableAmount().minorUnits());
        body.put("disputed_amount", view.disputedAmount().minorUnits());
        body.put("created_at", transaction.createdAt());
        body.put("completed_at", transaction.completedAt());
        return body;
    }

}
