package dev.paydesk.adapters.http.event;

import dev.paydesk.adapters.http.routing.Access;
import dev.paydesk.adapters.http.routing.Requests;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.routing.Schemas;
import dev.paydesk.application.event.ListEvents;
import dev.paydesk.domain.event.DomainEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The merchant's domain events (the outbox), newest first. */
public final class EventRoutes implements RouteGroup {
    private static final Map<String, Object> EVENT = Schemas.object(List.of("id", "type", "object_id", "data", "created_at"),
            "id", Schemas.string(), "type", Schemas.string(), "object_id", Schemas.string(),
            "data", Map.of("type", "object"), "created_at", Schemas.string("date-time"));

    private final ListEvents listEvents;

    public EventRoutes(ListEvents listEvents) {
        this.listEvents = listEvents;
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/v1/events").access(Access.anyMerchant()).tag("events")
                .summary("Your merchant's events (refund.created, refund.completed, …), newest first")
                .paged().response(Schemas.page(EVENT))
                .handle(ctx -> ctx.json(Requests.page(listEvents.list(Requests.context(ctx), null, Requests.cursor(ctx), Requests.limit(ctx)),
                        EventRoutes::view))));
    }

    private static Map<String, Object> view(DomainEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.id());
        body.put("type", event.type());
        body.put("object_id", event.objectId());
        body.put("data", event.payload());
        body.put("created_at", event.occurredAt());
        return body;
    }
}
