package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document and the routes Javalin really dispatches must agree, both ways, and
 * each documented operation must answer on the running server with its documented security.
 */
class OpenApiMatchesServerTest {
    private static final Set<HandlerType> HTTP_METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
    private static TestServer server;
    private static Fixtures.MerchantFixture merchant;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        merchant = new Fixtures(server).merchant();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Set<String> servedOperations() {
        Set<String> served = new TreeSet<>();
        for (ParsedEndpoint parsed : server.server().http().javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (HTTP_METHODS.contains(parsed.endpoint.method)) {
                served.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
            }
        }
        return served;
    }

    static Set<String> documentedOperations(JsonNode document) {
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = document.path("paths").path(path).fieldNames(); methods.hasNext(); ) {
                documented.add(methods.next().toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        return documented;
    }

    @Test
    void everyServedRouteIsDocumentedAndEveryDocumentedRouteIsServed() {
        JsonNode document = server.get("/openapi.json", null).json();
        assertThat(documentedOperations(document)).isEqualTo(servedOperations()).isNotEmpty();
    }

    @Test
    void theComparisonNoticesARouteMissingFromTheDocument() {
        JsonNode document = server.get("/openapi.json", null).json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) document.path("paths")).remove("/v1/ledger/check");
        assertThat(documentedOperations(document)).isNotEqualTo(servedOperations());
    }

    @Test
    void documentedSecurityMatchesWhatTheServerDemands() {
        JsonNode paths = server.get("/openapi.json", null).json().path("paths");
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            JsonNode get = paths.path(path).path("get");
            if (get.isMissingNode() || path.contains("{")) {
                continue;
            }
            boolean needsKey = !get.path("security").isEmpty();
            int status = server.get(path, null).status();
            if (needsKey) {
                assertThat(status).as("GET %s without a key", path).isEqualTo(401);
            } else {
                assertThat(status).as("GET %s without a key", path).isEqualTo(Integer.parseInt(get.path("responses").fieldNames().next()));
            }
        }
    }

    /** A GET of the document's path as someone it admits: the operator, or else the merchant's admin. */
    private static TestServer.Response getAsAdmitted(String pathAndQuery) {
        TestServer.Response asOperator = server.get(pathAndQuery, TestServer.OPERATOR_KEY);
        return asOperator.status() == 403 ? server.get(pathAndQuery, merchant.adminKey()) : asOperator;
    }

    private static List<String> notAllowedFields(TestServer.Response response) {
        List<String> fields = new ArrayList<>();
        if (response.header("Content-Type") == null || !response.header("Content-Type").contains("json")) {
            return fields; // /metrics: Prometheus text
        }
        response.json().path("errors").forEach(error -> {
            if (error.path("code").asText().equals("not_allowed")) {
                fields.add(error.path("field").asText());
            }
        });
        return fields;
    }

    /** A value of the parameter's schema; whether the route then accepts the value is not what this test asks. */
    private static String sampleOf(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        if (schema.path("format").asText().equals("date-time")) {
            return "2026-01-01T00:00:00Z";
        }
        return schema.path("type").asText().equals("integer") ? "20" : "x";
    }

    @Test
    void everyDocumentedQueryParameterIsReadAndAnyOtherIsRefusedNamingIt() {
        JsonNode paths = server.get("/openapi.json", null).json().path("paths");
        int checked = 0;
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            if (paths.path(path).path("get").isMissingNode()) {
                continue;
            }
            JsonNode parameters = paths.path(path).path("get").path("parameters");
            String servedPath = path.replace("{country}", "NG");
            if (servedPath.contains("{")) {
                assertThat(parameters.findValuesAsText("in")).as("%s: give its path a sample here", path).doesNotContain("query");
                continue;
            }
            for (JsonNode parameter : parameters) {
                if (parameter.path("in").asText().equals("query")) {
                    String name = parameter.path("name").asText();
                    TestServer.Response response = getAsAdmitted(servedPath + "?" + name + "=" + sampleOf(parameter.path("schema")));
                    assertThat(response.status()).as("GET %s?%s", path, name).isLessThan(500);
                    assertThat(notAllowedFields(response)).as("GET %s?%s", path, name).isEmpty();
                    checked++;
                }
            }
            TestServer.Response unknown = getAsAdmitted(servedPath + "?not_a_parameter=1");
            if (parameters.findValuesAsText("in").contains("query")) {
                assertThat(unknown.status()).as("GET %s?not_a_parameter=1", path).isEqualTo(422);
                assertThat(notAllowedFields(unknown)).as("GET %s?not_a_parameter=1", path).containsExactly("not_a_parameter");
            } else {
                assertThat(notAllowedFields(unknown)).as("GET %s?not_a_parameter=1: a route that reads none ignores any", path).isEmpty();
            }
        }
        assertThat(checked).as("documented query parameters").isGreaterThanOrEqualTo(20);
    }

    @Test
    void aMisspeltFilterIsRefusedNamingItAndEmptyPiecesOfAQueryAreNot() {
        TestServer.Response misspelt = server.get("/v1/transactions?stauts=completed", merchant.adminKey());
        assertThat(misspelt.status()).isEqualTo(422);
        assertThat(misspelt.problemCode()).isEqualTo("validation_failed");
        assertThat(misspelt.json().path("errors").get(0).path("field").asText()).isEqualTo("stauts");
        assertThat(server.get("/v1/transactions?&status=completed&", merchant.adminKey()).status()).as("empty pieces of a query").isEqualTo(200);
    }

    @Test
    void everyPostDocumentsAConflictAndARefundOrDisputeForAnUnseenTransactionDocumentsNotFound() {
        JsonNode paths = server.get("/openapi.json", null).json().path("paths");
        int posts = 0;
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            JsonNode post = paths.path(path).path("post");
            if (!post.isMissingNode()) {
                assertThat(post.path("responses").has("409")).as("POST %s: idempotency_conflict", path).isTrue();
                posts++;
            }
        }
        assertThat(posts).isGreaterThan(10);
        assertThat(paths.path("/v1/refunds").path("post").path("responses").has("404")).isTrue();
        assertThat(paths.path("/v1/disputes").path("post").path("responses").has("404")).isTrue();
        assertThat(paths.path("/v1/transactions").path("post").path("responses").has("404")).as("no id in its path or body to miss").isFalse();
    }
}
