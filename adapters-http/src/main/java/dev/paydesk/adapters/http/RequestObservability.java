package dev.paydesk.adapters.http;

import dev.paydesk.adapters.http.routing.Principals;
import dev.paydesk.adapters.http.routing.RequestAttributes;
import dev.paydesk.domain.shared.PrefixedId;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request id on every response (the client's {@code X-Request-Id} when well-formed, else a new one),
 * one access-log line per request, and the {@code http.server.requests} timer per route template.
 * The access log never contains headers, bodies or query strings, and a path only when it matched a
 * route and each of its parameters has the shape of a Paydesk id: a client may put anything in a
 * URL, an account number included, so keys and account numbers cannot leak into it.
 */
final class RequestObservability {
    static final String HEADER = "X-Request-Id";
    private static final Logger ACCESS = LoggerFactory.getLogger("paydesk.access");
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeterRegistry metrics;
    /** One timer per (method, route, status), built once: registering on every request costs a registry lookup and a builder. */
    private final java.util.concurrent.ConcurrentMap<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    RequestObservability(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void requestStarted(Context ctx) {
        String offered = ctx.header(HEADER);
        String id = offered != null && CLIENT_ID.matcher(offered).matches() ? offered : newId();
        ctx.attribute(RequestAttributes.REQUEST_ID, id);
        ctx.header(HEADER, id);
    }

    void requestCompleted(Context ctx, Float millis) {
        String route = ctx.attribute(RequestAttributes.ROUTE);
        String routeTag = route == null ? "unmatched" : route;
        long nanos = (long) (millis * 1_000_000L);
        String method = ctx.method().name();
        int status = ctx.statusCode();
        timers.computeIfAbsent(method + " " + routeTag + " " + status, key -> Timer.builder("http.server.requests")
                        .description("HTTP requests by route template, method and status")
                        .tag("method", method)
                        .tag("route", routeTag)
                        .tag("status", String.valueOf(status))
                        .publishPercentileHistogram()
                        .register(metrics))
                .record(nanos, TimeUnit.NANOSECONDS);
        if (ACCESS.isInfoEnabled()) {
            ACCESS.info("{} {} route={} status={} duration_ms={} principal={} request_id={}",
                    ctx.method().name(), loggablePath(ctx, route), routeTag, ctx.statusCode(), millisWithTwoDecimals(nanos),
                    Principals.idOrAnonymous(ctx), ctx.attribute(RequestAttributes.REQUEST_ID));
        }
    }

    /** The request's path; its route template when a parameter is not shaped like an id; "-" when no route matched. */
    static String loggablePath(Context ctx, String route) {
        if (route == null) {
            return "-";
        }
        for (String value : ctx.pathParamMap().values()) {
            if (!looksLikeId(value)) {
                return route;
            }
        }
        return ctx.path();
    }

    /** {@code mer_01J…}: lower-case letters, an underscore, then what {@link PrefixedId} accepts. */
    static boolean looksLikeId(String value) {
        int underscore = value.indexOf('_');
        if (underscore < 1) {
            return false;
        }
        for (int i = 0; i < underscore; i++) {
            char c = value.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return PrefixedId.isValid(value, value.substring(0, underscore + 1));
    }

    /** "12.41" without {@code String.format}, which showed in the profile of every request. */
    static String millisWithTwoDecimals(long nanos) {
        long hundredths = (nanos + 5_000) / 10_000;
        long fraction = hundredths % 100;
        return (hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
    }

    private static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "req_" + HexFormat.of().formatHex(bytes);
    }
}
