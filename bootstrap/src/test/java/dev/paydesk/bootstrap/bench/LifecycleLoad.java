package dev.paydesk.bootstrap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Load harness for the refund lifecycle over HTTP against a running server (started by
 * {@code bench/lifecycle.sh} with the manual gateway): record a completed transaction, create a
 * refund, approve it as another user, report the gateway result. It measures, in one run:
 * <ol>
 *   <li>the floor: closed-loop throughput of {@code POST /v1/diagnostics/write_probe} (authenticated, one insert);</li>
 *   <li>the lifecycle's closed-loop throughput with the same number of clients, as requests/s and as a ratio of the floor
 *   (the two measured in alternating slices of about 5 s, so that both see the same machine);</li>
 *   <li>per-request p50/p99 latency at fixed arrival rates of lifecycles ({@code -Drate=200,250}: each rate in turn,
 *   lowest first; default 250/s = 1,000 requests/s).</li>
 * </ol>
 * Lifecycles are spread round-robin over {@code -Dmerchants} merchants (default 16). Only loopback
 * targets; every loop is bounded in time and stops by itself.
 *
 * <p>The client is Jetty's: on a 2-core machine the load generator shares the cores with the server
 * and the database, and Jetty's client spends about a fifth of the CPU per request that the JDK's
 * {@code java.net.http} client does, so less of the measurement is the harness measuring itself.
 */
public final class LifecycleLoad {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String operatorKey;
    private final HttpClient client = new HttpClient();
    /** Several merchants, as a back office has: each merchant's hot accounts take their share of the load. */
    private final List<Shop> shops = new java.util.ArrayList<>();

    private record Shop(String merchantId, String creatorKey, String approverKey) {
    }
    private final AtomicLong sequence = new AtomicLong();

    private LifecycleLoad(String base, String operatorKey) {
        if (!URI.create(base).getHost().matches("127\\.\\d+\\.\\d+\\.\\d+|localhost")) {
            throw new IllegalArgumentException("the load harness only targets loopback addresses");
        }
        this.base = base;
        this.operatorKey = operatorKey;
        // Like any client with a connection pool: requests beyond the pool wait in the client, and that
        // wait counts in their latency (it is measured from the moment a request is sent).
        client.setMaxConnectionsPerDestination(Integer.parseInt(System.getProperty("connections", "64")));
        client.setConnectTimeout(5_000);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the HTTP client", e);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String key = args.length > 1 ? args[1] : System.getenv("PAYDESK_OPERATOR_KEY");
        int clients = Integer.parseInt(System.getProperty("clients", "16"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "15"));
        List<Integer> rates = java.util.Arrays.stream(System.getProperty("rate", "250").split(",")).map(String::trim).map(Integer::valueOf)
                .sorted().toList();
        LifecycleLoad load = new LifecycleLoad(base, key);
        load.setUp();
        // Both JVMs (server and harness) keep compiling hot code for about two minutes of load on two
        // cores; what is measured before that is mostly the JIT compiler's own CPU use.
        int warmUp = Integer.parseInt(System.getProperty("warmup", "120"));
        String compareWith = System.getProperty("compare", "");
        if (!compareWith.isEmpty()) {
            LifecycleLoad other = new LifecycleLoad(compareWith, key);
            other.setUp();
            compare(load, other, clients, warmUp, seconds, Boolean.getBoolean("compareRates") ? rates : List.of());
            System.exit(0);
        }
        if (warmUp > 0) {
            load.closedLoop("warm-up lifecycle", clients, warmUp, load::lifecycle, 4);
        }
        // For profilers: after the same warm-up, one measurement alone.
        switch (System.getProperty("only", "")) {
            case "lifecycle" -> {
                load.closedLoop("lifecycle (closed loop)", clients, seconds, load::lifecycle, 4);
                System.exit(0);
            }
            case "floor" -> {
                load.closedLoop("floor: write_probe", clients, seconds, load::probe, 1);
                System.exit(0);
            }
            case "rate" -> {
                for (int rate : rates) {
                    load.openLoop(rate, seconds);
                }
                System.exit(0);
            }
            default -> {
                // the whole run below
            }
        }
        load.closedLoop("warm-up floor", clients, 5, load::probe, 1);
        Result[] floorAndLifecycle = alternating(clients, seconds, "floor: write_probe", load::probe, "lifecycle (closed loop)", load::lifecycle);
        Result floor = floorAndLifecycle[0];
        Result lifecycle = floorAndLifecycle[1];
        List<Result> fixed = new java.util.ArrayList<>();
        for (int rate : rates) {
            fixed.add(load.openLoop(rate, seconds));
        }

        System.out.println();
        System.out.println("| measurement | requests/s | p50 ms | p99 ms | errors |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        System.out.println(floor.row());
        System.out.println(lifecycle.row());
        fixed.forEach(result -> System.out.println(result.row()));
        System.out.printf("%nlifecycle throughput: %.0f lifecycles/s = %.0f requests/s = %.0f %% of the floor's %.0f requests/s%n",
                lifecycle.requestsPerSecond / 4, lifecycle.requestsPerSecond, 100 * lifecycle.requestsPerSecond / floor.requestsPerSecond,
                floor.requestsPerSecond);
        for (int i = 0; i < rates.size(); i++) {
            Result result = fixed.get(i);
            System.out.printf("at a fixed %d lifecycles/s (%d requests/s offered): achieved %.0f requests/s, p50 %s ms, p99 %s ms, %d errors%n",
                    rates.get(i), rates.get(i) * 4, result.requestsPerSecond, result.latencies.percentileMillis(50),
                    result.latencies.percentileMillis(99), result.latencies.errors());
        }
        System.exit(0);
    }

    private record Result(String name, double requestsPerSecond, LatencyRecorder latencies) {
        String row() {
            return String.format("| %s | %.0f | %s | %s | %d |", name, requestsPerSecond, latencies.percentileMillis(50),
                    latencies.percentileMillis(99), latencies.errors());
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(LatencyRecorder latencies) throws Exception;
    }

    private Result closedLoop(String name, int clients, int seconds, Work work, int requestsPerUnit) throws InterruptedException {
        LatencyRecorder latencies = new LatencyRecorder(2_000_000);
        double elapsed = runClosedLoop(clients, seconds, work, latencies);
        Result result = new Result(name, latencies.count() / elapsed, latencies);
        System.out.println(result.row() + "  (" + clients + " clients, " + seconds + " s, " + requestsPerUnit + " request(s) per unit)");
        return result;
    }

    /**
     * Two workloads in closed loop (the floor and the lifecycle, or the lifecycle on two servers), in alternating
     * slices of about 5 s: the VM's speed drifts by up to a third within minutes, and their ratio should compare
     * them on the same machine. Which one runs first changes every slice (first, second; second, first; ...), so that
     * neither always takes the first half of a slice.
     */
    private static Result[] alternating(int clients, int seconds, String firstName, Work first, String secondName, Work second)
            throws InterruptedException {
        int slices = Math.max(1, seconds / 5);
        double slice = seconds / (double) slices;
        LatencyRecorder[] latencies = {new LatencyRecorder(2_000_000), new LatencyRecorder(2_000_000)};
        Work[] works = {first, second};
        double[] elapsed = new double[2];
        for (int i = 1; i <= slices; i++) {
            double[] rates = new double[2];
            for (int turn = 0; turn < 2; turn++) {
                int w = i % 2 == 1 ? turn : 1 - turn;
                long before = latencies[w].count();
                double took = runClosedLoop(clients, slice, works[w], latencies[w]);
                elapsed[w] += took;
                rates[w] = (latencies[w].count() - before) / took;
            }
            System.out.printf("slice %d of %d: %s %.0f requests/s, %s %.0f requests/s (%.0f %%)%n", i, slices, firstName, rates[0], secondName,
                    rates[1], 100 * rates[1] / rates[0]);
        }
        Result[] results = {new Result(firstName, latencies[0].count() / elapsed[0], latencies[0]),
                new Result(secondName, latencies[1].count() / elapsed[1], latencies[1])};
        for (Result result : results) {
            System.out.println(result.row() + "  (" + clients + " clients, " + slices + " slices of " + slice + " s)");
        }
        return results;
    }

    /**
     * Two builds compared on the same machine at the same time ({@code bench/lifecycle.sh} with {@code JAR_B}): the
     * lifecycle in closed loop against each server in turn, in alternating slices, after warming both up the same way.
     */
    private static void compare(LifecycleLoad a, LifecycleLoad b, int clients, int warmUp, int seconds, List<Integer> rates)
            throws InterruptedException {
        if (warmUp > 0) {
            alternating(clients, warmUp, "warm-up A", a::lifecycle, "warm-up B", b::lifecycle);
        }
        Result[] results = alternating(clients, seconds, "lifecycle on A", a::lifecycle, "lifecycle on B", b::lifecycle);
        System.out.printf("%nB does %.0f %% of A's lifecycle requests per second (A %.0f, B %.0f)%n",
                100 * results[1].requestsPerSecond / results[0].requestsPerSecond, results[0].requestsPerSecond, results[1].requestsPerSecond);
        // Then each fixed rate (with COMPARE_RATES=true), in alternating slices: A, B, A, B.
        for (int rate : rates) {
            for (int slice = 1; slice <= 2; slice++) {
                System.out.print("A, slice " + slice + ": ");
                a.openLoop(rate, seconds);
                System.out.print("B, slice " + slice + ": ");
                b.openLoop(rate, seconds);
            }
        }
    }

    /** Runs {@code work} from {@code clients} threads until the time is up; returns the seconds it took, last units included. */
    private static double runClosedLoop(int clients, double seconds, Work work, LatencyRecorder latencies) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        work.run(latencies);
                    } catch (Exception e) {
                        latencies.error();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination((long) seconds + 60L, TimeUnit.SECONDS);
        return (System.nanoTime() - started) / 1e9;
    }

    /** Starts lifecycles at a fixed rate whatever the server's speed (no coordinated omission). */
    private Result openLoop(int lifecyclesPerSecond, int seconds) throws InterruptedException {
        LatencyRecorder latencies = new LatencyRecorder(2_000_000);
        ExecutorService workers = Executors.newFixedThreadPool(512);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / lifecyclesPerSecond;
        long started = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> workers.submit(() -> {
            try {
                lifecycle(latencies);
            } catch (Exception e) {
                latencies.error();
            }
        }), 0, periodNanos, TimeUnit.NANOSECONDS);
        Thread.sleep(seconds * 1000L);
        ticker.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Result result = new Result("lifecycle at " + lifecyclesPerSecond + "/s (open loop)", latencies.count() / elapsed, latencies);
        System.out.println(result.row());
        System.out.println("  per second, requests completed / slowest ms: " + latencies.timeline());
        return result;
    }

    private void setUp() throws Exception {
        int merchants = Integer.parseInt(System.getProperty("merchants", "16"));
        for (int i = 0; i < merchants; i++) {
            JsonNode merchant = call("POST", "/v1/merchants", operatorKey, "{\"name\":\"Bench " + UUID.randomUUID()
                    + "\",\"country\":\"NG\",\"default_currency\":\"NGN\",\"admin_email\":\"bench@example.com\"}", null);
            String admin = merchant.path("admin_api_key").asText();
            String creator = call("POST", "/v1/users", admin, "{\"email\":\"creator@example.com\",\"name\":\"Creator\",\"roles\":[\"support\"]}", null)
                    .path("api_key").asText();
            String approver = call("POST", "/v1/users", admin, "{\"email\":\"approver@example.com\",\"name\":\"Approver\",\"roles\":[\"finance\"]}", null)
                    .path("api_key").asText();
            shops.add(new Shop(merchant.path("id").asText(), creator, approver));
        }
    }

    private void probe(LatencyRecorder latencies) throws Exception {
        call("POST", "/v1/diagnostics/write_probe", operatorKey, "{}", latencies);
    }

    private void lifecycle(LatencyRecorder latencies) throws Exception {
        long n = sequence.incrementAndGet();
        Shop shop = shops.get((int) (n % shops.size()));
        String transaction = call("POST", "/v1/transactions", operatorKey, "{\"merchant_id\":\"" + shop.merchantId() + "\",\"reference\":\"bench-"
                + UUID.randomUUID() + "\",\"amount\":" + (10_000 + n % 1000) + ",\"currency\":\"NGN\",\"status\":\"completed\","
                + "\"payment_method\":{\"type\":\"card\",\"brand\":\"visa\",\"last4\":\"4242\"}}", latencies).path("id").asText();
        String refund = call("POST", "/v1/refunds", shop.creatorKey(), "{\"transaction_id\":\"" + transaction + "\",\"amount\":5000}", latencies)
                .path("id").asText();
        call("POST", "/v1/refunds/" + refund + "/approve", shop.approverKey(), "{}", latencies);
        call("POST", "/v1/refunds/" + refund + "/gateway_result", operatorKey, "{\"outcome\":\"succeeded\"}", latencies);
    }

    private JsonNode call(String method, String path, String key, String body, LatencyRecorder latencies) throws Exception {
        long start = System.nanoTime();
        ContentResponse response = client.newRequest(base + path).method(method).timeout(30, TimeUnit.SECONDS)
                .headers(headers -> headers.put(HttpHeader.AUTHORIZATION, "Bearer " + key))
                .body(new StringRequestContent("application/json", body)).send();
        long micros = (System.nanoTime() - start) / 1_000;
        if (response.getStatus() >= 300) {
            if (latencies != null) {
                latencies.error();
            }
            throw new IOException(method + " " + path + " → " + response.getStatus() + " " + response.getContentAsString());
        }
        if (latencies != null) {
            latencies.record(micros);
        }
        return JSON.readTree(response.getContent());
    }

}
