package dev.paydesk.adapters.http.routing;

import dev.paydesk.adapters.http.problem.ApiException;
import dev.paydesk.application.idempotency.RunIdempotently;
import dev.paydesk.application.identity.Authenticate;
import dev.paydesk.application.shared.UnitOfWork;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.shared.FieldError;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Wraps every route's handler: authenticate the key, check the route's access rule, then handle —
 * through the idempotency guard when a POST carries an {@code Idempotency-Key}.
 */
public final class AccessGuard {
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    /** Runs one request's work so that authenticating it and its command share a database connection. */
    @FunctionalInterface
    public interface RequestScope {
        void serve(UnitOfWork.Task request) throws Exception;
    }

    private final Authenticate authenticate;
    private final RunIdempotently runIdempotently;
    private final RequestScope scope;

    public AccessGuard(Authenticate authenticate, RunIdempotently runIdempotently, RequestScope scope) {
        this.authenticate = authenticate;
        this.runIdempotently = runIdempotently;
        this.scope = scope;
    }

    public Handler guard(Route route) {
        return ctx -> scope.serve(() -> handle(route, ctx));
    }

    private void handle(Route route, Context ctx) throws Exception {
        ctx.attribute(RequestAttributes.ROUTE, route.path());
        // Read the body now even if the route ignores it (a job run, an approval): a response sent while part of the
        // body is still on its way makes the server close the connection, and a client that reuses it gets no reply.
        ctx.bodyAsBytes();
        Principal principal = null;
        if (route.access().requiresKey()) {
            principal = authenticate(ctx);
            ctx.attribute(Principals.ATTRIBUTE, principal);
            if (!route.access().allows(principal)) {
                throw ApiException.forbidden(route.access() instanceof Access.Operator
                        ? "This endpoint is for operators."
                        : "This key lacks the permission this endpoint needs (" + route.access().description() + ").");
            }
        }
        refuseUnreadQueryParameters(route, ctx);
        String idempotencyKey = ctx.header(IDEMPOTENCY_HEADER);
        if (principal != null && idempotencyKey != null && route.method() == HandlerType.POST) {
            handleIdempotently(ctx, route, principal, idempotencyKey);
        } else {
            route.handler().handle(ctx);
        }
    }

    /**
     * On a route that reads query parameters, one it does not read would be ignored without a word: a misspelt filter
     * would list everything. Routes that read none ignore any (a probe's or a cache-buster's), as do empty names
     * ({@code ?limit=10&}).
     */
    private static void refuseUnreadQueryParameters(Route route, Context ctx) {
        if (route.queryParameters().isEmpty()) {
            return;
        }
        List<FieldError> unread = ctx.queryParamMap().keySet().stream().filter(name -> !name.isBlank() && !route.readsQueryParameter(name)).sorted()
                .map(name -> new FieldError(name, "not_allowed", "Query parameter '" + name + "' is not accepted here."))
                .toList();
        if (!unread.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "The request has " + unread.size() + " query parameter(s) this endpoint does not accept.", unread);
        }
    }

    private void handleIdempotently(Context ctx, Route route, Principal principal, String key) {
        String requestHash = sha256(ctx.method().name() + " " + ctx.path() + "\n" + ctx.body());
        RunIdempotently.Response response = runIdempotently.run(principal.id(), key, requestHash, () -> {
            try {
                route.handler().handle(ctx);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return RunIdempotently.Response.of(ctx.statusCode(), ctx.result());
        });
        ctx.status(response.status()).contentType("application/json").result(response.body() == null ? "" : response.body());
        if (response.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
    }

    private Principal authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized();
        }
        return authenticate.byApiKey(header.substring(7).trim()).orElseThrow(ApiException::unauthorized);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
