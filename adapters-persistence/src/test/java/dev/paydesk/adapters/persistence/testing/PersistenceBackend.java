package dev.paydesk.adapters.persistence.testing;

import dev.paydesk.adapters.persistence.jdbi.JdbiPersistence;
import dev.paydesk.adapters.persistence.memory.InMemoryPersistence;
import dev.paydesk.application.PaydeskPorts;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Where a port contract test runs: fresh, empty ports of one adapter. Someone writing a new
 * adapter implements this (or just extends a contract and returns their ports) to reuse the
 * contract tests unchanged.
 */
public interface PersistenceBackend extends AutoCloseable {

    /** New, empty ports. */
    PaydeskPorts newPorts();

    /** Releases everything {@link #newPorts()} opened; tests may hold a backend in try-with-resources. */
    @Override
    default void close() {
    }

    static PersistenceBackend inMemory() {
        return InMemoryPersistence::create;
    }

    static PersistenceBackend h2() {
        return new JdbiBackend(false);
    }

    static PersistenceBackend postgres() {
        return new JdbiBackend(true);
    }

    /** A JDBI backend on a fresh database per call; {@link #dataSource()} is the last one, for tampering tests. */
    final class JdbiBackend implements PersistenceBackend {
        private final boolean postgres;
        private final List<DataSource> opened = new ArrayList<>();

        JdbiBackend(boolean postgres) {
            this.postgres = postgres;
        }

        @Override
        public PaydeskPorts newPorts() {
            DataSource dataSource = postgres ? TestDatabases.migratedPostgres() : TestDatabases.h2();
            opened.add(dataSource);
            return JdbiPersistence.migrate(dataSource);
        }

        public DataSource dataSource() {
            return opened.get(opened.size() - 1);
        }

        @Override
        public void close() {
            opened.forEach(TestDatabases::close);
            opened.clear();
        }
    }
}
