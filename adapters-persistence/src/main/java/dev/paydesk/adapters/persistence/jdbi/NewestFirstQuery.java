package dev.paydesk.adapters.persistence.jdbi;

import dev.paydesk.application.shared.ListCursor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * A merchant's rows newest first with keyset pagination on {@code (created_at, id)}: stays correct
 * while rows are inserted, and each page is one index range scan. Optional filters are added only when
 * given, each as {@code column <op> :name}.
 */
public final class NewestFirstQuery {
    private final StringBuilder sql;
    private final Map<String, Object> bindings = new LinkedHashMap<>();

    private NewestFirstQuery(String selectFromWhereMerchant, String merchantId) {
        this.sql = new StringBuilder(selectFromWhereMerchant);
        bindings.put("merchantId", merchantId);
    }

    /** {@code select} ends with a condition binding {@code :merchantId}, e.g. {@code SELECT … FROM refund WHERE merchant_id = :merchantId}. */
    public static NewestFirstQuery of(String select, String merchantId) {
        return new NewestFirstQuery(select, merchantId);
    }

    /** Adds {@code AND column op :name} when {@code value} is not null. */
    public NewestFirstQuery filter(String column, String op, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(' ').append(op).append(" :").append(name);
            bindings.put(name, value);
        }
        return this;
    }

    public NewestFirstQuery equal(String column, Object value) {
        return filter(column, "=", column, value);
    }

    public Query page(Handle handle, ListCursor after, int limit) {
        if (after != null) {
            sql.append(" AND (created_at < :afterAt OR (created_at = :afterAt AND id < :afterId))");
            bindings.put("afterAt", Timestamps.toColumn(after.createdAt()));
            bindings.put("afterId", after.id());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
        bindings.put("limit", limit);
        Query query = handle.createQuery(sql.toString());
        bindings.forEach(query::bind);
        return query;
    }
}
