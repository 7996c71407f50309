package dev.paydesk.adapters.persistence.audit;

import dev.paydesk.adapters.persistence.jdbi.JdbiTransaction;
import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.SqlDialect;
import dev.paydesk.adapters.persistence.jdbi.TransientConflictException;
import dev.paydesk.application.audit.AuditLog;
import dev.paydesk.application.audit.AuditTrail;
import dev.paydesk.domain.audit.AuditEvent;
import dev.paydesk.domain.audit.AuditHash;
import dev.paydesk.domain.audit.ChainedAuditEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The audit log on JDBI. Events are collected during the transaction and chained at its very end:
 * the head row of each touched chain (one per merchant) is locked, in chain order, as the last thing
 * before the commit, so a busy merchant's chain is held only for the commit itself.
 */
public final class JdbiAuditLog implements AuditLog, AuditTrail {
    private static final Object PENDING = new Object();
    private static final String COLUMNS = "id, chain, chain_index, occurred_at, actor_type, actor_id, merchant_id, command, object_type, "
            + "object_id, from_state, to_state, request_id, previous_hash, hash";
    private static final int PAGE = 1_000;

    private final JdbiUnitOfWork unitOfWork;

    public JdbiAuditLog(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void record(AuditEvent event) {
        JdbiTransaction transaction = unitOfWork.transaction();
        Map<String, List<AuditEvent>> pending = transaction.attachment(PENDING, () -> {
            Map<String, List<AuditEvent>> byChain = new TreeMap<>();
            transaction.beforeCommitLast(() -> append(transaction.handle(), byChain));
            return byChain;
        });
        pending.computeIfAbsent(ChainedAuditEvent.chainOf(event), chain -> new ArrayList<>()).add(event);
    }

    private static void append(Handle handle, Map<String, List<AuditEvent>> byChain) {
        SqlDialect dialect = SqlDialect.of(handle);
        PreparedBatch insert = handle.prepareBatch("INSERT INTO audit_event (" + COLUMNS + ") VALUES (:id, :chain, :index, :occurredAt, "
                + ":actorType, :actorId, :merchantId, :command, :objectType, :objectId, :fromState, :toState, :requestId, :previousHash, :hash)");
        byChain.forEach((chain, events) -> {
            Map<String, Object> head = lockHead(handle, dialect, chain);
            long index = ((Number) head.get("last_index")).longValue();
            String previous = (String) head.get("last_hash");
            for (AuditEvent event : events) {
                index++;
                String hash = AuditHash.of(previous, index, event);
                insert.bind("id", event.id()).bind("chain", chain).bind("index", index)
                        .bind("occurredAt", event.occurredAt().atOffset(ZoneOffset.UTC))
                        .bind("actorType", event.actorType()).bind("actorId", event.actorId())
                        .bindByType("merchantId", event.merchantId(), String.class)
                        .bind("command", event.command()).bind("objectType", event.objectType()).bind("objectId", event.objectId())
                        .bindByType("fromState", event.fromState(), String.class).bind("toState", event.toState())
                        .bindByType("requestId", event.requestId(), String.class)
                        .bind("previousHash", previous).bind("hash", hash)
                        .add();
                previous = hash;
            }
            handle.createUpdate("UPDATE audit_chain SET last_index = :index, last_hash = :hash WHERE chain = :chain")
                    .bind("index", index).bind("hash", previous).bind("chain", chain).execute();
        });
        insert.execute();
        byChain.clear();
    }

    /** The chain's head row, locked; created first for a new chain (a merchant's first command). */
    private static Map<String, Object> lockHead(Handle handle, SqlDialect dialect, String chain) {
        java.util.Optional<Map<String, Object>> head = handle.createQuery("SELECT last_index, last_hash FROM audit_chain WHERE chain = :chain FOR UPDATE")
                .bind("chain", chain).mapToMap().findOne();
        if (head.isPresent()) {
            return head.get();
        }
        try {
            handle.createUpdate(dialect.insertIfAbsent("audit_chain", "chain, last_index, last_hash",
                            "CAST(:chain AS VARCHAR(60)), 0, '" + AuditHash.GENESIS + "'", "chain", "chain = CAST(:chain AS VARCHAR(60))"))
                    .bind("chain", chain).execute();
        } catch (RuntimeException failure) {
            if (SqlDialect.isUniqueViolation(failure)) {
                throw new TransientConflictException("audit chain created concurrently", failure);
            }
            throw failure;
        }
        return handle.createQuery("SELECT last_index, last_hash FROM audit_chain WHERE chain = :chain FOR UPDATE")
                .bind("chain", chain).mapToMap().one();
    }

    @Override
    public List<ChainedAuditEvent> list(String merchantId, String afterEventId, int limit) {
        return unitOfWork.transaction().handle().createQuery("SELECT " + COLUMNS + " FROM audit_event WHERE 1 = 1 "
                        + (merchantId == null ? "" : "AND merchant_id = :merchantId ")
                        + (afterEventId == null ? "" : "AND id < :after ")
                        + "ORDER BY id DESC LIMIT :limit")
                .bind("merchantId", merchantId).bind("after", afterEventId).bind("limit", limit)
                .map((rs, ctx) -> read(rs)).list();
    }

    @Override
    public void forEachInChainOrder(Consumer<ChainedAuditEvent> visitor) {
        Handle handle = unitOfWork.transaction().handle();
        String chain = "";
        long index = 0;
        while (true) {
            List<ChainedAuditEvent> page = handle.createQuery("SELECT " + COLUMNS + " FROM audit_event "
                            + "WHERE chain > :chain OR (chain = :chain AND chain_index > :index) ORDER BY chain, chain_index LIMIT :limit")
                    .bind("chain", chain).bind("index", index).bind("limit", PAGE)
                    .map((rs, ctx) -> read(rs)).list();
            page.forEach(visitor);
            if (page.size() < PAGE) {
                return;
            }
            ChainedAuditEvent last = page.get(page.size() - 1);
            chain = last.chain();
            index = last.index();
        }
    }

    private static ChainedAuditEvent read(ResultSet rs) throws SQLException {
        AuditEvent event = new AuditEvent(rs.getString("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("merchant_id"), rs.getString("command"),
                rs.getString("object_type"), rs.getString("object_id"), rs.getString("from_state"), rs.getString("to_state"),
                rs.getString("request_id"));
        return new ChainedAuditEvent(rs.getString("chain"), rs.getLong("chain_index"), event, rs.getString("previous_hash"), rs.getString("hash"));
    }
}
