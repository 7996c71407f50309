package dev.paydesk.adapters.http.diagnostics;

import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.diagnostics.ProbeWrite;
import java.util.List;
import java.util.Map;

/** Operator diagnostics. */
public final class DiagnosticsRoutes implements RouteGroup {
    private final ProbeWrite probeWrite;

    public DiagnosticsRoutes(ProbeWrite probeWrite) {
        this.probeWrite = probeWrite;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.post("/v1/diagnostics/write_probe").access(Access.operator()).tag("diagnostics").status(201)
                .summary("Authenticate and insert one row: database write latency, and the load benchmark's floor")
                .response(Schemas.object(List.of("id"), "id", Schemas.string()))
                .handle(ctx -> ctx.status(201).json(Map.of("id", probeWrite.probe(Requests.context(ctx))))));
    }
}
