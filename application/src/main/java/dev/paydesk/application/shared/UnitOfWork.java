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

    /** Work of a driving adapter that may throw, such as an HTTP handler. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    /**
     * Runs {@code task}, one request of a driving adapter, letting a read keep its connection for the
     * transaction that follows it: authenticating a request and running its command then take one
     * connection from the pool instead of two. The connection goes back when that transaction ends,
     * before its after-commit actions (a gateway call holds none), or when {@code task} returns.
     * Adapters without connections just run it.
     */
    default void sharingOneConnection(Task task) throws Exception {
        task.run();
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
