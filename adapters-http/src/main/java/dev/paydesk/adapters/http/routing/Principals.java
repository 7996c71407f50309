package dev.paydesk.adapters.http.routing;

import dev.paydesk.domain.identity.Principal;
import io.javalin.http.Context;

/** The authenticated principal of a request, put there by the access guard. */
public final class Principals {
    static final String ATTRIBUTE = "paydesk.principal";

    private Principals() {
    }

    public static Principal of(Context ctx) {
        Principal principal = ctx.attribute(ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("route without an authenticated principal: " + ctx.path());
        }
        return principal;
    }

    public static String idOrAnonymous(Context ctx) {
        Principal principal = ctx.attribute(ATTRIBUTE);
        return principal == null ? "-" : principal.id();
    }
}
