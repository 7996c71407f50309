package dev.paydesk.adapters.http.routing;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP route: method, path, who may call it, and what the OpenAPI document says of it. The
 * server registers routes and the document describes them from the same table, and a test
 * compares both with what Javalin really serves.
 *
 * @param requestSchema  JSON Schema of the body, or null when the route takes none
 * @param responseSchema JSON Schema of the success body
 */
public record Route(HandlerType method, String path, Access access, String tag, String summary, int successStatus,
                    Map<String, Object> requestSchema, Map<String, Object> responseSchema, String responseContentType,
                    Handler handler) {

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(responseContentType, "responseContentType");
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
            return new Route(method, path, access, tag, summary, successStatus, requestSchema, responseSchema, responseContentType, handler);
        }
    }
}
