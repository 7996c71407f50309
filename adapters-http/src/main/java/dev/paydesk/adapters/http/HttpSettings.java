package dev.paydesk.adapters.http;

import java.time.Duration;

/**
 * Where and how the server listens. Port 0 picks a free port (tests). Requests may have up to
 * {@value #DEFAULT_MAX_REQUEST_BYTES} bytes: dispute evidence carries documents of up to 5 MB each in
 * base64 (a third larger), and a few of them must fit in one request.
 */
public record HttpSettings(String host, int port, long maxRequestBytes, Duration stopTimeout) {
    public HttpSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
    }

    public static final long DEFAULT_MAX_REQUEST_BYTES = 40L * 1024 * 1024;

    public static HttpSettings onPort(int port) {
        return new HttpSettings("0.0.0.0", port, DEFAULT_MAX_REQUEST_BYTES, Duration.ofSeconds(20));
    }
}
