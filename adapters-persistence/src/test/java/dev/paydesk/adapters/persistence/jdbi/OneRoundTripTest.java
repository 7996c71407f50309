package dev.paydesk.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Several queries read together (in one message on PostgreSQL, one by one on H2): results in order, after the queued writes. */
class OneRoundTripTest {

    static Stream<PersistenceBackend.JdbiBackend> databases() {
        return Stream.of((PersistenceBackend.JdbiBackend) PersistenceBackend.h2(), (PersistenceBackend.JdbiBackend) PersistenceBackend.postgres());
    }

    private static JdbiUnitOfWork withProbeRows(PersistenceBackend.JdbiBackend backend) {
        backend.newPorts();
        Jdbi jdbi = Jdbi.create(backend.dataSource());
        jdbi.useHandle(handle -> {
            handle.execute("CREATE TABLE probe (id VARCHAR(20) PRIMARY KEY, n BIGINT NOT NULL)");
            handle.execute("INSERT INTO probe (id, n) VALUES ('a', 1), ('b', 2), ('c', 3)");
        });
        return new JdbiUnitOfWork(jdbi);
    }

    private record Read(List<Long> nOfB, List<String> atLeastTwo, List<Long> count) {
    }

    @ParameterizedTest
    @MethodSource("databases")
    void eachQueryGetsItsOwnArgumentsAndItsResultsInTheOrderAdded(PersistenceBackend.JdbiBackend backend) {
        try (backend) {
            JdbiUnitOfWork unitOfWork = withProbeRows(backend);
            Read read = unitOfWork.inTransaction(() -> new OneRoundTrip()
                    .query("SELECT n FROM probe WHERE id = ?", "b")
                    .query("SELECT id FROM probe WHERE n >= ? AND id <> ? ORDER BY id", 2, "x")
                    .query("SELECT COUNT(*) FROM probe")
                    .read(unitOfWork.transaction(), results -> new Read(results.next(row -> row.getLong(1)),
                            results.next(row -> row.getString(1)), results.next(row -> row.getLong(1)))));

            assertThat(read).isEqualTo(new Read(List.of(2L), List.of("b", "c"), List.of(3L)));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theReadsSeeTheWritesTheTransactionQueuedBeforeThem(PersistenceBackend.JdbiBackend backend) {
        try (backend) {
            JdbiUnitOfWork unitOfWork = withProbeRows(backend);
            List<Long> seen = unitOfWork.inTransaction(() -> {
                unitOfWork.transaction().deferredWrites().add("UPDATE probe SET n = n + :n WHERE id = :id",
                        arguments -> arguments.bind("n", 40L).bind("id", "b"), DeferredWrites.exactlyOneRow(() -> "no probe b"));
                return new OneRoundTrip().query("SELECT n FROM probe WHERE id = ?", "b")
                        .read(unitOfWork.transaction(), results -> results.next(row -> row.getLong(1)));
            });

            assertThat(seen).containsExactly(42L);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aResultLeftUnreadIsAProgrammingError(PersistenceBackend.JdbiBackend backend) {
        try (backend) {
            JdbiUnitOfWork unitOfWork = withProbeRows(backend);
            assertThatThrownBy(() -> unitOfWork.inTransaction(() -> new OneRoundTrip()
                    .query("SELECT n FROM probe WHERE id = ?", "a")
                    .query("SELECT n FROM probe WHERE id = ? FOR UPDATE", "b")
                    .read(unitOfWork.transaction(), results -> results.next(row -> row.getLong(1)))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("only 1 of the 2 results were read");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailingQueryFailsTheReadWithTheDatabasesErrorAsItsCause(PersistenceBackend.JdbiBackend backend) {
        try (backend) {
            JdbiUnitOfWork unitOfWork = withProbeRows(backend);
            assertThatThrownBy(() -> unitOfWork.inTransaction(() -> new OneRoundTrip()
                    .query("SELECT n FROM probe WHERE id = ?", "a")
                    .query("SELECT no_such_column FROM probe")
                    .read(unitOfWork.transaction(), results -> List.of(results.next(row -> row.getLong(1)), results.next(row -> row.getLong(1))))))
                    .isInstanceOf(UnableToExecuteStatementException.class)
                    .hasCauseInstanceOf(SQLException.class);
        }
    }
}
