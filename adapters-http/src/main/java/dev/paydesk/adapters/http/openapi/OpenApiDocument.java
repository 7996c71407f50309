package dev.paydesk.adapters.http.openapi;

import dev.paydesk.adapters.http.routing.Route;
import dev.paydesk.adapters.http.routing.Schemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3.1 document, generated from the same route table the server registers. */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");

    private OpenApiDocument() {
    }

    public static Map<String, Object> describe(List<Route> routes, String version) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.1.0");
        document.put("info", Map.of(
                "title", "Paydesk API",
                "version", version,
                "description", "Merchant-payments back office: refunds with four-eyes approval, disputes, settlement, payouts, over a double-entry ledger. Money is integer minor units with an ISO 4217 currency."));
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        for (Route route : routes) {
            paths.computeIfAbsent(route.openApiPath(), p -> new LinkedHashMap<>())
                    .put(route.method().name().toLowerCase(Locale.ROOT), operation(route));
        }
        document.put("paths", paths);
        document.put("components", Map.of(
                "securitySchemes", Map.of("apiKey", Map.of("type", "http", "scheme", "bearer", "description", "An operator or merchant user API key.")),
                "schemas", Map.of("Problem", problemSchema())));
        return document;
    }

    private static Map<String, Object> operation(Route route) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("operationId", operationId(route));
        operation.put("summary", route.summary());
        operation.put("tags", List.of(route.tag()));
        operation.put("x-paydesk-access", route.access().description());
        List<Object> parameters = new ArrayList<>();
        Matcher matcher = PATH_PARAM.matcher(route.path());
        while (matcher.find()) {
            parameters.add(Map.of("name", matcher.group(1), "in", "path", "required", true, "schema", Schemas.string()));
        }
        for (Route.QueryParameter query : route.queryParameters()) {
            parameters.add(Map.of("name", query.name(), "in", "query", "required", false, "schema", query.schema(), "description", query.description()));
        }
        if (route.method().name().equals("POST")) {
            parameters.add(Map.of("name", "Idempotency-Key", "in", "header", "required", false, "schema", Schemas.string(),
                    "description", "Same key and body replay the first response; same key with another body is refused (409 idempotency_conflict)."));
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        if (route.requestSchema() != null) {
            operation.put("requestBody", Map.of("required", true, "content", Map.of("application/json", Map.of("schema", route.requestSchema()))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(String.valueOf(route.successStatus()), Map.of("description", "Success",
                "content", Map.of(route.responseContentType(), Map.of("schema", route.responseSchema()))));
        Map<String, Object> problem = Map.of("description", "Problem (RFC 9457)",
                "content", Map.of("application/problem+json", Map.of("schema", Schemas.ref("Problem"))));
        if (route.access().requiresKey()) {
            operation.put("security", List.of(Map.of("apiKey", List.of())));
            responses.put("401", problem);
            responses.put("403", problem);
        } else {
            operation.put("security", List.of());
        }
        if (route.requestSchema() != null) {
            responses.put("400", problem);
        }
        if (route.requestSchema() != null || !route.queryParameters().isEmpty()) {
            responses.put("422", problem);
        }
        if (route.path().contains("{")) {
            responses.put("404", problem);
        }
        if (route.method().name().equals("POST")) {
            responses.put("409", problem); // idempotency_conflict; invalid_state for a transition
        }
        route.problemStatuses().forEach(status -> responses.putIfAbsent(String.valueOf(status), problem));
        responses.put("default", problem);
        operation.put("responses", responses);
        return operation;
    }

    private static String operationId(Route route) {
        String[] segments = route.path().replaceAll("[{}]", "").split("[/_.]");
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
        for (String segment : segments) {
            if (!segment.isEmpty() && !segment.equals("v1")) {
                id.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        return id.toString();
    }

    private static Map<String, Object> problemSchema() {
        return Schemas.object(List.of("type", "title", "status", "code"),
                "type", Schemas.string("uri"),
                "title", Schemas.string(),
                "status", Schemas.integer(),
                "detail", Schemas.string(),
                "code", Schemas.string(),
                "errors", Schemas.arrayOf(Schemas.object(List.of("field", "code", "message"),
                        "field", Schemas.string(), "code", Schemas.string(), "message", Schemas.string())),
                "request_id", Schemas.string());
    }
}
