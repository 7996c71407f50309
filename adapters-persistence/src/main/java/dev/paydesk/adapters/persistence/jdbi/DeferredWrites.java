package dev.paydesk.adapters.persistence.jdbi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;
import org.postgresql.util.PSQLException;

/**
 * The writes a transaction leaves to its end — journal entries, balances, events, the audit chain —
 * sent to PostgreSQL together: several statements in one message with one Sync, so one round trip
 * where each used to take its own. A round trip costs a socket write and read on both sides, and on
 * the benchmark machine those system calls were the largest single item of a request's CPU (README,
 * Benchmarks). On H2, embedded and without round trips, a write runs as soon as it is added.
 *
 * <p>Each write names its own parameters; they are made unique here with a suffix per write. Its
 * callback gets its update count once the writes sent with it have all run, and may throw to roll the
 * transaction back. A write that must change exactly one row is checked by PostgreSQL itself
 * ({@link #addExpectingOneRow}), so when no write left is waiting for its count, the COMMIT travels in
 * the same message as the last writes ({@link #flushAndCommit}): one round trip fewer per command.
 * Writes run in the order they were added, and any other statement on the
 * transaction's handle sends the queue first ({@link JdbiTransaction#handle()}): statements keep
 * program order, so reads see the transaction's own writes and row locks are taken as before.
 */
public final class DeferredWrites {
    /** Bounds one message, so the server's replies always fit in the socket buffers. */
    private static final int MAX_WRITES_PER_ROUND_TRIP = 64;
    /** The driver allows 65,535 parameters in one prepared statement, all of a message's statements together. */
    private static final int MAX_PARAMETERS_PER_ROUND_TRIP = 30_000;
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z][A-Za-z0-9]*)");
    /** The repositories' SQL texts are a bounded set (a VALUES list grows with its chunk), parsed once each. */
    private static final int MAX_CACHED_TEMPLATES = 1_024;
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    /** Binds a write's named parameters. */
    public interface Arguments {
        Arguments bind(String name, Object value);

        /** A value that may be null, with its type: a driver cannot bind a bare null. */
        Arguments bindNullable(String name, Object value, Class<?> type);
    }

    /** The result the writer waits for, if any: the update count's callback runs in the application, after the write. */
    private enum Kind {
        /** {@code INSERT … VALUES}: writes every row or fails; may travel as a WITH clause of the next statement. */
        FOLDABLE_INSERT,
        /** No result needed: the statement fails by itself if anything is wrong. */
        UNCOUNTED,
        /** Exactly one row or the transaction is refused, checked by PostgreSQL. */
        ONE_ROW,
        /** The update count goes to a callback in the application. */
        COUNTED
    }

    private record Write(Template template, Consumer<Arguments> arguments, Kind kind, IntConsumer onUpdateCount) {
        boolean foldable() {
            return kind == Kind.FOLDABLE_INSERT;
        }
    }

    /** PostgreSQL refuses the transaction, with SQLSTATE {@value #CHECK_REFUSED}, unless the wrapped statement changed one row (migration V11_1). */
    private static final String CHECK_REFUSED = "PDK01";
    private static final String ONE_ROW_CHECK = ") SELECT paydesk_expect_one_row(COUNT(*), :unlessOneRow) FROM checked";

    /**
     * A write's SQL parsed once: the text around its named parameters, so that renaming them is a
     * concatenation on every flush rather than a regular expression; the table an insert writes to;
     * and which tables the statement names, asked of it when an insert is folded before it.
     */
    private static final class Template {
        private final String sql;
        private final List<String> between = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final String insertsInto;
        private final Map<String, Boolean> mentions = new ConcurrentHashMap<>();

        private Template(String sql) {
            this.sql = sql;
            Matcher parameter = PARAMETER.matcher(sql);
            int from = 0;
            while (parameter.find()) {
                between.add(sql.substring(from, parameter.start()));
                names.add(parameter.group(1));
                from = parameter.end();
            }
            between.add(sql.substring(from));
            this.insertsInto = sql.startsWith("INSERT INTO ") ? sql.substring("INSERT INTO ".length()).split("[\\s(]", 2)[0] : null;
        }

        static Template of(String sql) {
            Template cached = TEMPLATES.get(sql);
            if (cached != null) {
                return cached;
            }
            Template parsed = new Template(sql);
            if (TEMPLATES.size() < MAX_CACHED_TEMPLATES) {
                TEMPLATES.putIfAbsent(sql, parsed);
            }
            return parsed;
        }

        int parameters() {
            return names.size();
        }

        /** The SQL with every parameter renamed {@code :name} → {@code :name<suffix>}. */
        String renamed(String suffix) {
            StringBuilder renamed = new StringBuilder(sql.length() + names.size() * (suffix.length() + 1));
            for (int i = 0; i < names.size(); i++) {
                renamed.append(between.get(i)).append(':').append(names.get(i)).append(suffix);
            }
            return renamed.append(between.get(names.size())).toString();
        }

        /** Whether the statement names {@code table} as a whole word, in any case, outside its parameter names. */
        boolean mentions(String table) {
            return mentions.computeIfAbsent(table, name -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(String.join(" ", between)).find());
        }
    }

    /** For a write's update-count callback: anything but exactly one row refuses the commit with {@code otherwise}'s message. */
    public static IntConsumer exactlyOneRow(Supplier<String> otherwise) {
        return updated -> {
            if (updated != 1) {
                throw new IllegalStateException(otherwise.get());
            }
        };
    }

    private final Handle handle;
    private final SqlDialect dialect;
    private final boolean pipelined;
    private final List<Write> queued = new ArrayList<>();
    private int queuedParameters;

    DeferredWrites(Handle handle, SqlDialect dialect) {
        this.handle = handle;
        this.dialect = dialect;
        this.pipelined = dialect == SqlDialect.POSTGRESQL;
    }

    /**
     * {@code sql} is one INSERT, UPDATE or DELETE (a data-modifying WITH included) with named
     * parameters; no quoted literals and no {@code ::} casts, since its parameters are renamed.
     */
    public void add(String sql, Consumer<Arguments> arguments, IntConsumer onUpdateCount) {
        queue(new Write(Template.of(requireBindable(sql)), arguments, Kind.COUNTED, Objects.requireNonNull(onUpdateCount, "onUpdateCount")));
    }

    /** A write whose update count nothing needs: it either does what it should or fails by itself. */
    public void add(String sql, Consumer<Arguments> arguments) {
        queue(new Write(Template.of(requireBindable(sql)), arguments, Kind.UNCOUNTED, null));
    }

    /**
     * An UPDATE or DELETE that must change exactly one row; otherwise the transaction is refused with
     * {@code otherwise}'s message. PostgreSQL checks it in the statement itself (so nothing is left for the
     * application to check after the commit has been sent); H2 runs it at once and the count is checked here.
     */
    public void addExpectingOneRow(String sql, Consumer<Arguments> arguments, Supplier<String> otherwise) {
        if (!(sql.startsWith("UPDATE ") || sql.startsWith("DELETE "))) {
            throw new IllegalArgumentException("addExpectingOneRow takes an UPDATE or a DELETE: " + sql);
        }
        if (!pipelined) {
            queue(new Write(Template.of(requireBindable(sql)), arguments, Kind.COUNTED, exactlyOneRow(otherwise)));
            return;
        }
        queue(new Write(Template.of(requireBindable("WITH checked AS (" + sql + " RETURNING 1" + ONE_ROW_CHECK)),
                arguments.andThen(bind -> bind.bind("unlessOneRow", otherwise.get())), Kind.ONE_ROW, null));
    }

    /**
     * {@code INSERT INTO … VALUES …}: it writes every row or fails, so it has no update count to check.
     * On PostgreSQL it travels as a WITH clause of the statement that follows it: one statement fewer
     * for the database to run.
     */
    public void addInsert(String sql, Consumer<Arguments> arguments) {
        if (!sql.startsWith("INSERT INTO ") || !sql.contains(" VALUES ")) {
            throw new IllegalArgumentException("addInsert takes INSERT INTO … VALUES …: " + sql);
        }
        queue(new Write(Template.of(requireBindable(sql)), arguments, Kind.FOLDABLE_INSERT, null));
    }

    /**
     * One row into {@code table}, replacing the row with the same {@code key} column if there is one
     * ({@link SqlDialect#insertOrReplace}). Like {@link #addInsert}, it writes its row or fails, and on
     * PostgreSQL it is folded into the statement that follows it.
     */
    public void addInsertOrReplace(String table, String columns, String values, String key, Consumer<Arguments> arguments) {
        String sql = dialect.insertOrReplace(table, columns, values, key);
        queue(new Write(Template.of(requireBindable(sql)), arguments, pipelined ? Kind.FOLDABLE_INSERT : Kind.UNCOUNTED, null));
    }

    private static String requireBindable(String sql) {
        if (sql.indexOf('\'') >= 0 || sql.contains("::")) {
            throw new IllegalArgumentException("a deferred write binds every value and casts with CAST(… AS …): " + sql);
        }
        return sql;
    }

    private void queue(Write write) {
        if (!pipelined) {
            Update update = handle.createUpdate(write.template().sql);
            write.arguments().accept(new Suffixed(update, ""));
            int count = update.execute();
            if (write.kind() == Kind.COUNTED) {
                write.onUpdateCount().accept(count);
            }
            return;
        }
        if (!queued.isEmpty() && queuedParameters + write.template().parameters() > MAX_PARAMETERS_PER_ROUND_TRIP) {
            flush();
        }
        queued.add(write);
        queuedParameters += write.template().parameters();
        if (queued.size() >= MAX_WRITES_PER_ROUND_TRIP) {
            flush();
        }
    }

    /** Sends what is queued, in one round trip on PostgreSQL; the callbacks run once all of it has. */
    public void flush() {
        send(false);
    }

    /**
     * Sends what is queued and, on PostgreSQL when no write waits for its update count, the COMMIT with it:
     * the transaction is then committed when this returns (the driver's own commit finds nothing left to do).
     */
    public void flushAndCommit() {
        send(pipelined && !queued.isEmpty() && queued.stream().noneMatch(write -> write.kind() == Kind.COUNTED));
    }

    /** Loops while callbacks queue more writes; with the COMMIT there is no callback, so it goes in the only message. */
    private void send(boolean commit) {
        while (!queued.isEmpty()) {
            List<Write> writes = List.copyOf(queued);
            queued.clear();
            queuedParameters = 0;
            runTogether(writes, commit);
        }
    }

    /**
     * Each statement: the foldable inserts before it as WITH clauses, then the write that gets the
     * count. One statement runs on one snapshot, so a statement that names a table an insert before
     * it wrote to would not see that insert's rows: those inserts then go as a statement of their own.
     */
    private void runTogether(List<Write> writes, boolean commit) {
        StringBuilder sql = new StringBuilder();
        List<Write> statements = new ArrayList<>();
        List<Folded> folded = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            Write write = writes.get(i);
            String renamed = write.template().renamed(suffix(i));
            if (write.foldable() && i < writes.size() - 1) {
                folded.add(new Folded(write, "folded" + suffix(i), renamed));
                continue;
            }
            if (folded.stream().anyMatch(insert -> write.template().mentions(insert.write().template().insertsInto))) {
                appendFoldedAlone(sql, folded, statements);
            }
            appendStatement(sql, folded, renamed);
            statements.add(write);
        }
        if (commit) {
            sql.append(";\nCOMMIT");
        }
        Update update = handle.createUpdate(sql.toString());
        for (int i = 0; i < writes.size(); i++) {
            writes.get(i).arguments().accept(new Suffixed(update, suffix(i)));
        }
        List<Integer> counts = executeRefusingAsTheApplicationWould(update);
        if (commit) {
            return; // committed: no write waits for its count, and nothing thrown now could undo the commit
        }
        if (counts.size() != statements.size()) {
            throw new IllegalStateException(statements.size() + " deferred statements sent but " + counts.size() + " results received");
        }
        for (int i = 0; i < statements.size(); i++) {
            Write write = statements.get(i);
            if ((write.kind() == Kind.ONE_ROW) != (counts.get(i) == null)) {
                throw new IllegalStateException("a deferred write " + (counts.get(i) == null ? "returned rows: " : "was not checked: ")
                        + write.template().sql);
            }
            if (write.kind() == Kind.COUNTED) {
                write.onUpdateCount().accept(counts.get(i));
            }
        }
    }

    /** The folded inserts as a statement of their own: the last one is the statement, the others its WITH clauses. */
    private static void appendFoldedAlone(StringBuilder sql, List<Folded> folded, List<Write> statements) {
        Folded last = folded.remove(folded.size() - 1);
        appendStatement(sql, folded, last.sql());
        statements.add(last.write());
    }

    private static void appendStatement(StringBuilder sql, List<Folded> folded, String main) {
        sql.append(sql.length() == 0 ? "" : ";\n");
        if (!folded.isEmpty()) {
            boolean hasWith = main.regionMatches(true, 0, "WITH ", 0, 5);
            sql.append("WITH ").append(String.join(", ", folded.stream().map(Folded::clause).toList())).append(hasWith ? ", " : " ");
            main = hasWith ? main.substring(5) : main;
            folded.clear();
        }
        sql.append(main);
    }

    private record Folded(Write write, String name, String sql) {
        String clause() {
            return name + " AS (" + sql + ")";
        }
    }

    /** Parameter names have no underscore (see PARAMETER), so a suffix starting with one cannot collide. */
    private static String suffix(int write) {
        return "_w" + write;
    }

    /** A write refused by its check in the database fails as one refused by its callback: with its message. */
    private static List<Integer> executeRefusingAsTheApplicationWould(Update update) {
        try {
            return update.execute(DeferredWrites::updateCounts);
        } catch (UnableToExecuteStatementException failure) {
            if (failure.getCause() instanceof PSQLException refused && CHECK_REFUSED.equals(refused.getSQLState())
                    && refused.getServerErrorMessage() != null) {
                throw new IllegalStateException(refused.getServerErrorMessage().getMessage(), failure);
            }
            throw failure;
        }
    }

    /** Each statement's update count, or null for one that returned rows (a checked write, whose check passed). */
    private static List<Integer> updateCounts(Supplier<PreparedStatement> executed, StatementContext context) throws SQLException {
        try (context) {
            PreparedStatement statement = executed.get();
            List<Integer> counts = new ArrayList<>();
            while (true) {
                ResultSet checked = statement.getResultSet();
                if (checked != null) {
                    checked.close();
                    counts.add(null);
                } else {
                    int count = statement.getUpdateCount();
                    if (count == -1) {
                        return counts;
                    }
                    counts.add(count);
                }
                statement.getMoreResults();
            }
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
