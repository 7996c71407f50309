package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.adapters.persistence.testing.TestDatabases;
import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Idempotency-Key on the real server, on the embedded H2 and on PostgreSQL. */
class IdempotencyHttpTest {

    static Stream<String> databases() {
        return Stream.of("h2", "postgresql");
    }

    private static TestServer start(String database) {
        if (database.equals("h2")) {
            return TestServer.start();
        }
        HikariDataSource postgres = TestDatabases.postgres(2);
        String url = postgres.getJdbcUrl();
        String user = postgres.getUsername();
        postgres.close();
        return TestServer.start(Map.of("PAYDESK_DB_URL", url, "PAYDESK_DB_USER", user,
                "PAYDESK_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new byte[32])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twentyParallelRequestsWithOneKeyCreateExactlyOneObject(String database) throws Exception {
        try (TestServer server = start(database)) {
            Fixtures.MerchantFixture merchant = new Fixtures(server).merchant();
            String body = "{\"email\":\"once@example.com\",\"name\":\"Once\",\"roles\":[\"viewer\"]}";
            int parallel = 20;
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TestServer.Response>> futures = new ArrayList<>();
            try {
                for (int i = 0; i < parallel; i++) {
                    Callable<TestServer.Response> call = () -> {
                        start.await();
                        return server.send(server.request("/v1/users", merchant.adminKey()).header("Idempotency-Key", "create-once")
                                .header("Content-Type", "application/json")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
                    };
                    futures.add(pool.submit(call));
                }
                start.countDown();
                List<TestServer.Response> responses = new ArrayList<>();
                for (Future<TestServer.Response> future : futures) {
                    responses.add(future.get());
                }
                assertThat(responses).extracting(TestServer.Response::status).isSubsetOf(201, 409);
                List<String> createdIds = responses.stream().filter(r -> r.status() == 201).map(r -> r.json().path("id").asText()).distinct().toList();
                assertThat(createdIds).hasSize(1);
                responses.stream().filter(r -> r.status() == 409).forEach(r -> assertThat(r.problemCode()).isEqualTo("idempotency_conflict"));
            } finally {
                pool.shutdown();
            }
            String users = server.get("/v1/users?limit=100", merchant.adminKey()).body();
            assertThat(users.split("once@example.com", -1)).hasSize(2);
        }
    }

    @Test
    void aReplayReturnsTheFirstResponseAndAnotherBodyIsAConflict() {
        try (TestServer server = TestServer.start()) {
            Fixtures.MerchantFixture merchant = new Fixtures(server).merchant();
            String body = "{\"email\":\"replay@example.com\",\"name\":\"Replay\",\"roles\":[\"viewer\"]}";
            TestServer.Response first = post(server, merchant.adminKey(), "key-1", body);
            TestServer.Response again = post(server, merchant.adminKey(), "key-1", body);
            assertThat(first.status()).isEqualTo(201);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

            TestServer.Response other = post(server, merchant.adminKey(), "key-1", body.replace("Replay", "Other"));
            assertThat(other.status()).isEqualTo(409);
            assertThat(other.problemCode()).isEqualTo("idempotency_conflict");

            // Keys are per principal: the operator's "key-1" is a different key.
            assertThat(server.send(server.request("/v1/merchants", TestServer.OPERATOR_KEY).header("Idempotency-Key", "key-1")
                    .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"N\",\"country\":\"GH\",\"default_currency\":\"GHS\",\"admin_email\":\"n@example.com\"}"))).status()).isEqualTo(201);
        }
    }

    @Test
    void aRefusedRequestLeavesTheKeyFreeForACorrectedRetry() {
        try (TestServer server = TestServer.start()) {
            Fixtures.MerchantFixture merchant = new Fixtures(server).merchant();
            String bad = "{\"email\":\"fix@example.com\",\"name\":\"Fix\",\"roles\":[\"nobody\"]}";
            assertThat(post(server, merchant.adminKey(), "key-2", bad).status()).isEqualTo(422);
            assertThat(post(server, merchant.adminKey(), "key-2", bad.replace("nobody", "viewer")).status()).isEqualTo(201);
        }
    }

    private static TestServer.Response post(TestServer server, String key, String idempotencyKey, String body) {
        return server.send(server.request("/v1/users", key).header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }
}
