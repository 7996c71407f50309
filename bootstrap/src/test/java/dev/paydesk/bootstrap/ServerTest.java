package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.bootstrap.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real server on a random port: health, problems for every kind of failure, request ids, metrics. */
class ServerTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthAnswersWithoutAKey() {
        TestServer.Response response = server.get("/health", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void everyResponseCarriesARequestId() {
        assertThat(server.get("/health", null).header("X-Request-Id")).startsWith("req_");
        assertThat(server.get("/nowhere", null).header("X-Request-Id")).startsWith("req_");
    }

    @Test
    void aWellFormedClientRequestIdIsEchoedAndAMalformedOneReplaced() {
        assertThat(server.send(server.request("/health", null).header("X-Request-Id", "client-id-12345")).header("X-Request-Id"))
                .isEqualTo("client-id-12345");
        assertThat(server.send(server.request("/health", null).header("X-Request-Id", "bad id with spaces")).header("X-Request-Id"))
                .startsWith("req_");
    }

    @Test
    void anUnknownRouteIsAProblemNotAnHtmlPage() {
        TestServer.Response response = server.get("/v1/nothing-here", TestServer.OPERATOR_KEY);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.problemCode()).isEqualTo("not_found");
        assertThat(response.json().path("request_id").asText()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void aWrongMethodIsAProblem() {
        TestServer.Response response = server.send("DELETE", "/health", null, null);
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.problemCode()).isEqualTo("method_not_allowed");
    }

    @Test
    void operatorRoutesNeedAValidKey() {
        assertThat(server.get("/v1/ledger/check", null).problemCode()).isEqualTo("unauthorized");
        assertThat(server.get("/v1/ledger/check", null).status()).isEqualTo(401);
        assertThat(server.get("/v1/ledger/check", "pdk_op_notAKeyThatExists000000000000000000000000").status()).isEqualTo(401);
        assertThat(server.send(server.request("/v1/ledger/check", null).header("Authorization", "Basic abc")).status()).isEqualTo(401);
    }

    @Test
    void theLedgerCheckReportsABalancedEmptyLedger() {
        TestServer.Response response = server.get("/v1/ledger/check", TestServer.OPERATOR_KEY);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("balanced").asBoolean()).isTrue();
        assertThat(response.json().path("entries").isIntegralNumber()).isTrue();
        assertThat(response.json().path("accounts").isIntegralNumber()).isTrue();
    }

    @Test
    void metricsArePrometheusTextWithRequestsPerRoutePoolAndJvm() {
        server.get("/health", null);
        TestServer.Response response = server.get("/metrics", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.body())
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/health\",status=\"200\"}")
                .contains("hikaricp_connections")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDocumentIsServedWithoutAKey() {
        TestServer.Response response = server.get("/openapi.json", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("openapi").asText()).startsWith("3.1");
        assertThat(response.json().path("paths").has("/health")).isTrue();
    }
}
