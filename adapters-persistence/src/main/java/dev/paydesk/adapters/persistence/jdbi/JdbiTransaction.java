package dev.paydesk.adapters.persistence.jdbi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/** The handle of one open transaction, with hooks run just before and just after its commit. */
public final class JdbiTransaction {
    private final Handle handle;
    private final List<Runnable> beforeCommit = new ArrayList<>();
    private final List<Runnable> beforeCommitLast = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Map<Object, Object> attachments = new HashMap<>();
    private SqlDialect dialect;
    private DeferredWrites deferredWrites;

    JdbiTransaction(Handle handle) {
        this.handle = handle;
    }

    /**
     * The handle, once the writes deferred so far have run: every statement reaches the database in
     * the order it was issued, deferred or not, so reads see what this transaction wrote and row locks
     * are taken in program order. Deferring only puts consecutive writes in one round trip.
     */
    public Handle handle() {
        flushDeferredWrites();
        return handle;
    }

    public SqlDialect dialect() {
        if (dialect == null) {
            dialect = SqlDialect.of(handle);
        }
        return dialect;
    }

    /** Writes sent together just before the commit (on PostgreSQL); see {@link DeferredWrites}. */
    public DeferredWrites deferredWrites() {
        if (deferredWrites == null) {
            deferredWrites = new DeferredWrites(handle, dialect());
        }
        return deferredWrites;
    }

    /** Sends the deferred writes now. */
    public void flushDeferredWrites() {
        if (deferredWrites != null) {
            deferredWrites.flush();
        }
    }

    /** State a repository keeps for the length of this transaction, created on first use. */
    @SuppressWarnings("unchecked")
    public <T> T attachment(Object key, Supplier<T> create) {
        return (T) attachments.computeIfAbsent(key, k -> create.get());
    }

    /** The state kept under {@code key}, or null if this transaction has none. */
    @SuppressWarnings("unchecked")
    public <T> T existingAttachment(Object key) {
        return (T) attachments.get(key);
    }

    public void beforeCommit(Runnable hook) {
        beforeCommit.add(hook);
    }

    /** Runs after every {@link #beforeCommit(Runnable)} hook: for locks that must always be taken last (the audit chain head). */
    public void beforeCommitLast(Runnable hook) {
        beforeCommitLast.add(hook);
    }

    public void afterCommit(Runnable hook) {
        afterCommit.add(hook);
    }

    boolean hasHooks() {
        return !beforeCommit.isEmpty() || !beforeCommitLast.isEmpty() || !afterCommit.isEmpty() || deferredWrites != null;
    }

    void beforeCommit() {
        for (int i = 0; i < beforeCommit.size(); i++) {
            beforeCommit.get(i).run();
        }
        for (int i = 0; i < beforeCommitLast.size(); i++) {
            beforeCommitLast.get(i).run();
        }
        // On PostgreSQL the COMMIT may go with these last writes; the commit that follows then has nothing to send.
        if (deferredWrites != null) {
            deferredWrites.flushAndCommit();
        }
    }

    void afterCommit() {
        afterCommit.forEach(Runnable::run);
    }
}
