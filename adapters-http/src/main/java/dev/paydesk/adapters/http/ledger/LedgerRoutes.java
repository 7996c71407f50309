package dev.paydesk.adapters.http.ledger;

import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.ledger.CheckLedger;
import dev.paydesk.domain.ledger.LedgerCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ledger routes: the invariant check for operators. */
public final class LedgerRoutes implements RouteGroup {
    private final CheckLedger checkLedger;

    public LedgerRoutes(CheckLedger checkLedger) {
        this.checkLedger = checkLedger;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/v1/ledger/check").access(Access.operator()).tag("ledger")
                .summary("Prove balance = Σ postings for every account and Σ postings = 0 for every entry")
                .response(Schemas.object(List.of("balanced", "entries", "accounts"),
                        "balanced", Schemas.bool(), "entries", Schemas.integer(), "accounts", Schemas.integer(),
                        "discrepancies", Schemas.arrayOf(Schemas.string())))
                .handle(ctx -> ctx.json(body(checkLedger.check()))));
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
