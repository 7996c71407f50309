package dev.paydesk.adapters.persistence.jdbi;

import dev.paydesk.application.shared.UnitOfWork;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One database transaction per use case, bound to the calling thread so that every JDBI
 * repository joins it. A nested call joins the outer transaction. Serialization failures and
 * deadlocks (SQLSTATE 40001, 40P01) are retried with a short random back-off: they are the
 * database's way of saying "try again", never the client's fault.
 */
public final class JdbiUnitOfWork implements UnitOfWork {
    private static final int MAX_ATTEMPTS = 8;

    private final Jdbi jdbi;
    private final ThreadLocal<JdbiTransaction> current = new ThreadLocal<>();
    /** Set while a request shares one connection: the handle a read kept for the transaction that follows. */
    private final ThreadLocal<Shared> shared = new ThreadLocal<>();

    private static final class Shared {
        private Handle kept;

        /** The kept handle, which the caller now owns, or null. */
        Handle take() {
            Handle handle = kept;
            kept = null;
            return handle;
        }
    }

    public JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            Committed<T> committed;
            try {
                committed = commitOnce(work);
            } catch (RuntimeException failure) {
                if (attempt >= MAX_ATTEMPTS || !isRetryable(failure)) {
                    throw failure;
                }
                backOff(attempt);
                continue;
            }
            // Outside the retry loop: the work committed, so nothing that fails from here on may run it again. And outside
            // the transaction, with the connection back in the pool: these actions may open new ones.
            committed.transaction().afterCommit();
            return committed.result();
        }
    }

    private record Committed<T>(T result, JdbiTransaction transaction) {
    }

    /**
     * In auto-commit, on a handle of its own: no BEGIN and COMMIT round trips for a single query. In a
     * request that shares one connection, the handle stays open for what the request does next.
     */
    @Override
    public <T> T read(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Shared sharing = shared.get();
        Handle handle = keptOrOpen(sharing);
        try {
            JdbiTransaction reading = new JdbiTransaction(handle);
            current.set(reading);
            try {
                T result = work.get();
                if (reading.hasHooks()) {
                    throw new IllegalStateException("UnitOfWork.read registered commit hooks or deferred writes: it must only read; use inTransaction");
                }
                return result;
            } finally {
                current.remove();
            }
        } finally {
            if (sharing == null) {
                handle.close();
            } else {
                sharing.kept = handle;
            }
        }
    }

    /** The handle a read of this request kept (now the caller's), or a new one from the pool. */
    private Handle keptOrOpen(Shared sharing) {
        Handle kept = sharing == null ? null : sharing.take();
        return kept != null ? kept : jdbi.open();
    }

    @Override
    public void sharingOneConnection(Task task) throws Exception {
        if (shared.get() != null) {
            task.run();
            return;
        }
        Shared sharing = new Shared();
        shared.set(sharing);
        try {
            task.run();
        } finally {
            shared.remove();
            Handle kept = sharing.take();
            if (kept != null) {
                kept.close();
            }
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        JdbiTransaction transaction = current.get();
        if (transaction == null) {
            action.run();
        } else {
            transaction.afterCommit(action);
        }
    }

    /** The transaction of the calling thread; repositories call this for every statement. */
    public JdbiTransaction transaction() {
        JdbiTransaction transaction = current.get();
        if (transaction == null) {
            throw new IllegalStateException("repository used outside UnitOfWork.inTransaction");
        }
        return transaction;
    }

    private <T> Committed<T> commitOnce(Supplier<T> work) {
        JdbiTransaction transaction;
        T result;
        try (Handle handle = keptOrOpen(shared.get())) {
            transaction = new JdbiTransaction(handle);
            handle.begin();
            current.set(transaction);
            try {
                result = work.get();
                transaction.beforeCommit();
                handle.commit();
            } catch (RuntimeException | Error failure) {
                rollbackQuietly(handle, failure);
                throw failure;
            } finally {
                current.remove();
            }
        }
        return new Committed<>(result, transaction);
    }

    private static void rollbackQuietly(Handle handle, Throwable cause) {
        try {
            handle.rollback();
        } catch (RuntimeException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransientConflictException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if ("40001".equals(state) || "40P01".equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", interrupted);
        }
    }
}
