package dev.paydesk.adapters.http.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.JsonBody;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.Paydesk;
import dev.paydesk.application.agent.ListAgents;
import dev.paydesk.application.agent.RegisterAgent;
import dev.paydesk.domain.agent.Agent;
import dev.paydesk.domain.agent.AgentId;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.PrefixedId;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Local representatives (agents) per country, managed by operators (SPEC §12). */
public final class AgentRoutes implements RouteGroup {
    private static final String[] COUNTRIES = {"NG", "GH", "KE", "SN", "CI", "UG"};
    static final Map<String, Object> AGENT = Schemas.object(List.of("id", "country", "name", "status"),
            "id", Schemas.string(), "country", Schemas.enumeration(COUNTRIES), "name", Schemas.string(),
            "status", Schemas.enumeration("pending", "approved", "suspended"));

    private final Paydesk paydesk;
    private final ObjectMapper json;

    public AgentRoutes(Paydesk paydesk, ObjectMapper json) {
        this.paydesk = paydesk;
        this.json = json;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/v1/agents").access(Access.operator()).tag("agents").status(201)
                        .summary("Register a local representative for one country; pending until approved")
                        .request(Schemas.object(List.of("country", "name"), "country", Schemas.enumeration(COUNTRIES), "name", Schemas.string()))
                        .response(AGENT).handle(this::register),
                Route.get("/v1/agents").access(Access.operator()).tag("agents")
                        .summary("Agents, newest first; filter ?country=")
                        .query("country", Schemas.string(), "Only the agents of this country (NG, GH, KE, SN, CI, UG).")
                        .paged().response(Schemas.page(AGENT)).handle(this::list),
                Route.post("/v1/agents/{id}/approve").access(Access.operator()).tag("agents")
                        .summary("Approve an agent (or reinstate a suspended one): payout accounts may then name it")
                        .response(AGENT)
                        .handle(ctx -> {
                            JsonBody.parse(json, ctx.body(), Set.of()).validate();
                            ctx.json(view(paydesk.approveAgent().approve(agentId(ctx), Requests.context(ctx))));
                        }),
                Route.post("/v1/agents/{id}/suspend").access(Access.operator()).tag("agents")
                        .summary("Suspend an approved agent: accounts naming it fail the agent check until it is approved again")
                        .response(AGENT)
                        .handle(ctx -> {
                            JsonBody.parse(json, ctx.body(), Set.of()).validate();
                            ctx.json(view(paydesk.suspendAgent().suspend(agentId(ctx), Requests.context(ctx))));
                        }));
    }

    private void register(Context ctx) {
        JsonBody body = JsonBody.parse(json, ctx.body(), Set.of("country", "name"));
        String country = body.requiredString("country");
        String name = body.requiredString("name");
        body.validate();
        Agent agent = paydesk.registerAgent().register(new RegisterAgent.Command(country, name), Requests.context(ctx));
        ctx.status(201).json(view(agent));
    }

    private void list(Context ctx) {
        ListAgents.Query query = new ListAgents.Query(ctx.queryParam("country"), Requests.cursor(ctx), Requests.limit(ctx));
        var page = paydesk.listAgents().list(query, Requests.context(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.data().stream().map(AgentRoutes::view).toList());
        body.put("next_cursor", page.nextCursor());
        ctx.json(body);
    }

    private static AgentId agentId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!PrefixedId.isValid(id, AgentId.PREFIX)) {
            throw DomainException.notFound("agent");
        }
        return new AgentId(id);
    }

    static Map<String, Object> view(Agent agent) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", agent.id().value());
        view.put("country", agent.country());
        view.put("name", agent.name());
        view.put("status", agent.status().code());
        return view;
    }
}
