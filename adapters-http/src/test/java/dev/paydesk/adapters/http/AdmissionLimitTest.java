package dev.paydesk.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The admission limit on a real Jetty server, in front of a handler that holds {@code /slow} until released. */
class AdmissionLimitTest {
    private static final ObjectMapper JSON = JsonMapping.objectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch slowEntered = new CountDownLatch(1);
    private final AtomicInteger entered = new AtomicInteger();
    private Server server;

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        server.stop();
    }

    @Test
    void aRequestBeyondTheLimitWaitsForARunningOneToFinishThenRuns() throws Exception {
        start(1, AdmissionLimit.MAX_WAITING, Duration.ofSeconds(20));
        CompletableFuture<HttpResponse<String>> slow = send("/slow");
        assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<HttpResponse<String>> waiting = send("/fast");
        Thread.sleep(300);
        assertThat(waiting).isNotDone();
        assertThat(entered).hasValue(1);

        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(waiting.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(entered).hasValue(2);
    }

    @Test
    void withNoRoomToWaitARequestIsRefusedWithAnOverloadedProblemAndNothingRuns() throws Exception {
        start(1, 0, Duration.ofSeconds(20));
        send("/slow");
        assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> refused = send("/fast").get(10, TimeUnit.SECONDS);

        assertOverloaded(refused);
        assertThat(entered).hasValue(1);
    }

    @Test
    void aRequestThatWaitedTooLongIsRefusedWithAnOverloadedProblem() throws Exception {
        start(1, AdmissionLimit.MAX_WAITING, Duration.ofMillis(200));
        send("/slow");
        assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();

        HttpResponse<String> refused = send("/fast").get(10, TimeUnit.SECONDS);

        assertOverloaded(refused);
        assertThat(entered).hasValue(1);
    }

    @Test
    void healthIsNeverHeldBack() throws Exception {
        start(1, 0, Duration.ofSeconds(20));
        send("/slow");
        assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(send("/health").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    private static void assertOverloaded(HttpResponse<String> refused) throws Exception {
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("code").asText()).isEqualTo("overloaded");
    }

    private void start(int maxConcurrent, int maxWaiting, Duration maxWait) throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        AdmissionLimit limit = new AdmissionLimit(maxConcurrent, maxWaiting, maxWait, JSON);
        limit.setHandler(new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                entered.incrementAndGet();
                if (Request.getPathInContext(request).equals("/slow")) {
                    slowEntered.countDown();
                    // Holds its place on another thread, as a request waiting on the database would.
                    CompletableFuture.runAsync(() -> {
                        awaitRelease();
                        response.write(true, ByteBuffer.wrap("slow".getBytes(StandardCharsets.UTF_8)), callback);
                    });
                    return true;
                }
                response.write(true, ByteBuffer.wrap("ok".getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        });
        server.setHandler(limit);
        server.start();
    }

    private void awaitRelease() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CompletableFuture<HttpResponse<String>> send(String path) {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
