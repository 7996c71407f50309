package dev.paydesk.adapters.http.audit;

import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.audit.VerifyAuditLog;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.audit.ChainedAuditEvent;
import dev.paydesk.domain.identity.Permission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit log: operators see all of it, merchant users (reports.read) their merchant's rows. */
public final class AuditRoutes implements RouteGroup {
    private static final Map<String, Object> EVENT = Schemas.object(List.of("id", "occurred_at", "actor_type", "actor_id", "command",
                    "object_type", "object_id", "to_state"),
            "id", Schemas.string(), "occurred_at", Schemas.string("date-time"), "actor_type", Schemas.enumeration("operator", "merchant_user"),
            "actor_id", Schemas.string(), "merchant_id", Map.of("type", List.of("string", "null")), "command", Schemas.string(),
            "object_type", Schemas.string(), "object_id", Schemas.string(), "from_state", Map.of("type", List.of("string", "null")),
            "to_state", Schemas.string(), "request_id", Map.of("type", List.of("string", "null")),
            "chain", Schemas.string(), "chain_index", Schemas.integer(), "hash", Schemas.string());

    private final Paydesk paydesk;

    public AuditRoutes(Paydesk paydesk) {
        this.paydesk = paydesk;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/v1/audit_events").access(Access.operatorOrMerchant(Permission.REPORTS_READ)).tag("audit")
                        .summary("The audit log, newest first (a merchant sees only its own rows)")
                        .paged().response(Schemas.page(EVENT))
                        .handle(ctx -> ctx.json(Requests.page(paydesk.listAuditEvents().list(Requests.context(ctx), Requests.cursor(ctx), Requests.limit(ctx)), AuditRoutes::view))),
                Route.get("/v1/audit_events/verification").access(Access.operator()).tag("audit")
                        .summary("Verify the hash chains: every edited, deleted or reordered row is reported")
                        .response(Schemas.object(List.of("intact", "events", "chains", "broken"), "intact", Schemas.bool(),
                                "events", Schemas.integer(), "chains", Schemas.integer(), "broken", Schemas.arrayOf(Schemas.string())))
                        .handle(ctx -> {
                            VerifyAuditLog.Result result = paydesk.verifyAuditLog().verify();
                            Map<String, Object> body = new LinkedHashMap<>();
                            body.put("intact", result.intact());
                            body.put("events", result.events());
                            body.put("chains", result.chains());
                            body.put("broken", result.broken());
                            ctx.json(body);
                        }));
    }

    private static Map<String, Object> view(ChainedAuditEvent row) {
        AuditEvent event = row.event();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", event.id());
        view.put("occurred_at", event.occurredAt());
        view.put("actor_type", event.actorType());
        view.put("actor_id", event.actorId());
        view.put("merchant_id", event.merchantId());
        view.put("command", event.command());
        view.put("object_type", event.objectType());
        view.put("object_id", event.objectId());
        view.put("from_state", event.fromState());
        view.put("to_state", event.toState());
        view.put("request_id", event.requestId());
        view.put("chain", row.chain());
        view.put("chain_index", row.index());
        view.put("hash", row.hash());
        return view;
    }
}
