package dev.paydesk.bootstrap.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** Request latencies in microseconds, bounded memory, percentiles by sorting at the end. */
final class LatencyRecorder {
    private final AtomicLongArray samples;
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    LatencyRecorder(int capacity) {
        samples = new AtomicLongArray(capacity);
    }

    void record(long micros) {
        long index = count.getAndIncrement();
        if (index < samples.length()) {
            samples.set((int) index, micros);
        }
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
