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
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * The audit log on JDBI. Events are collected during the transaction and chained at its very end:
 * the head row of each touched chain (one per merchant) is locked, in chain order, as the last thing
 * before the commit, so a busy merchant's chain is held only for the commit itself.
 *
 * <p>Each instance remembers the last head it committed per chain and moves the head with a
 * conditional update from there: one statement with the insert on PostgreSQL, two on H2, instead of
 * read-lock, update and insert. When another instance or transaction moved the head meanwhile, the
 * update matches no row and the head is read under lock as before, so the chain stays unbroken.
 */
public final class JdbiAuditLog implements AuditLog, AuditTrail {
    private static final Object PENDING = new Object();
    private static final String COLUMNS = "id, chain, chain_index, occurred_at, actor_type, actor_id, merchant_id, command, object_type, "
            + "object_id, from_state, to_state, request_id, previous_hash, hash";
    private static final int PAGE = 1_000;

    private final JdbiUnitOfWork unitOfWork;
    private final Map<String, Head> committedHeads = new ConcurrentHashMap<>();

    private record Head(long index, String hash) {
        Head newer(Head other) {
            return other.index > index ? other : this;
        }
    }

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

    /**
     * The chain's writes are deferred (sent with the rest of the commit on PostgreSQL); a head read
     * under lock waits until what was deferred before it has run, so the head is still locked last.
     */
    private void append(JdbiTransaction transaction, Map<String, List<AuditEvent>> byChain) {
        boolean oneChain = byChain.size() == 1;
        byChain.forEach((chain, events) -> {
            Head remembered = committedHeads.get(chain);
            if (remembered != null) {
                appendAfter(transaction, chain, remembered, events);
            } else {
                remember(transaction, chain, appendUnderLock(transaction, chain, events));
            }
            if (!oneChain) {
                transaction.flushDeferredWrites(); // several chains: locked one after the other, in chain order
            }
        });
        byChain.clear();
    }

    private void remember(JdbiTransaction transaction, String chain, Head committed) {
        transaction.afterCommit(() -> committedHeads.merge(chain, committed, Head::newer));
    }

    /**
     * The fast path, from where this instance last left the head: a conditional move of the head and
     * the insert, one statement on PostgreSQL. When the head has moved meanwhile, nothing is written
     * and the events are appended under the head's lock instead.
     */
    private void appendAfter(JdbiTransaction transaction, String chain, Head expected, List<AuditEvent> events) {
        Chained chained = Chained.after(expected, events);
        DeferredWrites writes = transaction.deferredWrites();
        String moveHead = "UPDATE audit_chain SET last_index = :index, last_hash = :hash WHERE chain = :chain AND last_index = :expectedIndex";
        Consumer<DeferredWrites.Arguments> headArguments = arguments -> arguments.bind("index", chained.head().index())
                .bind("hash", chained.head().hash()).bind("chain", chain).bind("expectedIndex", expected.index());
        if (transaction.dialect() == SqlDialect.POSTGRESQL) {
            writes.add("WITH moved AS (" + moveHead + " RETURNING chain) INSERT INTO audit_event (" + COLUMNS + ") "
                            + "SELECT v.* FROM (VALUES " + valueRows(events.size()) + ") AS v WHERE EXISTS (SELECT 1 FROM moved)",
                    headArguments.andThen(arguments -> bindRows(arguments, chain, chained)),
                    inserted -> remember(transaction, chain, inserted == events.size() ? chained.head() : appendUnderLock(transaction, chain, events)));
            return;
        }
        writes.add(moveHead, headArguments, moved -> {
            if (moved == 1) {
                insert(writes, chain, chained);
                remember(transaction, chain, chained.head());
            } else {
                remember(transaction, chain, appendUnderLock(transaction, chain, events));
            }
        });
    }

    /** Reads the head under lock at once; the insert and the head's move are deferred. */
    private static Head appendUnderLock(JdbiTransaction transaction, String chain, List<AuditEvent> events) {
        Map<String, Object> locked = lockHead(transaction.handle(), transaction.dialect(), chain);
        Chained chained = Chained.after(new Head(((Number) locked.get("last_index")).longValue(), (String) locked.get("last_hash")), events);
        insert(transaction.deferredWrites(), chain, chained);
        transaction.deferredWrites().add("UPDATE audit_chain SET last_index = :index, last_hash = :hash WHERE chain = :chain",
                arguments -> arguments.bind("index", chained.head().index()).bind("hash", chained.head().hash()).bind("chain", chain),
                DeferredWrites.exactlyOneRow(() -> "audit chain " + chain + " has no head to move"));
        return chained.head();
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
            AuditEvent event = chained.events().get(i);
            statement.bind("id" + i, event.id()).bind("chain" + i, chain).bind("index" + i, chained.heads().get(i).index())
                    .bind("occurredAt" + i, event.occurredAt().atOffset(ZoneOffset.UTC))
                    .bind("actorType" + i, event.actorType()).bind("actorId" + i, event.actorId())
                    .bindNullable("merchantId" + i, event.merchantId(), String.class)
                    .bind("command" + i, event.command()).bind("objectType" + i, event.objectType()).bind("objectId" + i, event.objectId())
                    .bindNullable("fromState" + i, event.fromState(), String.class).bind("toState" + i, event.toState())
                    .bindNullable("requestId" + i, event.requestId(), String.class)
                    .bind("previousHash" + i, chained.previousHashes().get(i)).bind("hash" + i, chained.heads().get(i).hash());
        }
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
