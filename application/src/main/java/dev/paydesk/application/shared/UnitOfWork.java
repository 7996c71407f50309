package dev.paydesk.application.shared;

import java.util.function.Supplier;

/**
 * Outbound port: the transaction boundary of one use case. Everything the repositories do inside
 * {@code work} commits together or not at all. An adapter may run {@code work} more than once when
 * the database reports a serialization failure or deadlock, so {@code work} must not have effects
 * outside the repositories.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
