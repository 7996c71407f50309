package dev.paydesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.paydesk.bootstrap.testing.Fixtures;
import dev.paydesk.bootstrap.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping the server lets a request in flight finish, then refuses new connections and closes the pool. */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightFinishesBeforeTheServerStops() throws Exception {
        TestServer server = TestServer.start(Map.of("PAYDESK_SIMULATED_LATENCY_MS", "1500"));
        Fixtures fixtures = new Fixtures(server);
        Fixtures.MerchantFixture merchant = fixtures.merchant();
        Fixtures.UserFixture support = fixtures.user(merchant, List.of("support"));
        Fixtures.UserFixture finance = fixtures.user(merchant, List.of("finance"));
        String refund = fixtures.refund(support.key(), fixtures.completedTransaction(merchant, 10_000, "NGN"), 1_000);

        // The simulated gateway answers after 1.5 s, inside the approve request.
        CompletableFuture<TestServer.Response> inFlight = CompletableFuture.supplyAsync(
                () -> server.post("/v1/refunds/" + refund + "/approve", finance.key(), "{}"));
        // The approval commits (processing) before the gateway's answer: from then on the request is in flight.
        for (int i = 0; i < 100 && !server.get("/v1/refunds/" + refund, finance.key()).json().path("status").asText().equals("processing"); i++) {
            Thread.sleep(20);
        }
        assertThat(inFlight).isNotDone();
        long stopping = System.nanoTime();
        server.close();

        TestServer.Response approved = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("status").asText()).isEqualTo("completed");
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping)).as("close waited for the request").isGreaterThanOrEqualTo(200);
        assertThatThrownBy(() -> server.get("/health", null)).isInstanceOf(RuntimeException.class);
        assertThat(server.server().injector().getInstance(HikariDataSource.class).isClosed()).isTrue();
    }
}
