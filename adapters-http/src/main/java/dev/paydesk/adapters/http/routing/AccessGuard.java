package dev.paydesk.adapters.http.routing;

import dev.paydesk.adapters.http.problem.ApiException;
import dev.paydesk.application.identity.Authenticate;
import dev.paydesk.domain.identity.Principal;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/** Wraps every route's handler: authenticate the key, check the route's access rule, then handle. */
public final class AccessGuard {
    private final Authenticate authenticate;

    public AccessGuard(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    public Handler guard(Route route) {
        return ctx -> {
            ctx.attribute(RequestAttributes.ROUTE, route.path());
            if (route.access().requiresKey()) {
                Principal principal = authenticate(ctx);
                ctx.attribute(Principals.ATTRIBUTE, principal);
                authorize(route.access(), principal);
            }
            route.handler().handle(ctx);
        };
    }

    private Principal authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized();
        }
        return authenticate.byApiKey(header.substring(7).trim()).orElseThrow(ApiException::unauthorized);
    }

    private static void authorize(Access access, Principal principal) {
        if (access instanceof Access.Operator && !(principal instanceof Principal.OperatorPrincipal)) {
            throw ApiException.forbidden("This endpoint is for operators.");
        }
    }
}
