package dev.paydesk.adapters.http.routing;

import java.util.List;

/** The routes of one feature, declared in one place. */
public interface RouteGroup {
    List<Route> routes();
}
