package dev.paydesk.adapters.persistence.jdbi;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * The writes a transaction leaves to its end — journal entries, balances, events, the audit chain —
 * sent to PostgreSQL together: several statements in one message with one Sync, so one round trip
 * where each used to take its own. A round trip costs a socket write and read on both sides, and on
 * the benchmark machine those system calls were the largest single item of a request's CPU (README,
 * Benchmarks). On H2, embedded and without round trips, a write runs as soon as it is added.
 *
 * <p>Each write names its own parameters; they are made unique here with a suffix per write. Its
 * callback gets its update count once the writes sent with it have all run, and may throw to roll the
 * transaction back. Writes run in the order they were added, so row locks are taken in that order.
 */
public final class DeferredWrites {
    /** Bounds one message, so the server's replies always fit in the socket buffers. */
    private static final int MAX_WRITES_PER_ROUND_TRIP = 64;
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z][A-Za-z0-9]*)");

    /** Binds a write's named parameters. */
    public interface Arguments {
        Arguments bind(String name, Object value);

        /** A value that may be null, with its type: a driver cannot bind a bare null. */
        Arguments bindNullable(String name, Object value, Class<?> type);
    }

    private record Write(String sql, Consumer<Arguments> arguments, IntConsumer onUpdateCount) {
    }

    private final Handle handle;
    private final boolean pipelined;
    private final List<Write> queued = new ArrayList<>();

    DeferredWrites(Handle handle, SqlDialect dialect) {
        this.handle = handle;
        this.pipelined = dialect == SqlDialect.POSTGRESQL;
    }

    /**
     * {@code sql} is one INSERT, UPDATE or DELETE (a data-modifying WITH included) with named
     * parameters; no quoted literals and no {@code ::} casts, since its parameters are renamed.
     */
    public void add(String sql, Consumer<Arguments> arguments, IntConsumer onUpdateCount) {
        if (sql.indexOf('\'') >= 0 || sql.contains("::")) {
            throw new IllegalArgumentException("a deferred write binds every value and casts with CAST(… AS …): " + sql);
        }
        Write write = new Write(sql, arguments, onUpdateCount);
        if (!pipelined) {
            Update update = handle.createUpdate(sql);
            arguments.accept(new Suffixed(update, ""));
            onUpdateCount.accept(update.execute());
            return;
        }
        queued.add(write);
        if (queued.size() >= MAX_WRITES_PER_ROUND_TRIP) {
            flush();
        }
    }

    /** Sends what is queued; a repository about to read what it deferred calls this first. */
    public void flush() {
        while (!queued.isEmpty()) {
            List<Write> writes = List.copyOf(queued);
            queued.clear();
            List<Integer> counts = runTogether(writes);
            for (int i = 0; i < writes.size(); i++) {
                writes.get(i).onUpdateCount().accept(counts.get(i));
            }
        }
    }

    private List<Integer> runTogether(List<Write> writes) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < writes.size(); i++) {
            sql.append(i == 0 ? "" : ";\n").append(PARAMETER.matcher(writes.get(i).sql()).replaceAll(":$1" + suffix(i)));
        }
        Update update = handle.createUpdate(sql.toString());
        for (int i = 0; i < writes.size(); i++) {
            writes.get(i).arguments().accept(new Suffixed(update, suffix(i)));
        }
        List<Integer> counts = update.execute(DeferredWrites::updateCounts);
        if (counts.size() != writes.size()) {
            throw new IllegalStateException(writes.size() + " deferred writes sent but " + counts.size() + " update counts received");
        }
        return counts;
    }

    /** Parameter names have no underscore (see PARAMETER), so a suffix starting with one cannot collide. */
    private static String suffix(int write) {
        return "_w" + write;
    }

    private static List<Integer> updateCounts(Supplier<PreparedStatement> executed, StatementContext context) throws SQLException {
        try (context) {
            PreparedStatement statement = executed.get();
            List<Integer> counts = new ArrayList<>();
            for (int count = statement.getUpdateCount(); count != -1; count = statement.getUpdateCount()) {
                counts.add(count);
                if (statement.getMoreResults()) {
                    throw new IllegalStateException("a deferred write returned rows");
                }
            }
            return counts;
        }
    }

    private record Suffixed(Update update, String suffix) implements Arguments {
        @Override
        public Arguments bind(String name, Object value) {
            update.bind(name + suffix, Objects.requireNonNull(value, () -> name + " is null: bind it with bindNullable"));
            return this;
        }

        @Override
        public Arguments bindNullable(String name, Object value, Class<?> type) {
            update.bindByType(name + suffix, value, type);
            return this;
        }
    }
}
