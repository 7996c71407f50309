package dev.paydesk.adapters.persistence.jdbi;

import java.sql.SQLException;
import java.util.Arrays;
import org.jdbi.v3.core.Handle;

/** The few statements whose SQL differs between PostgreSQL and H2. */
public enum SqlDialect {
    POSTGRESQL,
    H2;

    public static SqlDialect of(Handle handle) {
        try {
            String product = handle.getConnection().getMetaData().getDatabaseProductName();
            return product.toLowerCase(java.util.Locale.ROOT).contains("h2") ? H2 : POSTGRESQL;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database this is", e);
        }
    }

    /**
     * {@code INSERT … VALUES (…)} that does nothing when the row exists. PostgreSQL has
     * {@code ON CONFLICT (conflictTarget) DO NOTHING}; H2 has no equivalent, so it inserts only where
     * no row matches {@code existsCondition} (a concurrent insert of the same key then fails with a
     * unique violation, which callers on H2 treat as "already there").
     */
    public String insertIfAbsent(String table, String columns, String values, String conflictTarget, String existsCondition) {
        return switch (this) {
            case POSTGRESQL -> "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON CONFLICT (" + conflictTarget + ") DO NOTHING";
            case H2 -> "INSERT INTO " + table + " (" + columns + ") SELECT " + values
                    + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE " + existsCondition + ")";
        };
    }

    /**
     * {@code INSERT … VALUES (…)} that replaces the row with the same {@code key} (one column) when
     * there is one: {@code ON CONFLICT … DO UPDATE} on PostgreSQL, {@code MERGE … KEY} on H2.
     */
    public String insertOrReplace(String table, String columns, String values, String key) {
        return switch (this) {
            case POSTGRESQL -> "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON CONFLICT (" + key + ") DO UPDATE SET "
                    + String.join(", ", Arrays.stream(columns.split(",")).map(String::trim).filter(column -> !column.equals(key))
                            .map(column -> column + " = EXCLUDED." + column).toList());
            case H2 -> "MERGE INTO " + table + " (" + columns + ") KEY (" + key + ") VALUES (" + values + ")";
        };
    }

    /** SQLSTATE 23505 anywhere in the cause chain. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof java.sql.BatchUpdateException batch && batch.getNextException() != null
                    && "23505".equals(batch.getNextException().getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
