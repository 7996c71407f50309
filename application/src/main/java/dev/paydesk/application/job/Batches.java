package dev.paydesk.application.job;

import dev.paydesk.application.shared.UnitOfWork;
import java.util.function.Supplier;

/**
 * A job's work as batches, each claimed and processed in a unit of work of its own: locks are held
 * briefly, and instances running the job at once share the work. Stops at a batch that comes back
 * short, or at a full one that processed nothing (the rest waits for the job's next run).
 */
public final class Batches {

    /** What one batch did: how many items it claimed, and how many of those it processed. */
    public record Batch(int claimed, int processed) {

        /** A batch that processed everything it claimed. */
        public static Batch all(int claimed) {
            return new Batch(claimed, claimed);
        }
    }

    private Batches() {
    }

    /** Runs {@code claimAndProcess} in a unit of work per batch of up to {@code size}; returns how many items were processed. */
    public static int untilShort(UnitOfWork unitOfWork, int size, Supplier<Batch> claimAndProcess) {
        int processed = 0;
        while (true) {
            Batch batch = unitOfWork.inTransaction(claimAndProcess);
            processed += batch.processed();
            // A full batch that processed nothing would be claimed again at once: stop rather than spin.
            if (batch.claimed() < size || batch.processed() == 0) {
                return processed;
            }
        }
    }
}
