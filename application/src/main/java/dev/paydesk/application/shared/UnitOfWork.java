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

    /**
     * Runs {@code work}, which only reads, needing no transaction of its own: a single query, such as
     * authenticating a key on every request. Adapters may run it outside a transaction (in
     * auto-commit); inside one, it joins it. Hooks such as {@link #afterCommit} may not be used in it.
     */
    default <T> T read(Supplier<T> work) {
        return inTransaction(work);
    }

    /**
     * Runs {@code action} once the current transaction has committed (never if it rolls back) —
     * for calls to the outside world such as a gateway, which must not happen inside a transaction.
     * Outside a transaction it runs at once.
     */
    void afterCommit(Runnable action);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
