package dev.paydesk.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paydesk.bootstrap.Configuration;
import dev.paydesk.bootstrap.PaydeskServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The real server on a random port over a fresh embedded database (or the database given), with an HTTP client. */
public final class TestServer implements AutoCloseable {
    public static final String OPERATOR_KEY = "pdk_op_testOperatorKey0123456789abcdefghijklmnopq";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PaydeskServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(PaydeskServer server) {
        this.server = server;
    }

    public static TestServer start() {
        return start(Map.of());
    }

    /** Extra environment variables override the defaults (random port, temp data directory, fixed operator key). */
    public static TestServer start(Map<String, String> extraEnvironment) {
        try {
            Path data = Files.createTempDirectory("paydesk-test");
            Map<String, String> env = new HashMap<>();
            env.put("PAYDESK_PORT", "0");
            env.put("PAYDESK_DATA_DIR", data.toString());
            env.put("PAYDESK_OPERATOR_KEY", OPERATOR_KEY);
            env.put("PAYDESK_SCHEDULER", "off");
            env.putAll(extraEnvironment);
            return new TestServer(PaydeskServer.start(Configuration.fromEnvironment(env)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PaydeskServer server() {
        return server;
    }

    public String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    public Response get(String path, String key) {
        return send(request(path, key).GET());
    }

    public Response post(String path, String key, String body) {
        return send(request(path, key).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response send(String method, String path, String key, String body) {
        return send(request(path, key).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** A response with its body parsed on demand. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String problemCode() {
            return json().path("code").asText();
        }
    }
}
