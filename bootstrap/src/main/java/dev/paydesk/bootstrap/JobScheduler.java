package dev.paydesk.bootstrap;

import dev.paydesk.application.job.Job;
import dev.paydesk.application.job.Jobs;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every job on a timer when {@code PAYDESK_SCHEDULER=on}. Several instances may run the same job
 * at once: each job claims its work with database locks, so the timers only decide how often to look.
 */
final class JobScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);
    private static final Duration DEFAULT_PERIOD = Duration.ofMinutes(1);
    private static final Map<String, Duration> PERIODS = Map.of(
            "refund_retries", Duration.ofSeconds(30),
            "refund_resends", Duration.ofMinutes(1),
            "idempotency_purge", Duration.ofHours(1),
            "reserve_release", Duration.ofMinutes(10),
            "settlement_sweeps", Duration.ofMinutes(5),
            "dispute_expiry", Duration.ofMinutes(5),
            "webhook_delivery", Duration.ofSeconds(10));

    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "paydesk-jobs");
        thread.setDaemon(true);
        return thread;
    });

    JobScheduler(Jobs jobs) {
        for (Job job : jobs.all()) {
            long period = PERIODS.getOrDefault(job.name(), DEFAULT_PERIOD).toMillis();
            // A random first delay spreads instances that start together.
            executor.scheduleWithFixedDelay(() -> runQuietly(job), ThreadLocalRandom.current().nextLong(period / 4 + 1), period, TimeUnit.MILLISECONDS);
        }
    }

    private static void runQuietly(Job job) {
        try {
            int processed = job.run();
            if (processed > 0) {
                LOG.info("job {} processed {}", job.name(), processed);
            }
        } catch (RuntimeException failure) {
            LOG.error("job {} failed; it will run again at its next turn", job.name(), failure);
        }
    }

    /** Lets a running job finish (up to 30 s), then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
