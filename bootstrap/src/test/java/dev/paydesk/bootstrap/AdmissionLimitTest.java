package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.junit.jupiter.api.Test;

/** PAYDESK_HTTP_MAX_CONCURRENT_REQUESTS on the real server: a request beyond the limit waits its turn, then runs. */
class AdmissionLimitTest {

    @Test
    void aRequestBeyondTheLimitWaitsForTheRunningOneAndThenSeesItsEffect() throws Exception {
        try (TestServer server = TestServer.start(Map.of("PAYDESK_HTTP_MAX_CONCURRENT_REQUESTS", "1", "PAYDESK_SIMULATED_LATENCY_MS", "1500"))) {
            Fixtures fixtures = new Fixtures(server);
            Fixtures.MerchantFixture merchant = fixtures.merchant();
            Fixtures.UserFixture support = fixtures.user(merchant, List.of("support"));
            Fixtures.UserFixture finance = fixtures.user(merchant, List.of("finance"));
            String refund = fixtures.refund(support.key(), fixtures.completedTransaction(merchant, 10_000, "NGN"), 1_000);
            QoSHandler limit = server.server().http().javalin().jettyServer().server().getDescendant(QoSHandler.class);
            long before = limit.getTotalRequestCount();

            // The simulated gateway answers after 1.5 s, inside the approve request, which holds the only place.
            CompletableFuture<TestServer.Response> approve = CompletableFuture.supplyAsync(
                    () -> server.post("/v1/refunds/" + refund + "/approve", finance.key(), "{}"));
            awaitTrue(() -> limit.getTotalRequestCount() == before + 1);
            CompletableFuture<TestServer.Response> read = CompletableFuture.supplyAsync(() -> server.get("/v1/refunds/" + refund, finance.key()));
            awaitTrue(() -> limit.getSuspendedRequestCount() == 1);

            assertThat(server.get("/health", null).status()).as("health is never held back").isEqualTo(200);
            assertThat(approve).isNotDone();
            assertThat(read).isNotDone();
            assertThat(approve.get(10, TimeUnit.SECONDS).json().path("status").asText()).isEqualTo("completed");
            TestServer.Response afterIt = read.get(10, TimeUnit.SECONDS);
            assertThat(afterIt.status()).isEqualTo(200);
            assertThat(afterIt.json().path("status").asText()).as("the read ran after the approval had finished").isEqualTo("completed");
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
