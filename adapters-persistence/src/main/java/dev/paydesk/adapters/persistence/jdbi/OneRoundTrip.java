package dev.paydesk.adapters.persistence.jdbi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Queries that do not depend on each other's results, sent to PostgreSQL in one message: its driver sends every part of a
 * multi-statement prepared statement before it reads the first result. The statements still run one after the other in
 * the caller's transaction, each seeing what the ones before it locked. Other databases (the embedded H2, with no network
 * between) run them one by one, as their results are read; every result must be read. Arguments are positional ({@code ?}).
 */
public final class OneRoundTrip {
    private record Part(String sql, Object[] arguments) {
    }

    /** Maps one row; the result set is positioned on it. */
    @FunctionalInterface
    public interface Rows<R> {
        R read(ResultSet row) throws SQLException;
    }

    /** Reads the queries' results, in the order the queries were added. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(Results results) throws SQLException;
    }

    private final List<Part> parts = new ArrayList<>();

    public OneRoundTrip query(String sql, Object... arguments) {
        parts.add(new Part(sql, arguments.clone()));
        return this;
    }

    public <T> T read(JdbiTransaction transaction, Reader<T> reader) {
        Connection connection = transaction.handle().getConnection();
        boolean together = transaction.dialect() == SqlDialect.POSTGRESQL;
        try (Results results = together ? new Together(connection, parts) : new OneByOne(connection, parts)) {
            T read = reader.read(results);
            if (results.next < parts.size()) {
                // One by one, a query whose result is not read never runs: a lock it takes would be missing.
                throw new IllegalStateException("only " + results.next + " of the " + parts.size() + " results were read");
            }
            return read;
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** The result of each query in turn. */
    public abstract static sealed class Results implements AutoCloseable permits Together, OneByOne {
        private int next;

        /** The rows of the next query. */
        public final <R> List<R> next(Rows<R> rows) throws SQLException {
            if (next == size()) {
                throw new IllegalStateException("all " + size() + " results were read");
            }
            try (ResultSet resultSet = resultOf(next++)) {
                List<R> read = new ArrayList<>();
                while (resultSet.next()) {
                    read.add(rows.read(resultSet));
                }
                return read;
            }
        }

        abstract int size();

        abstract ResultSet resultOf(int index) throws SQLException;

        @Override
        public abstract void close() throws SQLException;
    }

    private static final class Together extends Results {
        private final PreparedStatement statement;
        private final int size;

        Together(Connection connection, List<Part> parts) throws SQLException {
            size = parts.size();
            statement = connection.prepareStatement(String.join(";\n", parts.stream().map(Part::sql).toList()));
            try {
                int index = 1;
                for (Part part : parts) {
                    for (Object argument : part.arguments()) {
                        statement.setObject(index++, argument);
                    }
                }
                statement.execute();
            } catch (SQLException | RuntimeException failure) {
                statement.close();
                throw failure;
            }
        }

        @Override
        int size() {
            return size;
        }

        @Override
        ResultSet resultOf(int index) throws SQLException {
            if (index > 0 && !statement.getMoreResults()) {
                throw new SQLException("query " + (index + 1) + " of " + size + " gave no result set");
            }
            return statement.getResultSet();
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    private static final class OneByOne extends Results {
        private final Connection connection;
        private final List<Part> parts;
        private PreparedStatement current;

        OneByOne(Connection connection, List<Part> parts) {
            this.connection = connection;
            this.parts = parts;
        }

        @Override
        int size() {
            return parts.size();
        }

        @Override
        ResultSet resultOf(int index) throws SQLException {
            close();
            Part part = parts.get(index);
            current = connection.prepareStatement(part.sql());
            for (int i = 0; i < part.arguments().length; i++) {
                current.setObject(i + 1, part.arguments()[i]);
            }
            return current.executeQuery();
        }

        @Override
        public void close() throws SQLException {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}
