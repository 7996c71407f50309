package dev.paydesk.application.job;

/**
 * A unit of background work that the scheduler runs on a timer and operators can run by hand.
 * Safe to run on several instances at once: work is claimed with database locks, never in memory.
 */
public interface Job {

    /** The name used by {@code POST /v1/jobs/{name}/run}, e.g. {@code refund_retries}. */
    String name();

    /** Does whatever is due now; returns how many items it processed. */
    int run();
}
