package dev.paydesk.adapters.persistence.memory;

import dev.paydesk.application.shared.UnitOfWork;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serializable transactions for the in-memory adapter: one transaction at a time (a fair lock),
 * and every repository change registers how to undo it, so a failed use case leaves no trace.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();
    private final ThreadLocal<java.util.List<Runnable>> afterCommit = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null) {
            return work.get();
        }
        java.util.List<Runnable> committed = new java.util.ArrayList<>();
        T result;
        lock.lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        undoLog.set(undo);
        afterCommit.set(committed);
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            undo.forEach(Runnable::run); // newest change first
            throw failure;
        } finally {
            undoLog.remove();
            afterCommit.remove();
            lock.unlock();
        }
        committed.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        java.util.List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    /** Called by repositories for each change, inside a transaction. */
    void onRollback(Runnable undo) {
        requireTransaction().push(undo);
    }

    void requireOpen() {
        requireTransaction();
    }

    private Deque<Runnable> requireTransaction() {
        Deque<Runnable> undo = undoLog.get();
        if (undo == null) {
            throw new IllegalStateException("repository used outside UnitOfWork.inTransaction");
        }
        return undo;
    }
}
