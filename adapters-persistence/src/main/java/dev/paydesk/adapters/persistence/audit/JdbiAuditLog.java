package dev.paydesk.adapters.persistence.audit;

import dev.paydesk.adapters.persistence.jdbi.DeferredWrites;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * The audit log on JDBI. Events are collected during the transaction and chained at its very end:
 * the head row of each touched chain (one per merchant) is moved, in chain order, by the last writes
 * before the commit, so a busy merchant's chain is held only for the commit itself.
 *
 * <p>On PostgreSQL the database chains each event: one statement moves the head to its next index
 * and a hash computed from the hash it replaces (which the head keeps), and writes the event's row
 * from the moved head. It cannot miss a head that moved meanwhile, so nothing is left to check once
 * it has run, and the commit can travel with it. The hash is the domain's ({@link AuditHash}): SHA-256
 * of the same UTF-8 text, the event's fields joined here and the head's part joined there. On H2,
 * embedded, the head is read under lock, the events are hashed here and the head is moved.
 */
public final class JdbiAuditLog implements AuditLog, AuditTrail {
    private static final Object PENDING = new Object();
    private static final String COLUMNS = "id, chain, chain_index, occurred_at, actor_type, actor_id, merchant_id, command, object_type, "
            + "object_id, from_state, to_state, request_id, previous_hash, hash";
    private static final int PAGE = 1_000;
    private static final String CREATE_CHAIN = "INSERT INTO audit_chain (chain, last_index, last_hash) VALUES (:chain, 0, :genesis) "
            + "ON CONFLICT (chain) DO NOTHING";
    /** With no head to move, the row gets no chain_index, which the column refuses: the transaction fails rather than lose the event. */
    private static final String APPEND_IN_THE_DATABASE = "WITH moved AS (UPDATE audit_chain SET last_index = last_index + 1, previous_hash = last_hash, "
            + "last_hash = encode(sha256(convert_to(last_hash || :separator || CAST(last_index + 1 AS VARCHAR(20)) || :fields, :encoding)), :hex) "
            + "WHERE chain = :chain RETURNING last_index, previous_hash, last_hash) "
            + "INSERT INTO audit_event (" + COLUMNS + ") SELECT :id, :chain, moved.last_index, CAST(:occurredAt AS TIMESTAMP WITH TIME ZONE), "
            + ":actorType, :actorId, :merchantId, :command, :objectType, :objectId, :fromState, :toState, :requestId, moved.previous_hash, moved.last_hash "
            + "FROM (VALUES (1)) AS one LEFT JOIN moved ON TRUE";

    private final JdbiUnitOfWork unitOfWork;
    /** Chains whose head row this instance saw committed; heads are never deleted, so this only grows. */
    private final Set<String> knownChains = ConcurrentHashMap.newKeySet();

    public JdbiAuditLog(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void record(AuditEvent event) {
        JdbiTransaction transaction = unitOfWork.transaction();
        Map<String, List<AuditEvent>> pending = transaction.attachment(PENDING, () -> {
            Map<String, List<AuditEvent>> byChain = new TreeMap<>();
            transaction.beforeCommitLast(() -> append(transaction, byChain));
            return byChain;
        });
        pending.computeIfAbsent(ChainedAuditEvent.chainOf(event), chain -> new ArrayList<>()).add(event);
    }

    /** In chain order, after every other write of the transaction: the heads are locked last, always in the same order. */
    private void append(JdbiTransaction transaction, Map<String, List<AuditEvent>> byChain) {
        boolean inTheDatabase = transaction.dialect() == SqlDialect.POSTGRESQL;
        byChain.forEach((chain, events) -> {
            if (inTheDatabase) {
                appendInTheDatabase(transaction, chain, events);
            } else {
                appendUnderLock(transaction, chain, events);
            }
        });
        byChain.clear();
    }

    /** Deferred writes: a new chain's head is created if no other transaction did, then one statement per event. */
    private void appendInTheDatabase(JdbiTransaction transaction, String chain, List<AuditEvent> events) {
        DeferredWrites writes = transaction.deferredWrites();
        if (!knownChains.contains(chain)) {
            writes.add(CREATE_CHAIN, arguments -> arguments.bind("chain", chain).bind("genesis", AuditHash.GENESIS));
            transaction.afterCommit(() -> knownChains.add(chain));
        }
        for (AuditEvent event : events) {
            writes.add(APPEND_IN_THE_DATABASE, arguments -> bindEvent(arguments, chain, event)
                    .bind("separator", String.valueOf(AuditHash.SEPARATOR)).bind("fields", AuditHash.fieldsAfterIndex(event))
                    .bind("encoding", "UTF8").bind("hex", "hex"));
        }
    }

    /** Reads the head under lock at once; the insert and the head's move follow. */
    private static void appendUnderLock(JdbiTransaction transaction, String chain, List<AuditEvent> events) {
        Map<String, Object> locked = lockHead(transaction.handle(), transaction.dialect(), chain);
        Chained chained = Chained.after(new Head(((Number) locked.get("last_index")).longValue(), (String) locked.get("last_hash")), events);
        insert(transaction.deferredWrites(), chain, chained);
        transaction.deferredWrites().addExpectingOneRow(
                "UPDATE audit_chain SET last_index = :index, previous_hash = :previous, last_hash = :hash WHERE chain = :chain",
                arguments -> arguments.bind("index", chained.head().index()).bind("previous", chained.previousHashes().get(events.size() - 1))
                        .bind("hash", chained.head().hash()).bind("chain", chain),
                () -> "audit chain " + chain + " has no head to move");
    }

    private record Head(long index, String hash) {
    }

    /** The events with their place in the chain, hashed one after the other from {@code start}. */
    private record Chained(List<AuditEvent> events, List<Head> heads, List<String> previousHashes) {
        static Chained after(Head start, List<AuditEvent> events) {
            List<Head> heads = new ArrayList<>();
            List<String> previous = new ArrayList<>();
            Head head = start;
            for (AuditEvent event : events) {
                previous.add(head.hash());
                long index = head.index() + 1;
                head = new Head(index, AuditHash.of(head.hash(), index, event));
                heads.add(head);
            }
            return new Chained(events, heads, previous);
        }

        Head head() {
            return heads.get(heads.size() - 1);
        }
    }

    private static void insert(DeferredWrites writes, String chain, Chained chained) {
        writes.addInsert("INSERT INTO audit_event (" + COLUMNS + ") VALUES " + valueRows(chained.events().size()),
                arguments -> bindRows(arguments, chain, chained));
    }

    private static String valueRows(int count) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append(i == 0 ? "" : ", ").append("(:id").append(i).append(", :chain").append(i).append(", CAST(:index").append(i)
                    .append(" AS BIGINT), CAST(:occurredAt").append(i).append(" AS TIMESTAMP WITH TIME ZONE), :actorType").append(i).append(", :actorId").append(i)
                    .append(", :merchantId").append(i).append(", :command").append(i).append(", :objectType").append(i)
                    .append(", :objectId").append(i).append(", :fromState").append(i).append(", :toState").append(i)
                    .append(", :requestId").append(i).append(", :previousHash").append(i).append(", :hash").append(i).append(')');
        }
        return rows.toString();
    }

    private static void bindRows(DeferredWrites.Arguments statement, String chain, Chained chained) {
        for (int i = 0; i < chained.events().size(); i++) {
            bindEvent(statement, chain, chained.events().get(i), String.valueOf(i)).bind("index" + i, chained.heads().get(i).index())
                    .bind("previousHash" + i, chained.previousHashes().get(i)).bind("hash" + i, chained.heads().get(i).hash());
        }
    }

    private static DeferredWrites.Arguments bindEvent(DeferredWrites.Arguments statement, String chain, AuditEvent event) {
        return bindEvent(statement, chain, event, "");
    }

    /** The event's own fields, each parameter named with {@code row} after it. */
    private static DeferredWrites.Arguments bindEvent(DeferredWrites.Arguments statement, String chain, AuditEvent event, String row) {
        return statement.bind("id" + row, event.id()).bind("chain" + row, chain)
                .bind("occurredAt" + row, event.occurredAt().atOffset(ZoneOffset.UTC))
                .bind("actorType" + row, event.actorType()).bind("actorId" + row, event.actorId())
                .bindNullable("merchantId" + row, event.merchantId(), String.class)
                .bind("command" + row, event.command()).bind("objectType" + row, event.objectType()).bind("objectId" + row, event.objectId())
                .bindNullable("fromState" + row, event.fromState(), String.class).bind("toState" + row, event.toState())
                .bindNullable("requestId" + row, event.requestId(), String.class);
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
