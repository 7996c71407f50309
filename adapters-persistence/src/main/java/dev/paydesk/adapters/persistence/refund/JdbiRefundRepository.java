package dev.paydesk.adapters.persistence.refund;

import dev.paydesk.adapters.persistence.jdbi.DeferredWrites;
import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.NewestFirstQuery;
import dev.paydesk.adapters.persistence.jdbi.Timestamps;
import dev.paydesk.application.refund.RefundQuery;
import dev.paydesk.application.refund.RefundRepository;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.refund.Refund;
import dev.paydesk.domain.refund.RefundId;
import dev.paydesk.domain.refund.RefundStatus;
import dev.paydesk.domain.transaction.TransactionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

public final class JdbiRefundRepository implements RefundRepository {
    private static final String COLUMNS = "id, transaction_id, merchant_id, amount, currency, reason, status, created_by, approved_by, rejected_by, "
            + "rejection_reason, failure_code, attempts, next_retry_at, expected_credit_by, created_at, updated_at, completed_at";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiRefundRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Refund refund) {
        unitOfWork.transaction().deferredWrites().addInsert("INSERT INTO refund (" + COLUMNS + ") VALUES (:id, :transactionId, :merchantId, :amount, "
                + ":currency, :reason, :status, :createdBy, :approvedBy, :rejectedBy, :rejectionReason, :failureCode, :attempts, :nextRetryAt, "
                + ":expectedCreditBy, :createdAt, :updatedAt, :completedAt)", arguments -> bindAll(arguments, refund));
    }

    @Override
    public Optional<Refund> find(RefundId id) {
        return handle().createQuery("SELECT " + COLUMNS + " FROM refund WHERE id = :id").bind("id", id.value()).map((rs, ctx) -> read(rs)).findOne();
    }

    @Override
    public Optional<Refund> findForUpdate(RefundId id) {
        return handle().createQuery(LOCK_BY_ID)
                .bind(0, id.value()).map((rs, ctx) -> read(rs)).findOne();
    }

    @Override
    public void update(Refund refund) {
        unitOfWork.transaction().deferredWrites().addExpectingOneRow("""
                UPDATE refund SET status = :status, approved_by = :approvedBy, rejected_by = :rejectedBy, rejection_reason = :rejectionReason,
                    failure_code = :failureCode, attempts = :attempts, next_retry_at = :nextRetryAt, expected_credit_by = :expectedCreditBy,
                    updated_at = :updatedAt, completed_at = :completedAt
                WHERE id = :id""", arguments -> bindAll(arguments, refund), () -> "no refund " + refund.id() + " to update");
    }

    @Override
    public List<Refund> forTransactions(Collection<TransactionId> transactionIds) {
        if (transactionIds.isEmpty()) {
            return List.of();
        }
        return handle().createQuery("SELECT " + COLUMNS + " FROM refund WHERE transaction_id IN (<ids>) ORDER BY created_at, id")
                .bindList("ids", transactionIds.stream().map(TransactionId::value).toList())
                .map((rs, ctx) -> read(rs)).list();
    }

    @Override
    public List<Refund> list(RefundQuery query) {
        return NewestFirstQuery.of("SELECT " + COLUMNS + " FROM refund WHERE merchant_id = :merchantId", query.merchantId().value())
                .equal("status", query.status() == null ? null : query.status().code())
                .equal("transaction_id", query.transactionId() == null ? null : query.transactionId().value())
                .page(handle(), query.after(), query.limit())
                .map((rs, ctx) -> read(rs)).list();
    }

    @Override
    public List<Refund> claimDueForRetry(Instant now, int limit) {
        return handle().createQuery("SELECT " + COLUMNS + " FROM refund WHERE status = 'failed' AND next_retry_at <= :now "
                        + "ORDER BY next_retry_at, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .bind("now", Timestamps.toColumn(now))
                .bind("limit", limit)
                .map((rs, ctx) -> read(rs)).list();
    }

    @Override
    public void awaitAnswer(RefundId id, Instant resendAt) {
        unitOfWork.transaction().deferredWrites().addInsertOrReplace("refund_submission", "refund_id, resend_at, resends", ":id, :resendAt, 0",
                "refund_id", arguments -> arguments.bind("id", id.value()).bind("resendAt", Timestamps.toColumn(resendAt)));
    }

    @Override
    public void forgetFailed(RefundId id) {
        unitOfWork.transaction().deferredWrites().add("DELETE FROM refund_submission WHERE refund_id = :id", arguments -> arguments.bind("id", id.value()));
    }

    @Override
    public int forgetAnswered(Instant now, int limit) {
        List<String> answered = handle().createQuery("SELECT refund_id FROM refund_submission s WHERE resend_at <= :now "
                        + "AND EXISTS (SELECT 1 FROM refund r WHERE r.id = s.refund_id AND r.status <> 'processing') "
                        + "ORDER BY resend_at, refund_id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .bind("now", Timestamps.toColumn(now))
                .bind("limit", limit)
                .mapTo(String.class).list();
        if (answered.isEmpty()) {
            return 0;
        }
        // The conditions again, on this statement's newer snapshot: a retry that committed since sent a new attempt.
        return handle().createUpdate("DELETE FROM refund_submission s WHERE refund_id IN (<ids>) AND resend_at <= :now "
                        + "AND EXISTS (SELECT 1 FROM refund r WHERE r.id = s.refund_id AND r.status <> 'processing')")
                .bindList("ids", answered)
                .bind("now", Timestamps.toColumn(now))
                .execute();
    }

    @Override
    public List<Refund> claimUnanswered(Instant now, IntFunction<Instant> nextResendAt, int limit) {
        Map<String, Integer> resendsById = handle().createQuery("SELECT refund_id, resends FROM refund_submission s WHERE resend_at <= :now "
                        + "AND EXISTS (SELECT 1 FROM refund r WHERE r.id = s.refund_id AND r.status = 'processing') "
                        + "ORDER BY resend_at, refund_id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .bind("now", Timestamps.toColumn(now))
                .bind("limit", limit)
                .map((rs, ctx) -> Map.entry(rs.getString("refund_id"), rs.getInt("resends"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        if (resendsById.isEmpty()) {
            return List.of();
        }
        List<String> claimed = List.copyOf(resendsById.keySet());
        PreparedBatch moved = handle().prepareBatch("UPDATE refund_submission SET resend_at = :next, resends = resends + 1 WHERE refund_id = :id");
        resendsById.forEach((id, resends) -> moved.bind("next", Timestamps.toColumn(nextResendAt.apply(resends))).bind("id", id).add());
        moved.execute();
        // Not locked (see the port), and read on a newer snapshot: a refund answered since the claim is left out.
        Map<String, Refund> byId = handle().createQuery("SELECT " + COLUMNS + " FROM refund WHERE id IN (<ids>) AND status = 'processing'")
                .bindList("ids", claimed)
                .map((rs, ctx) -> read(rs)).list().stream()
                .collect(Collectors.toMap(refund -> refund.id().value(), refund -> refund));
        return claimed.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    private Handle handle() {
        return unitOfWork.transaction().handle();
    }

    private static void bindAll(DeferredWrites.Arguments arguments, Refund refund) {
        arguments.bind("id", refund.id().value())
                .bind("transactionId", refund.transactionId().value())
                .bind("merchantId", refund.merchantId().value())
                .bind("amount", refund.amount().minorUnits())
                .bind("currency", refund.amount().currencyCode())
                .bindNullable("reason", refund.reason(), String.class)
                .bind("status", refund.status().code())
                .bind("createdBy", refund.createdBy())
                .bindNullable("approvedBy", refund.approvedBy(), String.class)
                .bindNullable("rejectedBy", refund.rejectedBy(), String.class)
                .bindNullable("rejectionReason", refund.rejectionReason(), String.class)
                .bindNullable("failureCode", refund.failureCode(), String.class)
                .bind("attempts", refund.attempts())
                .bindNullable("nextRetryAt", Timestamps.toColumn(refund.nextRetryAt()), OffsetDateTime.class)
                .bindNullable("expectedCreditBy", Timestamps.toColumn(refund.expectedCreditBy()), OffsetDateTime.class)
                .bind("createdAt", Timestamps.toColumn(refund.createdAt()))
                .bind("updatedAt", Timestamps.toColumn(refund.updatedAt()))
                .bindNullable("completedAt", Timestamps.toColumn(refund.completedAt()), OffsetDateTime.class);
    }

    /** Locks a refund by id; a positional argument, so that {@link dev.paydesk.adapters.persistence.jdbi.OneRoundTrip} can send it too. */
    public static final String LOCK_BY_ID = "SELECT " + COLUMNS + " FROM refund WHERE id = ? FOR UPDATE";

    /** A transaction's refunds (positional). */
    public static final String OF_TRANSACTION = "SELECT " + COLUMNS + " FROM refund WHERE transaction_id = ? ORDER BY created_at, id";

    public static Refund read(ResultSet rs) throws SQLException {
        return new Refund(new RefundId(rs.getString("id")), new TransactionId(rs.getString("transaction_id")), new MerchantId(rs.getString("merchant_id")),
                Money.of(rs.getLong("amount"), rs.getString("currency")), rs.getString("reason"), RefundStatus.fromCode(rs.getString("status"), "status"),
                rs.getString("created_by"), rs.getString("approved_by"), rs.getString("rejected_by"), rs.getString("rejection_reason"),
                rs.getString("failure_code"), rs.getInt("attempts"), Timestamps.read(rs, "next_retry_at"), Timestamps.read(rs, "expected_credit_by"),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "updated_at"), Timestamps.read(rs, "completed_at"));
    }
}
