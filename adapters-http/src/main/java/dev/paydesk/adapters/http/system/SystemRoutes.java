package dev.paydesk.adapters.http.system;

import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Health, the OpenAPI document and Prometheus metrics: no key needed. */
public final class SystemRoutes implements RouteGroup {
    private final Supplier<Map<String, Object>> openApi;
    private final PrometheusMeterRegistry metrics;

    public SystemRoutes(Supplier<Map<String, Object>> openApi, PrometheusMeterRegistry metrics) {
        this.openApi = openApi;
        this.metrics = metrics;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/health").access(Access.publicRoute()).summary("Liveness: the server answers")
                        .response(Schemas.object(List.of("status"), "status", Schemas.enumeration("ok")))
                        .handle(ctx -> ctx.json(Map.of("status", "ok"))),
                Route.get("/openapi.json").access(Access.publicRoute()).summary("This OpenAPI 3.1 document")
                        .handle(ctx -> ctx.json(openApi.get())),
                Route.get("/metrics").access(Access.publicRoute()).summary("Prometheus metrics: requests per route, latency, pool, JVM")
                        .produces("text/plain").response(Schemas.string())
                        .handle(ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape())));
    }
}
