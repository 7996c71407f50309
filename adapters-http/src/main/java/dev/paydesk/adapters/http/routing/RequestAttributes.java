package dev.paydesk.adapters.http.routing;

/** Names of the request attributes the HTTP adapter keeps for logging and metrics. */
public final class RequestAttributes {
    public static final String ROUTE = "paydesk.route";
    public static final String REQUEST_ID = "paydesk.request_id";

    private RequestAttributes() {
    }
}
