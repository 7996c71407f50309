package dev.paydesk.bootstrap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Start-up configuration from the environment variables of API.md. Every bad value is reported at
 * once, by variable name, before anything starts.
 */
public record Configuration(int port, Optional<String> dbUrl, Optional<String> dbUser, Optional<String> dbPassword,
                            Optional<String> operatorKey, Gateway gateway, boolean scheduler, Optional<byte[]> encryptionKey,
                            Path dataDirectory, Path documentsDirectory, SimulatedGateway simulatedGateway, int dbPoolSize) {

    /** How the simulated gateway behaves, for demos and load tests: a delay before answering, and a share of failures. */
    public record SimulatedGateway(java.time.Duration latency, int failureBps) {
    }

    public enum Gateway { SIMULATED, MANUAL }

    /**
     * HikariCP's own default. More connections than a few per core only add contention: on a 2-core
     * machine 8 served 6 % more requests than 20 in a closed loop, and 28 % more at a fixed rate.
     */
    public static final int DEFAULT_DB_POOL_SIZE = 10;

    public static Configuration fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        int port = parsePort(env.getOrDefault("PAYDESK_PORT", "8080"), problems);
        Optional<String> dbUrl = nonBlank(env.get("PAYDESK_DB_URL"));
        dbUrl.ifPresent(url -> {
            if (!url.startsWith("jdbc:postgresql://") && !url.startsWith("jdbc:h2:")) {
                problems.add("PAYDESK_DB_URL must be a jdbc:postgresql://… or jdbc:h2:… URL, got '" + withoutCredentials(url) + "'");
            }
        });
        Optional<String> operatorKey = nonBlank(env.get("PAYDESK_OPERATOR_KEY"));
        operatorKey.ifPresent(key -> {
            if (key.length() < 24 || !key.matches("[\\x21-\\x7e]+")) {
                problems.add("PAYDESK_OPERATOR_KEY must be at least 24 printable characters without spaces");
            } else if (key.startsWith("pdk_usr_")) {
                problems.add("PAYDESK_OPERATOR_KEY must not start with pdk_usr_ (the prefix of merchant users' keys)");
            }
        });
        Gateway gateway = switch (env.getOrDefault("PAYDESK_GATEWAY", "simulated")) {
            case "simulated" -> Gateway.SIMULATED;
            case "manual" -> Gateway.MANUAL;
            default -> {
                problems.add("PAYDESK_GATEWAY must be 'simulated' or 'manual', got '" + env.get("PAYDESK_GATEWAY") + "'");
                yield Gateway.SIMULATED;
            }
        };
        boolean scheduler = switch (env.getOrDefault("PAYDESK_SCHEDULER", "on")) {
            case "on" -> true;
            case "off" -> false;
            default -> {
                problems.add("PAYDESK_SCHEDULER must be 'on' or 'off', got '" + env.get("PAYDESK_SCHEDULER") + "'");
                yield true;
            }
        };
        Optional<byte[]> encryptionKey = nonBlank(env.get("PAYDESK_ENCRYPTION_KEY")).flatMap(value -> {
            try {
                byte[] key = Base64.getDecoder().decode(value);
                if (key.length != 32) {
                    problems.add("PAYDESK_ENCRYPTION_KEY must be 32 bytes (AES-256) in base64, got " + key.length + " bytes");
                }
                return Optional.of(key);
            } catch (IllegalArgumentException notBase64) {
                problems.add("PAYDESK_ENCRYPTION_KEY must be base64");
                return Optional.empty();
            }
        });
        if (dbUrl.isPresent() && dbUrl.get().startsWith("jdbc:postgresql://") && encryptionKey.isEmpty()) {
            problems.add("PAYDESK_ENCRYPTION_KEY is required with PostgreSQL: a generated key is only kept for the embedded database");
        }
        Path dataDirectory = Path.of(env.getOrDefault("PAYDESK_DATA_DIR", "data"));
        Path documentsDirectory = nonBlank(env.get("PAYDESK_DOCUMENTS_DIR")).map(Path::of).orElse(dataDirectory.resolve("documents"));
        int latencyMillis = parseInt("PAYDESK_SIMULATED_LATENCY_MS", env.getOrDefault("PAYDESK_SIMULATED_LATENCY_MS", "0"), 0, 60_000, problems);
        int dbPoolSize = parseInt("PAYDESK_DB_POOL_SIZE", env.getOrDefault("PAYDESK_DB_POOL_SIZE", String.valueOf(DEFAULT_DB_POOL_SIZE)), 1, 500, problems);
        int failureBps = parseInt("PAYDESK_SIMULATED_FAILURE_BPS", env.getOrDefault("PAYDESK_SIMULATED_FAILURE_BPS", "0"), 0, 10_000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new Configuration(port, dbUrl, nonBlank(env.get("PAYDESK_DB_USER")), nonBlank(env.get("PAYDESK_DB_PASSWORD")),
                operatorKey, gateway, scheduler, encryptionKey, dataDirectory, documentsDirectory,
                new SimulatedGateway(java.time.Duration.ofMillis(latencyMillis), failureBps), dbPoolSize);
    }

    private static int parseInt(String name, String value, int min, int max, List<String> problems) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problems.add(name + " must be a whole number from " + min + " to " + max + ", got '" + value + "'");
        return min;
    }

    public boolean embedded() {
        return dbUrl.isEmpty();
    }

    private static int parsePort(String value, List<String> problems) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65_535) {
                problems.add("PAYDESK_PORT must be between 0 and 65535, got " + port);
            }
            return port;
        } catch (NumberFormatException e) {
            problems.add("PAYDESK_PORT must be a number, got '" + value + "'");
            return 8080;
        }
    }

    /** A database URL fit for a log: without user info ({@code //user:password@}) and without its parameters, which may hold a password. */
    static String withoutCredentials(String url) {
        int authority = url.indexOf("//");
        String withoutUserInfo = url;
        if (authority >= 0) {
            int path = url.indexOf('/', authority + 2);
            int userInfoEnd = url.lastIndexOf('@', path < 0 ? url.length() - 1 : path);
            if (userInfoEnd > authority) {
                withoutUserInfo = url.substring(0, authority + 2) + url.substring(userInfoEnd + 1);
            }
        }
        return withoutUserInfo.split("[?;]", 2)[0];
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    @Override
    public String toString() {
        // Never print secrets: only whether they are set.
        return "Configuration[port=" + port + ", db=" + dbUrl.map(Configuration::withoutCredentials).orElse("embedded H2 under " + dataDirectory)
                + ", operatorKey=" + (operatorKey.isPresent() ? "set" : "unset") + ", gateway=" + gateway
                + ", scheduler=" + scheduler + ", documents=" + documentsDirectory + ", encryptionKey=" + (encryptionKey.isPresent() ? "set" : "unset") + "]";
    }
}
