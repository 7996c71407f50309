package dev.paydesk.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.adapters.http.problem.Problem;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Bounds how many requests run at once. The others wait their turn without holding a thread, first
 * come first served, for up to {@code maxWait}; a request that would wait longer, or find
 * {@code maxWaiting} others already waiting, gets a 503 {@code overloaded} problem with Retry-After.
 *
 * <p>Why: a request beyond what the connection pool and the cores can serve does no work, it only
 * waits on a pool connection or on a merchant's balance row while adding context switches and lock
 * queues. Measured on the benchmark machine: 64 lifecycle clients got a third fewer requests through
 * than 16 did, so a backlog made the server slower exactly when it had to catch up (README,
 * Benchmarks). {@code /health} is not limited, so that a busy server still answers its probes.
 */
final class AdmissionLimit extends QoSHandler {
    static final int MAX_WAITING = 10_000;
    static final Duration MAX_WAIT = Duration.ofSeconds(20);

    private final byte[] overloaded;

    AdmissionLimit(int maxConcurrent, int maxWaiting, Duration maxWait, ObjectMapper json) {
        setMaxRequestCount(maxConcurrent);
        setMaxSuspendedRequestCount(maxWaiting);
        setMaxSuspend(maxWait);
        setRejectStatusCode(503);
        excludePath("/health");
        try {
            this.overloaded = json.writeValueAsBytes(Problem.of(503, "overloaded", "Server overloaded",
                    "The server is busy with other requests; nothing was done. Retry after a second.", List.of()));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    protected void reject(Request request, Response response, Callback callback, int status) {
        writeOverloaded(response, callback);
    }

    @Override
    protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
        if (response.isCommitted()) {
            callback.failed(failure == null ? new IllegalStateException("a resumed request was not handled") : failure);
            return;
        }
        writeOverloaded(response, callback);
    }

    private void writeOverloaded(Response response, Callback callback) {
        response.setStatus(503);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        response.write(true, ByteBuffer.wrap(overloaded), callback);
    }
}
