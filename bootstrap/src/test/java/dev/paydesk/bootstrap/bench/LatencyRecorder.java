package dev.paydesk.bootstrap.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** Request latencies in microseconds, bounded memory, percentiles by sorting at the end. */
final class LatencyRecorder {
    private final AtomicLongArray samples;
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final long startedNanos = System.nanoTime();
    /** Per second since creation: requests completed and the slowest of them, to show when a stall happened. */
    private final AtomicLongArray completedPerSecond = new AtomicLongArray(3_600);
    private final AtomicLongArray slowestPerSecond = new AtomicLongArray(3_600);

    LatencyRecorder(int capacity) {
        samples = new AtomicLongArray(capacity);
    }

    void record(long micros) {
        long index = count.getAndIncrement();
        if (index < samples.length()) {
            samples.set((int) index, micros);
        }
        int second = (int) Math.min(completedPerSecond.length() - 1, (System.nanoTime() - startedNanos) / 1_000_000_000L);
        completedPerSecond.incrementAndGet(second);
        slowestPerSecond.accumulateAndGet(second, micros, Math::max);
    }

    /** "998/12 1003/9 …": for each second so far, requests completed / slowest of them in ms. */
    String timeline() {
        int seconds = (int) Math.min(completedPerSecond.length(), (System.nanoTime() - startedNanos) / 1_000_000_000L + 1);
        StringBuilder line = new StringBuilder();
        for (int second = 0; second < seconds; second++) {
            line.append(second == 0 ? "" : " ").append(completedPerSecond.get(second)).append('/').append(slowestPerSecond.get(second) / 1_000);
        }
        return line.toString();
    }

    void error() {
        errors.incrementAndGet();
    }

    long count() {
        return count.get();
    }

    long errors() {
        return errors.get();
    }

    /** p in [0, 100]; milliseconds with two decimals. */
    String percentileMillis(double p) {
        int n = (int) Math.min(count.get(), samples.length());
        if (n == 0) {
            return "-";
        }
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = samples.get(i);
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n) - 1;
        return String.format("%.2f", sorted[Math.max(0, Math.min(n - 1, rank))] / 1000.0);
    }
}
