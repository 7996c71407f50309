package dev.paydesk.adapters.http.routing;

import dev.paydesk.application.shared.Page;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One HTTP route: method, path, who may call it, and what the OpenAPI document says of it. The
 * server registers routes and the document describes them from the same table, and a test
 * compares both with what Javalin really serves.
 *
 * @param queryParameters the query parameters the route reads; when there are some, any other is refused before its
 *                        handler runs
 * @param requestSchema   JSON Schema of the body, or null when the route takes none
 * @param responseSchema  JSON Schema of the success body
 * @param problemStatuses statuses of problems the route may answer beyond those its shape implies (a 404 for an id in
 *                        the body)
 */
public record Route(HandlerType method, String path, Access access, String tag, String summary, int successStatus,
                    List<QueryParameter> queryParameters, Map<String, Object> requestSchema, Map<String, Object> responseSchema,
                    String responseContentType, Set<Integer> problemStatuses, Handler handler) {

    /** A query parameter a route reads: its name, JSON Schema and meaning, for the OpenAPI document. */
    public record QueryParameter(String name, Map<String, Object> schema, String description) {
        public QueryParameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(description, "description");
        }
    }

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(responseContentType, "responseContentType");
        queryParameters = List.copyOf(queryParameters);
        problemStatuses = Set.copyOf(problemStatuses);
    }

    /** Whether the route reads a query parameter of this name. */
    public boolean readsQueryParameter(String name) {
        return queryParameters.stream().anyMatch(parameter -> parameter.name().equals(name));
    }

    public static Builder get(String path) {
        return new Builder(HandlerType.GET, path);
    }

    public static Builder post(String path) {
        return new Builder(HandlerType.POST, path);
    }

    public static Builder put(String path) {
        return new Builder(HandlerType.PUT, path);
    }

    public static Builder patch(String path) {
        return new Builder(HandlerType.PATCH, path);
    }

    /** The path in OpenAPI form: {@code /v1/refunds/{id}}; Javalin uses the same braces. */
    public String openApiPath() {
        return path;
    }

    public static final class Builder {
        private final HandlerType method;
        private final String path;
        private Access access;
        private String tag = "system";
        private String summary;
        private int successStatus = 200;
        private Map<String, Object> requestSchema;
        private Map<String, Object> responseSchema = Map.of("type", "object");
        private String responseContentType = "application/json";
        private final List<QueryParameter> queryParameters = new ArrayList<>();
        private final Set<Integer> problemStatuses = new TreeSet<>();

        private Builder(HandlerType method, String path) {
            this.method = method;
            this.path = path;
        }

        public Builder access(Access access) {
            this.access = access;
            return this;
        }

        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder status(int successStatus) {
            this.successStatus = successStatus;
            return this;
        }

        public Builder query(String name, Map<String, Object> schema, String description) {
            queryParameters.add(new QueryParameter(name, schema, description));
            return this;
        }

        /** The list conventions of API.md: {@code ?limit=} and {@code ?cursor=}. */
        public Builder paged() {
            return query("limit", Map.of("type", "integer", "minimum", 1, "maximum", Page.MAX_LIMIT, "default", Page.DEFAULT_LIMIT), "Items per page.")
                    .query("cursor", Schemas.string(), "The next_cursor of the previous page.");
        }

        /** A problem status the route may answer that its method, path and body do not imply. */
        public Builder problem(int status) {
            problemStatuses.add(status);
            return this;
        }

        public Builder request(Map<String, Object> schema) {
            this.requestSchema = schema;
            return this;
        }

        public Builder response(Map<String, Object> schema) {
            this.responseSchema = schema;
            return this;
        }

        public Builder produces(String contentType) {
            this.responseContentType = contentType;
            return this;
        }

        public Route handle(Handler handler) {
            return new Route(method, path, access, tag, summary, successStatus, queryParameters, requestSchema, responseSchema,
                    responseContentType, problemStatuses, handler);
        }
    }
}
