package dev.paydesk.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Deferred writes: in order, each with its own parameters and update count, all or nothing — and together on PostgreSQL. */
class DeferredWritesTest {
    private static final String INSERT = "INSERT INTO probe (id, n) VALUES (:id, :n)";
    private static final String ADD = "UPDATE probe SET n = n + :n WHERE id = :id";

    record Database(String name, PersistenceBackend.JdbiBackend backend, boolean pipelined) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Database> databases() {
        return Stream.of(new Database("H2", (PersistenceBackend.JdbiBackend) PersistenceBackend.h2(), false),
                new Database("PostgreSQL", (PersistenceBackend.JdbiBackend) PersistenceBackend.postgres(), true));
    }

    /** A unit of work over a fresh database with a probe table, counting the statements sent to the driver. */
    private static final class Fixture {
        final JdbiUnitOfWork unitOfWork;
        final Jdbi jdbi;
        final AtomicInteger executions = new AtomicInteger();

        Fixture(PersistenceBackend.JdbiBackend backend) {
            this(backend, UnaryOperator.identity());
        }

        Fixture(PersistenceBackend.JdbiBackend backend, UnaryOperator<DataSource> wrap) {
            backend.newPorts();
            jdbi = Jdbi.create(wrap.apply(backend.dataSource()));
            jdbi.useHandle(handle -> {
                handle.execute("CREATE TABLE probe (id VARCHAR(20) PRIMARY KEY, n BIGINT NOT NULL)");
                handle.execute("CREATE TABLE probe_log (id VARCHAR(20) PRIMARY KEY)");
            });
            jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
                @Override
                public void logBeforeExecution(StatementContext context) {
                    executions.incrementAndGet();
                }
            });
            unitOfWork = new JdbiUnitOfWork(jdbi);
        }

        DeferredWrites writes() {
            return unitOfWork.transaction().deferredWrites();
        }

        List<String> log() {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM probe_log ORDER BY id").mapTo(String.class).list());
        }

        Map<String, Long> rows() {
            Map<String, Long> rows = new TreeMap<>();
            jdbi.useHandle(handle -> handle.createQuery("SELECT id, n FROM probe").map((rs, ctx) -> rows.put(rs.getString("id"), rs.getLong("n"))).list());
            return rows;
        }
    }

    private static void probe(DeferredWrites writes, String sql, String id, long n, List<Integer> counts) {
        writes.add(sql, arguments -> arguments.bind("id", id).bind("n", n), counts::add);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void writesRunInTheOrderAddedEachWithItsOwnParametersAndUpdateCount(Database database) {
        try (PersistenceBackend.JdbiBackend backend = database.backend()) {
            Fixture fixture = new Fixture(backend);
            List<Integer> counts = new ArrayList<>();
            fixture.unitOfWork.run(() -> {
                probe(fixture.writes(), INSERT, "a", 1, counts);
                probe(fixture.writes(), INSERT, "b", 2, counts);
                probe(fixture.writes(), ADD, "a", 10, counts);
                probe(fixture.writes(), ADD, "nobody", 5, counts);
                fixture.executions.set(0);
            });

            // One statement sent for the four on PostgreSQL, there at the commit; one each on H2, already run when added.
            assertThat(fixture.executions).hasValue(database.pipelined() ? 1 : 0);
            assertThat(counts).containsExactly(1, 1, 1, 0);
            assertThat(fixture.rows()).containsExactlyEntriesOf(new TreeMap<>(Map.of("a", 11L, "b", 2L)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void insertsFoldedIntoTheWriteAfterThemAllLand(Database database) {
        try (PersistenceBackend.JdbiBackend backend = database.backend()) {
            Fixture fixture = new Fixture(backend);
            fixture.unitOfWork.run(() -> probe(fixture.writes(), INSERT, "a", 1, new ArrayList<>()));
            List<Integer> counts = new ArrayList<>();
            fixture.unitOfWork.run(() -> {
                fixture.executions.set(0);
                fixture.writes().addInsert("INSERT INTO probe_log (id) VALUES (:id)", arguments -> arguments.bind("id", "x"));
                fixture.writes().addInsert("INSERT INTO probe_log (id) VALUES (:id), (:other)", arguments -> arguments.bind("id", "y").bind("other", "z"));
                probe(fixture.writes(), ADD, "a", 10, counts);
                fixture.writes().addInsert("INSERT INTO probe_log (id) VALUES (:id)", arguments -> arguments.bind("id", "last"));
            });

            assertThat(fixture.executions).hasValue(database.pipelined() ? 1 : 4);
            assertThat(counts).containsExactly(1);
            assertThat(fixture.rows()).containsExactlyEntriesOf(Map.of("a", 11L));
            assertThat(fixture.log()).containsExactly("last", "x", "y", "z");
        }
    }

    /** 64 inserts of 1,100 parameters each: in one message they would pass the 65,535 the driver allows. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void writesWithManyParametersGoInSeveralMessages(Database database) {
        try (PersistenceBackend.JdbiBackend backend = database.backend()) {
            Fixture fixture = new Fixture(backend);
            int rowsPerInsert = 1_100;
            String values = String.join(", ", java.util.stream.IntStream.range(0, rowsPerInsert).mapToObj(row -> "(:r" + row + ")").toList());
            fixture.unitOfWork.run(() -> {
                fixture.executions.set(0);
                for (int insert = 0; insert < 64; insert++) {
                    int first = insert * rowsPerInsert;
                    fixture.writes().addInsert("INSERT INTO probe_log (id) VALUES " + values, arguments -> {
                        for (int row = 0; row < rowsPerInsert; row++) {
                            arguments.bind("r" + row, "r" + (first + row));
                        }
                    });
                }
            });

            assertThat(fixture.executions).hasValue(database.pipelined() ? 3 : 64); // 27 + 27 + 10 within 30,000 parameters
            assertThat(fixture.log()).hasSize(64 * rowsPerInsert);
        }
    }

    /** One statement sees one snapshot: an update of rows inserted just before it must not travel with that insert. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aWriteToRowsInsertedJustBeforeItSeesThem(Database database) {
        try (PersistenceBackend.JdbiBackend backend = database.backend()) {
            Fixture fixture = new Fixture(backend);
            List<Integer> counts = new ArrayList<>();
            fixture.unitOfWork.run(() -> {
                fixture.writes().addInsert("INSERT INTO probe_log (id) VALUES (:id)", arguments -> arguments.bind("id", "x"));
                fixture.writes().addInsert(INSERT, arguments -> arguments.bind("id", "a").bind("n", 1L));
                probe(fixture.writes(), ADD, "a", 10, counts);
            });

            assertThat(counts).containsExactly(1);
            assertThat(fixture.rows()).containsExactlyEntriesOf(Map.of("a", 11L));
            assertThat(fixture.log()).containsExactly("x");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aStatementIssuedAfterADeferredWriteRunsAfterIt(Database database) {
        try (PersistenceBackend.JdbiBackend backend = database.backend()) {
            Fixture fixture = new Fixture(backend);
            List<Integer> counts = new ArrayList<>();
            long seen = fixture.unitOfWork.inTransaction(() -> {
                probe(fixture.writes(), INSERT, "a", 1, counts);
                long read = fixture.unitOfWork.transaction().handle().createQuery("SELECT n FROM probe WHERE id = 'a'").mapTo(Long.class).one();
                probe(fixture.writes(), ADD, "a", 10, counts);
                return read;
            });
            assertThat(seen).isEqualTo(1L);
            assertThat(counts).containsExactly(1, 1);
            assertThat(fixture.rows()).containsExactlyEntriesOf(Map.of("a", 11L));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailingWriteRollsBackEverythingTheTransactionWrote(Database database) {
        try (PersistenceBackend.JdbiBackend backend = database.backend()) {
            Fixture fixture = new Fixture(backend);
            assertThatThrownBy(() -> fixture.unitOfWork.run(() -> {
                probe(fixture.writes(), INSERT, "a", 1, new ArrayList<>());
                probe(fixture.writes(), INSERT, "a", 2, new ArrayList<>());
                probe(fixture.writes(), INSERT, "b", 3, new ArrayList<>());
            })).satisfies(failure -> assertThat(SqlDialect.isUniqueViolation(failure)).isTrue());

            assertThat(fixture.rows()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aCallbackThatRefusesItsUpdateCountRollsTheTransactionBack(Database database) {
        try (PersistenceBackend.JdbiBackend backend = database.backend()) {
            Fixture fixture = new Fixture(backend);
            assertThatThrownBy(() -> fixture.unitOfWork.run(() -> {
                probe(fixture.writes(), INSERT, "a", 1, new ArrayList<>());
                fixture.writes().add(ADD, arguments -> arguments.bind("id", "nobody").bind("n", 1L), updated -> {
                    if (updated != 1) {
                        throw new IllegalStateException("row missing");
                    }
                });
            })).hasMessage("row missing");

            assertThat(fixture.rows()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aWriteExpectedToChangeOneRowThatChangesNoneOrTwoRefusesTheCommit(Database database) {
        try (PersistenceBackend.JdbiBackend backend = database.backend()) {
            Fixture fixture = new Fixture(backend);
            fixture.unitOfWork.run(() -> fixture.writes().addInsert("INSERT INTO probe (id, n) VALUES (:a, 1), (:b, 2)",
                    arguments -> arguments.bind("a", "a").bind("b", "b")));

            assertThatThrownBy(() -> fixture.unitOfWork.run(() -> {
                fixture.writes().addInsert("INSERT INTO probe_log (id) VALUES (:id)", arguments -> arguments.bind("id", "x"));
                fixture.writes().addExpectingOneRow(ADD, arguments -> arguments.bind("id", "nobody").bind("n", 1L), () -> "no probe nobody");
            })).isInstanceOf(IllegalStateException.class).hasMessage("no probe nobody");
            assertThatThrownBy(() -> fixture.unitOfWork.run(() -> {
                fixture.writes().addExpectingOneRow(ADD, arguments -> arguments.bind("id", "a").bind("n", 10L), () -> "no probe a");
                fixture.writes().addExpectingOneRow("UPDATE probe SET n = n + :n", arguments -> arguments.bind("n", 100L), () -> "not one probe");
            })).isInstanceOf(IllegalStateException.class).hasMessage("not one probe");

            assertThat(fixture.rows()).containsExactlyEntriesOf(new TreeMap<>(Map.of("a", 1L, "b", 2L)));
            assertThat(fixture.log()).isEmpty();
            assertThatThrownBy(() -> fixture.unitOfWork.run(() -> fixture.writes().addExpectingOneRow("WITH x AS (SELECT 1) " + ADD,
                    arguments -> { }, () -> "never"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UPDATE or a DELETE");
        }
    }

    /**
     * PostgreSQL: the COMMIT goes in the message of the last writes (the driver's commit then finds the transaction
     * ended), unless one of them waits for its update count in the application, which must be able to refuse the commit.
     */
    @Test
    void onPostgresqlTheCommitTravelsWithTheLastWritesUnlessOneWaitsForItsCount() {
        try (PersistenceBackend.JdbiBackend backend = (PersistenceBackend.JdbiBackend) PersistenceBackend.postgres()) {
            List<TransactionState> atCommit = new ArrayList<>();
            Fixture fixture = new Fixture(backend, dataSource -> recordingStateAtCommit(dataSource, atCommit));
            fixture.unitOfWork.run(() -> {
                fixture.writes().addInsert(INSERT, arguments -> arguments.bind("id", "a").bind("n", 1L));
                fixture.writes().addExpectingOneRow(ADD, arguments -> arguments.bind("id", "a").bind("n", 10L), () -> "no probe a");
                fixture.writes().add("DELETE FROM probe_log WHERE id = :id", arguments -> arguments.bind("id", "x"));
            });
            fixture.unitOfWork.run(() -> probe(fixture.writes(), ADD, "a", 100, new ArrayList<>()));
            fixture.unitOfWork.run(() -> fixture.unitOfWork.transaction().handle().createUpdate(ADD).bind("id", "a").bind("n", 1000L).execute());

            assertThat(atCommit).containsExactly(TransactionState.IDLE, TransactionState.OPEN, TransactionState.OPEN);
            assertThat(fixture.rows()).containsExactlyEntriesOf(Map.of("a", 1111L));
        }
    }

    /**
     * PostgreSQL: the COMMIT waits in the same message as a write that waits for a row lock. A client that gives up then
     * (here its socket is closed) must leave nothing committed once the lock is released: the pool's connections ask
     * the server to check every second that their client is still there.
     */
    @Test
    void onPostgresqlWritesWaitingForALockWhenTheClientGivesUpAreNotCommitted() throws Exception {
        try (PersistenceBackend.JdbiBackend backend = (PersistenceBackend.JdbiBackend) PersistenceBackend.postgres()) {
            Fixture fixture = new Fixture(backend);
            fixture.unitOfWork.run(() -> probe(fixture.writes(), INSERT, "a", 1, new ArrayList<>()));
            ExecutorService client = Executors.newSingleThreadExecutor();
            try (Connection holder = backend.dataSource().getConnection(); Statement statement = holder.createStatement()) {
                holder.setAutoCommit(false);
                statement.executeUpdate("UPDATE probe SET n = n + 1 WHERE id = 'a'");
                AtomicReference<Connection> waiting = new AtomicReference<>();
                Future<?> command = client.submit(() -> fixture.unitOfWork.run(() -> {
                    waiting.set(fixture.unitOfWork.transaction().handle().getConnection());
                    fixture.writes().addExpectingOneRow(ADD, arguments -> arguments.bind("id", "a").bind("n", 10L), () -> "no probe a");
                }));
                awaitALockWait(statement);

                waiting.get().unwrap(BaseConnection.class).abort(Runnable::run);
                assertThatThrownBy(() -> command.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
                Thread.sleep(2_500); // two of the server's checks
                holder.commit();
            } finally {
                client.shutdownNow();
            }

            assertThat(fixture.rows()).containsExactlyEntriesOf(Map.of("a", 2L));
        }
    }

    private static void awaitALockWait(Statement statement) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (ResultSet waiting = statement.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) {
                waiting.next();
                if (waiting.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the command never waited for the lock");
    }

    /** The data source's connections, each noting the driver's transaction state when the application commits. */
    private static DataSource recordingStateAtCommit(DataSource dataSource, List<TransactionState> atCommit) {
        return proxy(DataSource.class, dataSource, (method, arguments) -> {
            Object result = call(method, dataSource, arguments);
            if (!method.getName().equals("getConnection")) {
                return result;
            }
            Connection connection = (Connection) result;
            return proxy(Connection.class, connection, (connectionMethod, connectionArguments) -> {
                if (connectionMethod.getName().equals("commit")) {
                    atCommit.add(connection.unwrap(BaseConnection.class).getTransactionState());
                }
                return call(connectionMethod, connection, connectionArguments);
            });
        });
    }

    private interface Call {
        Object on(Method method, Object[] arguments) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, arguments) -> call.on(method, arguments)));
    }

    private static Object call(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void manyWritesGoInSeveralBoundedMessagesAndAllRun(Database database) {
        try (PersistenceBackend.JdbiBackend backend = database.backend()) {
            Fixture fixture = new Fixture(backend);
            List<Integer> counts = new ArrayList<>();
            fixture.unitOfWork.run(() -> {
                fixture.executions.set(0);
                for (int i = 0; i < 150; i++) {
                    probe(fixture.writes(), INSERT, "p" + i, i, counts);
                }
            });

            assertThat(fixture.executions).hasValue(database.pipelined() ? 3 : 150); // 64 + 64 + 22
            assertThat(counts).hasSize(150).containsOnly(1);
            assertThat(fixture.rows()).hasSize(150).containsEntry("p149", 149L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aWriteWithAQuotedLiteralAnInsertThatIsNotOneOrANullBoundAsAnObjectIsRefused(Database database) {
        try (PersistenceBackend.JdbiBackend backend = database.backend()) {
            Fixture fixture = new Fixture(backend);
            assertThatThrownBy(() -> fixture.unitOfWork.run(() -> fixture.writes().add("UPDATE probe SET id = 'x' WHERE id = :id",
                    arguments -> arguments.bind("id", "a"), updated -> { })))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binds every value");
            assertThatThrownBy(() -> fixture.unitOfWork.run(() -> fixture.writes().addInsert(ADD, arguments -> { })))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INSERT INTO … VALUES");
            assertThatThrownBy(() -> fixture.unitOfWork.run(() -> fixture.writes().add(INSERT,
                    arguments -> arguments.bind("id", null).bind("n", 1L), updated -> { })))
                    .isInstanceOf(NullPointerException.class).hasMessageContaining("bindNullable");
            fixture.unitOfWork.run(() -> fixture.writes().add("INSERT INTO probe (id, n) VALUES (:id, COALESCE(CAST(:n AS BIGINT), 7))",
                    arguments -> arguments.bind("id", "c").bindNullable("n", null, Long.class), updated -> { }));
            assertThat(fixture.rows()).containsExactlyEntriesOf(Map.of("c", 7L));
        }
    }
}
