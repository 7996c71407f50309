package dev.paydesk.application.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paydesk.application.job.Batches.Batch;
import dev.paydesk.application.shared.UnitOfWork;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BatchesTest {
    /** Counts the units of work; a batch's work runs inside one. */
    private static final class CountingUnitOfWork implements UnitOfWork {
        int units;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            units++;
            return work.get();
        }

        @Override
        public void afterCommit(Runnable action) {
            action.run();
        }
    }

    private final CountingUnitOfWork unitOfWork = new CountingUnitOfWork();

    private int run(Batch... batches) {
        Deque<Batch> script = new ArrayDeque<>(List.of(batches));
        return Batches.untilShort(unitOfWork, 10, script::pop);
    }

    @Test
    void claimsBatchAfterBatchUntilOneComesBackShortAndAddsWhatEachProcessed() {
        assertThat(run(Batch.all(10), new Batch(10, 7), new Batch(3, 2), Batch.all(10))).isEqualTo(19);
        assertThat(unitOfWork.units).as("one unit of work per batch, none after the short one").isEqualTo(3);
    }

    @Test
    void aFullBatchThatProcessedNothingStopsTheRunRatherThanClaimingItAgain() {
        assertThat(run(Batch.all(10), new Batch(10, 0), Batch.all(10))).isEqualTo(10);
        assertThat(unitOfWork.units).isEqualTo(2);
    }

    @Test
    void nothingDueIsOneEmptyBatch() {
        assertThat(run(Batch.all(0))).isZero();
        assertThat(unitOfWork.units).isEqualTo(1);
    }
}
