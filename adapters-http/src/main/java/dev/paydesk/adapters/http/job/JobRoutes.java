package dev.paydesk.adapters.http.job;

import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.job.Jobs;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Operators run a background job by hand; it is the same code the scheduler runs. */
public final class JobRoutes implements RouteGroup {
    private final Jobs jobs;

    public JobRoutes(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.post("/v1/jobs/{name}/run").access(Access.operator()).tag("jobs")
                .summary("Run a background job now (" + String.join(", ", jobs.all().stream().map(job -> job.name()).toList()) + ")")
                .response(Schemas.object(List.of("name", "processed"), "name", Schemas.string(), "processed", Schemas.integer()))
                .handle(ctx -> {
                    String name = ctx.pathParam("name");
                    int processed = jobs.run(name);
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("name", name);
                    body.put("processed", processed);
                    ctx.json(body);
                }));
    }
}
