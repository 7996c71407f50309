package dev.paydesk.adapters.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paydesk.adapters.persistence.testing.PersistenceBackend;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** UnitOfWork.sharingOneConnection: a request's read and its transaction take one connection, which goes back in time. */
class SharedConnectionTest {

    static Stream<PersistenceBackend.JdbiBackend> databases() {
        return Stream.of((PersistenceBackend.JdbiBackend) PersistenceBackend.h2(), (PersistenceBackend.JdbiBackend) PersistenceBackend.postgres());
    }

    /** Counts the connections taken from the pool and those still open. */
    private static final class Counted {
        final AtomicInteger taken = new AtomicInteger();
        final AtomicInteger open = new AtomicInteger();
        final JdbiUnitOfWork unitOfWork;

        Counted(PersistenceBackend.JdbiBackend backend) {
            backend.newPorts();
            DataSource pool = backend.dataSource();
            DataSource counting = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        Object result = invoke(method, pool, args);
                        if (method.getName().equals("getConnection")) {
                            taken.incrementAndGet();
                            open.incrementAndGet();
                            return closeCounted((Connection) result);
                        }
                        return result;
                    });
            unitOfWork = new JdbiUnitOfWork(Jdbi.create(counting));
        }

        private Connection closeCounted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                if (method.getName().equals("close") && !connection.isClosed()) {
                    open.decrementAndGet();
                }
                return invoke(method, connection, args);
            });
        }

        private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        /** The database session's id, to tell connections apart. */
        String session() {
            return unitOfWork.transaction().handle().createQuery(unitOfWork.transaction().dialect() == SqlDialect.POSTGRESQL
                    ? "SELECT CAST(pg_backend_pid() AS VARCHAR)" : "SELECT CAST(SESSION_ID() AS VARCHAR)").mapTo(String.class).one();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReadAndTheTransactionAfterItShareOneConnectionWhichGoesBackBeforeTheAfterCommitActions(PersistenceBackend.JdbiBackend backend) throws Exception {
        try (backend) {
            Counted counted = new Counted(backend);
            List<String> sessions = new ArrayList<>();
            List<Integer> openDuringAfterCommit = new ArrayList<>();

            counted.unitOfWork.sharingOneConnection(() -> {
                sessions.add(counted.unitOfWork.read(counted::session));
                counted.unitOfWork.run(() -> {
                    sessions.add(counted.session());
                    counted.unitOfWork.afterCommit(() -> openDuringAfterCommit.add(counted.open.get()));
                });
            });

            assertThat(counted.taken).hasValue(1);
            assertThat(sessions).hasSize(2).first().isEqualTo(sessions.get(1));
            assertThat(openDuringAfterCommit).containsExactly(0);
            assertThat(counted.open).hasValue(0);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void withoutARequestScopeAReadAndATransactionEachTakeTheirOwn(PersistenceBackend.JdbiBackend backend) {
        try (backend) {
            Counted counted = new Counted(backend);

            counted.unitOfWork.read(counted::session);
            counted.unitOfWork.run(counted::session);

            assertThat(counted.taken).hasValue(2);
            assertThat(counted.open).hasValue(0);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRequestThatOnlyReadsGivesItsConnectionBackWhenItEnds(PersistenceBackend.JdbiBackend backend) throws Exception {
        try (backend) {
            Counted counted = new Counted(backend);
            List<Integer> openBetweenReads = new ArrayList<>();

            counted.unitOfWork.sharingOneConnection(() -> {
                counted.unitOfWork.read(counted::session);
                openBetweenReads.add(counted.open.get());
                counted.unitOfWork.read(counted::session);
            });

            assertThat(openBetweenReads).containsExactly(1);
            assertThat(counted.taken).hasValue(1);
            assertThat(counted.open).hasValue(0);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aRequestThatFailsGivesItsConnectionBack(PersistenceBackend.JdbiBackend backend) {
        try (backend) {
            Counted counted = new Counted(backend);

            assertThatThrownBy(() -> counted.unitOfWork.sharingOneConnection(() -> {
                counted.unitOfWork.read(counted::session);
                throw new IllegalArgumentException("refused");
            })).hasMessage("refused");

            assertThat(counted.open).hasValue(0);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTransactionThatRollsBackLeavesNothingOnTheSharedConnection(PersistenceBackend.JdbiBackend backend) throws Exception {
        try (backend) {
            Counted counted = new Counted(backend);
            counted.unitOfWork.run(() -> counted.unitOfWork.transaction().handle().execute("CREATE TABLE probe (id VARCHAR(20) PRIMARY KEY)"));
            List<Long> seen = new ArrayList<>();

            counted.unitOfWork.sharingOneConnection(() -> {
                counted.unitOfWork.read(counted::session);
                assertThatThrownBy(() -> counted.unitOfWork.run(() -> {
                    counted.unitOfWork.transaction().handle().execute("INSERT INTO probe (id) VALUES ('a')");
                    throw new IllegalStateException("rolled back");
                })).hasMessage("rolled back");
                seen.add(counted.unitOfWork.read(() -> counted.unitOfWork.transaction().handle().createQuery("SELECT COUNT(*) FROM probe")
                        .mapTo(Long.class).one()));
            });

            assertThat(seen).containsExactly(0L);
            assertThat(counted.open).hasValue(0);
        }
    }
}
