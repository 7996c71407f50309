package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paydesk.bootstrap.testing.TestServer;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.util.Iterator;
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

    @BeforeAll
    static void start() {
        server = TestServer.start();
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
}
