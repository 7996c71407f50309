package dev.paydesk.application.settlement;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The threads one sweep records its groups of settlements on. At most twice as many groups as workers are queued, so
 * memory holds a few groups whatever the number of merchants; the first failure stops the submitting and is rethrown.
 * Groups lock disjoint merchants' balances, and the platform balances they share are locked in account-key order at
 * commit, so workers of one run are as safe together as two server instances are.
 */
final class SweepWorkers implements AutoCloseable {
    private final ExecutorService pool;
    private final int permits;
    private final Semaphore inFlight;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    SweepWorkers(int workers) {
        this.permits = workers * 2;
        this.inFlight = new Semaphore(permits);
        this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, work -> {
            Thread thread = new Thread(work, "settlement-sweep");
            thread.setDaemon(true);
            return thread;
        });
    }

    void submit(Runnable group) {
        rethrowFailure();
        if (pool == null) {
            group.run();
            return;
        }
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                group.run();
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        });
    }

    /** Waits for every submitted group; rethrows the first failure. */
    void awaitAll() {
        inFlight.acquireUninterruptibly(permits);
        inFlight.release(permits);
        rethrowFailure();
    }

    private void rethrowFailure() {
        Throwable first = failure.get();
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof Error error) {
            throw error;
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
