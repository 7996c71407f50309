package dev.paydesk.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.agent.AgentRoutes;
import dev.paydesk.adapters.http.audit.AuditRoutes;
import dev.paydesk.adapters.http.diagnostics.DiagnosticsRoutes;
import dev.paydesk.adapters.http.event.EventRoutes;
import dev.paydesk.adapters.http.dispute.DisputeRoutes;
import dev.paydesk.adapters.http.refund.RefundRoutes;
import dev.paydesk.adapters.http.transaction.TransactionRoutes;
import dev.paydesk.adapters.http.identity.IdentityRoutes;
import dev.paydesk.adapters.http.calendar.CalendarRoutes;
import dev.paydesk.adapters.http.job.JobRoutes;
import dev.paydesk.adapters.http.settlement.SettlementRoutes;
import dev.paydesk.adapters.http.ledger.LedgerRoutes;
import dev.paydesk.adapters.http.merchant.MerchantRoutes;
import dev.paydesk.adapters.http.openapi.OpenApiDocument;
import dev.paydesk.adapters.http.payoutaccount.PayoutAccountRoutes;
import dev.paydesk.adapters.http.problem.ApiException;
import dev.paydesk.adapters.http.problem.Problem;
import dev.paydesk.adapters.http.problem.ProblemMapper;
import dev.paydesk.adapters.http.routing.AccessGuard;
import dev.paydesk.adapters.http.routing.RequestAttributes;
import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.RouteGroup;
import dev.paydesk.adapters.http.system.SystemRoutes;
import dev.paydesk.application.Paydesk;
import dev.paydesk.domain.shared.DomainException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin server: registers the route table, maps every failure to an RFC 9457 problem, gives
 * every response a request id, writes one access-log line per request and records metrics.
 */
public final class HttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    private static final String VERSION = "0.1.0";

    private final List<Route> routes;
    private final ObjectMapper json = JsonMapping.objectMapper();
    private final AccessGuard guard;
    private final RequestObservability observability;
    private final HttpSettings settings;
    private Javalin app;

    public HttpServer(Paydesk paydesk, PrometheusMeterRegistry metrics, HttpSettings settings) {
        this.settings = settings;
        this.guard = new AccessGuard(paydesk.authenticate(), paydesk.runIdempotently(), paydesk::serveRequest);
        this.observability = new RequestObservability(metrics);
        AtomicReference<Map<String, Object>> openApi = new AtomicReference<>();
        List<Route> table = new ArrayList<>();
        for (RouteGroup group : List.of(
                new SystemRoutes(openApi::get, metrics),
                new LedgerRoutes(paydesk.checkLedger(), paydesk.viewBalances()),
                new TransactionRoutes(paydesk, json),
                new RefundRoutes(paydesk, json),
                new DisputeRoutes(paydesk, json),
                new EventRoutes(paydesk.listEvents()),
                new MerchantRoutes(paydesk, json),
                new IdentityRoutes(paydesk, json),
                new AgentRoutes(paydesk, json),
                new PayoutAccountRoutes(paydesk, json),
                new AuditRoutes(paydesk),
                new JobRoutes(paydesk.jobs()),
                new CalendarRoutes(paydesk, json),
                new SettlementRoutes(paydesk, json),
                new DiagnosticsRoutes(paydesk.probeWrite()))) {
            table.addAll(group.routes());
        }
        this.routes = List.copyOf(table);
        openApi.set(OpenApiDocument.describe(routes, VERSION));
    }

    public List<Route> routes() {
        return routes;
    }

    public ObjectMapper json() {
        return json;
    }

    public HttpServer start() {
        app = Javalin.create(this::configure).start(settings.host(), settings.port());
        return this;
    }

    /** Stops accepting connections, lets in-flight requests finish (up to the stop timeout), then returns. */
    public void stop() {
        if (app != null) {
            app.stop();
        }
    }

    public int port() {
        return app.port();
    }

    /** For tests that compare the document with what Javalin really serves. */
    public Javalin javalin() {
        return app;
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = settings.maxRequestBytes();
        config.jsonMapper(new JavalinJackson(json, false));
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(settings.stopTimeout().toMillis());
            server.insertHandler(new GracefulHandler());
        });
        config.requestLogger.http(observability::requestCompleted);
        config.routes.before(observability::requestStarted);
        for (Route route : routes) {
            config.routes.addHttpHandler(route.method(), route.path(), guard.guard(route));
        }
        config.routes.exception(DomainException.class, (refused, ctx) -> problem(ctx, ProblemMapper.fromDomain(refused)));
        config.routes.exception(ApiException.class, (refused, ctx) -> problem(ctx, refused.problem()));
        config.routes.exception(Exception.class, (failure, ctx) -> {
            // The path as the access log shows it: a client may have put an account number in it.
            LOG.error("request {} {} failed [request_id={}]", ctx.method(), RequestObservability.loggablePath(ctx, ctx.attribute(RequestAttributes.ROUTE)),
                    ctx.attribute(RequestAttributes.REQUEST_ID), failure);
            problem(ctx, ProblemMapper.internalError());
        });
        config.routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                // The path is not repeated: a client may have put an account number in it, and problems get logged.
                problem(ctx, Problem.of(404, "not_found", "Not found", "No route matches " + ctx.method() + " on this path.", List.of()));
            }
        });
        config.routes.error(405, ctx -> {
            if (!isProblem(ctx)) {
                problem(ctx, Problem.of(405, "method_not_allowed", "Method not allowed", ctx.method() + " is not allowed on this path.", List.of()));
            }
        });
        config.routes.error(413, ctx -> {
            if (!isProblem(ctx)) {
                problem(ctx, Problem.of(413, "payload_too_large", "Payload too large", "The request body is larger than " + settings.maxRequestBytes() + " bytes.", List.of()));
            }
        });
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }

    private void problem(Context ctx, Problem problem) {
        Problem withId = problem.withRequestId(ctx.attribute(RequestAttributes.REQUEST_ID));
        try {
            ctx.status(withId.status()).contentType(Problem.CONTENT_TYPE).result(json.writeValueAsString(withId));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
