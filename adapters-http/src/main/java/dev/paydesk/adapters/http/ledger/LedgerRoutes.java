package dev.paydesk.adapters.http.ledger;

import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.application.ledger.CheckLedger;
import dev.paydesk.application.ledger.ViewBalances;
import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.MerchantBalances;
import dev.paydesk.domain.ledger.LedgerCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ledger routes: the invariant check for operators. */
public final class LedgerRoutes implements RouteGroup {
    private final CheckLedger checkLedger;
    private final ViewBalances viewBalances;

    public LedgerRoutes(CheckLedger checkLedger, ViewBalances viewBalances) {
        this.checkLedger = checkLedger;
        this.viewBalances = viewBalances;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/v1/ledger/check").access(Access.operator()).tag("ledger")
                .summary("Prove balance = Σ postings for every account and Σ postings = 0 for every entry")
                .response(Schemas.object(List.of("balanced", "entries", "accounts"),
                        "balanced", Schemas.bool(), "entries", Schemas.integer(), "accounts", Schemas.integer(),
                        "discrepancies", Schemas.arrayOf(Schemas.string())))
                .handle(ctx -> ctx.json(body(checkLedger.check()))),
                Route.get("/v1/balances").access(Access.merchant(Permission.BALANCES_READ)).tag("ledger")
                        .summary("Your balances per currency: shop, main, reserve, refunds_in_flight, disputes_held, payout_in_transit")
                        .response(Schemas.object(List.of("data"), "data", Schemas.arrayOf(Schemas.object(
                                List.of("currency", "shop", "main", "reserve", "refunds_in_flight", "disputes_held", "payout_in_transit"),
                                "currency", Schemas.string(), "shop", Schemas.integer(), "main", Schemas.integer(), "reserve", Schemas.integer(),
                                "refunds_in_flight", Schemas.integer(), "disputes_held", Schemas.integer(), "payout_in_transit", Schemas.integer()))))
                        .handle(ctx -> ctx.json(Requests.list(viewBalances.view(Requests.context(ctx)).stream().map(LedgerRoutes::view).toList()))));
    }

    private static Map<String, Object> view(MerchantBalances balances) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currency", balances.currency().getCurrencyCode());
        for (MerchantAccountType type : MerchantAccountType.values()) {
            body.put(type.code(), balances.of(type).minorUnits());
        }
        return body;
    }

    private static Map<String, Object> body(LedgerCheck check) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("balanced", check.balanced());
        body.put("entries", check.entries());
        body.put("accounts", check.accounts());
        body.put("discrepancies", check.discrepancies());
        return body;
    }
}
