package dev.paydesk.adapters.http.payoutaccount;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.JsonBody;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.payoutaccount.OverdueReviewPage;
import dev.paydesk.application.payoutaccount.PageRequest;
import dev.paydesk.application.payoutaccount.PayoutAccountFields;
import dev.paydesk.application.payoutaccount.PayoutAccountPage;
import dev.paydesk.application.payoutaccount.ReviewPayoutAccountCommand;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.payoutaccount.PayoutAccountId;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.PrefixedId;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Payout accounts (SPEC §10): merchants create, edit, submit and prefer their accounts
 * (payout_accounts.manage); operators review them and list overdue reviews; any key reads the
 * rejection-reason catalogue (SPEC §11). Account numbers leave the server as their last 4 only.
 */
public final class PayoutAccountRoutes implements RouteGroup {
    private static final Access MANAGE = Access.merchant(Permission.PAYOUT_ACCOUNTS_MANAGE);
    private static final int MAX_CURSOR_LENGTH = 200;

    private final Paydesk paydesk;
    private final ObjectMapper json;

    public PayoutAccountRoutes(Paydesk paydesk, ObjectMapper json) {
        this.paydesk = paydesk;
        this.json = json;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/v1/payout_accounts").access(MANAGE).tag("payout_accounts").status(201)
                        .summary("Add a payout account (draft); every problem is reported at once with the rejection-reason codes")
                        .request(PayoutAccountViews.request(false)).response(PayoutAccountViews.PAYOUT_ACCOUNT)
                        .handle(this::create),
                Route.get("/v1/payout_accounts").access(MANAGE).tag("payout_accounts")
                        .summary("Your merchant's payout accounts, newest first; account numbers masked")
                        .paged().response(Schemas.page(PayoutAccountViews.PAYOUT_ACCOUNT)).handle(this::list),
                // Before /{id}, so that this path is never read as an account id.
                Route.get("/v1/payout_accounts/overdue_reviews").access(Access.operator()).tag("payout_accounts")
                        .summary("Accounts pending approval past their review due date (10 business days), most overdue first")
                        .paged().response(Schemas.page(PayoutAccountViews.ACCOUNT)).handle(this::listOverdue),
                Route.get("/v1/payout_accounts/{id}").access(Access.operatorOrMerchant(Permission.PAYOUT_ACCOUNTS_MANAGE)).tag("payout_accounts")
                        .summary("One payout account; account number masked")
                        .response(PayoutAccountViews.PAYOUT_ACCOUNT)
                        .handle(ctx -> ctx.json(PayoutAccountViews.view(paydesk.getPayoutAccount().get(accountId(ctx), Requests.context(ctx))))),
                Route.patch("/v1/payout_accounts/{id}").access(MANAGE).tag("payout_accounts")
                        .summary("Change any fields of a draft or rejected account (null clears one); only the changed review parts re-open")
                        .request(PayoutAccountViews.request(true)).response(PayoutAccountViews.PAYOUT_ACCOUNT)
                        .handle(this::edit),
                Route.post("/v1/payout_accounts/{id}/submit").access(MANAGE).tag("payout_accounts")
                        .summary("Send the account to review: pending_approval, due within 10 business days")
                        .response(PayoutAccountViews.PAYOUT_ACCOUNT)
                        .handle(ctx -> {
                            JsonBody.parse(json, ctx.body(), Set.of()).validate();
                            ctx.json(PayoutAccountViews.view(paydesk.submitPayoutAccount().submit(accountId(ctx), Requests.context(ctx))));
                        }),
                Route.post("/v1/payout_accounts/{id}/prefer").access(MANAGE).tag("payout_accounts")
                        .summary("Make this the account payouts in its currency go to: at once when active, on approval otherwise")
                        .response(PayoutAccountViews.PAYOUT_ACCOUNT)
                        .handle(ctx -> {
                            JsonBody.parse(json, ctx.body(), Set.of()).validate();
                            ctx.json(PayoutAccountViews.view(paydesk.preferPayoutAccount().prefer(accountId(ctx), Requests.context(ctx))));
                        }),
                Route.post("/v1/payout_accounts/{id}/reviews").access(Access.operator()).tag("payout_accounts")
                        .summary("Approve or reject one review part, with reasons from the catalogue when rejecting")
                        .request(Schemas.object(List.of("part", "decision"),
                                "part", Schemas.enumeration("bank_account", "local_entity"),
                                "decision", Schemas.enumeration("approve", "reject"),
                                "reasons", Schemas.arrayOf(Schemas.string())))
                        .response(PayoutAccountViews.PAYOUT_ACCOUNT)
                        .handle(this::review),
                Route.get("/v1/rejection_reasons").access(Access.anyPrincipal()).tag("payout_accounts")
                        .summary("The rejection-reason catalogue: code, part, English and Chinese text, and the fix")
                        .response(Schemas.object(List.of("data"), "data", Schemas.arrayOf(PayoutAccountViews.REJECTION_REASON)))
                        .handle(ctx -> ctx.json(Requests.list(paydesk.listRejectionReasons().list().stream()
                                .map(PayoutAccountViews::view).toList()))));
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), PayoutAccountRequest.FIELDS);
        PayoutAccountFields fields = PayoutAccountRequest.forCreate(body);
        body.validate();
        ctx.status(201).json(PayoutAccountViews.view(paydesk.createPayoutAccount().create(fields, Requests.context(ctx))));
    }

    private void edit(Context ctx) {
        PayoutAccountId id = accountId(ctx);
        JsonBody body = JsonBody.parse(json, ctx.body(), PayoutAccountRequest.FIELDS);
        PayoutAccountFields changes = PayoutAccountRequest.forEdit(body);
        body.validate();
        ctx.json(PayoutAccountViews.view(paydesk.editPayoutAccount().edit(id, changes, Requests.context(ctx))));
    }

    private void review(Context ctx) {
        PayoutAccountId id = accountId(ctx);
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("part", "decision", "reasons"));
        String part = body.requiredString("part");
        String decision = body.requiredString("decision");
        List<String> reasons = reasons(body);
        body.validate();
        ReviewPayoutAccountCommand command = ReviewPayoutAccountCommand.parse(id, part, decision, reasons);
        ctx.json(PayoutAccountViews.view(paydesk.reviewPayoutAccount().review(command, Requests.context(ctx))));
    }

    private void list(Context ctx) {
        PayoutAccountPage page = paydesk.listPayoutAccounts().list(new PageRequest(Requests.cursor(ctx), Requests.limit(ctx)), Requests.context(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.data().stream().map(PayoutAccountViews::view).toList());
        body.put("next_cursor", page.nextCursor());
        ctx.json(body);
    }

    /** The overdue list's cursor is {@code <due by>~<id>}, which the use case parses and checks. */
    private void listOverdue(Context ctx) {
        String cursor = ctx.queryParam("cursor");
        if (cursor != null && cursor.length() > MAX_CURSOR_LENGTH) {
            throw DomainException.validation("cursor", "invalid_cursor", "Query parameter 'cursor' is not a cursor this server issued.");
        }
        OverdueReviewPage page = paydesk.listOverduePayoutAccountReviews().list(new PageRequest(cursor, Requests.limit(ctx)), Requests.context(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.data().stream().map(PayoutAccountViews::view).toList());
        body.put("next_cursor", page.nextCursor());
        ctx.json(body);
    }

    private static List<String> reasons(JsonBody body) {
        JsonNode node = body.node("reasons");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            body.addError("reasons", "must_be_array", "Field 'reasons' must be an array of rejection-reason codes.");
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                body.addError("reasons", "must_be_array", "Field 'reasons' must contain rejection-reason codes (strings) only.");
                return List.of();
            }
            codes.add(item.asText());
        }
        return codes;
    }

    /** An id that cannot be an account's is simply not found (it is not echoed: it could be anything the caller typed). */
    private static PayoutAccountId accountId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!PrefixedId.isValid(id, PayoutAccountId.PREFIX)) {
            throw DomainException.notFound("payout account");
        }
        return new PayoutAccountId(id);
    }
}
