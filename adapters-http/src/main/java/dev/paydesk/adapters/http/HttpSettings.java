package dev.paydesk.adapters.http;

import java.time.Duration;

/** Where and how the server listens. Port 0 picks a free port (tests). */
public record HttpSettings(String host, int port, long maxRequestBytes, Duration stopTimeout) {
    public HttpSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
    }

    public static HttpSettings onPort(int port) {
        return new HttpSettings("0.0.0.0", port, 8L * 1024 * 1024, Duration.ofSeconds(20));
    }
}
