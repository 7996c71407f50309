package dev.paydesk.adapters.persistence.dispute;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.NewestFirstQuery;
import dev.paydesk.adapters.persistence.jdbi.Timestamps;
import dev.paydesk.application.dispute.DisputeQuery;
import dev.paydesk.application.dispute.DisputeRepository;
import dev.paydesk.domain.dispute.Dispute;
import dev.paydesk.domain.dispute.DisputeClosure;
import dev.paydesk.domain.dispute.DisputeId;
import dev.paydesk.domain.dispute.DisputeReason;
import dev.paydesk.domain.dispute.DisputeSource;
import dev.paydesk.domain.dispute.DisputeStatus;
import dev.paydesk.domain.dispute.Evidence;
import dev.paydesk.domain.dispute.EvidenceDocument;
import dev.paydesk.domain.dispute.EvidenceFileType;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * Disputes in table {@code dispute}, their evidence documents' metadata in {@code dispute_document}
 * (written once, with the evidence). Rows are read back through {@link Dispute}'s constructor, which
 * checks every state's invariants.
 */
public final class JdbiDisputeRepository implements DisputeRepository {
    private static final String COLUMNS = "id, transaction_id, merchant_id, amount, currency, reason, source, status, respond_by, chargeback_fee, "
            + "product_description, customer_communication, shipping_tracking, refund_policy, uncategorized_text, evidence_submitted_at, "
            + "closure, closed_at, created_at, updated_at";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiDisputeRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(Dispute dispute) {
        bindAll(handle().createUpdate("INSERT INTO dispute (" + COLUMNS + ") VALUES (:id, :transactionId, :merchantId, :amount, :currency, "
                + ":reason, :source, :status, :respondBy, :chargebackFee, :productDescription, :customerCommunication, :shippingTracking, "
                + ":refundPolicy, :uncategorizedText, :evidenceSubmittedAt, :closure, :closedAt, :createdAt, :updatedAt)"), dispute).execute();
        insertDocuments(dispute);
    }

    @Override
    public Optional<Dispute> find(DisputeId id) {
        return one("SELECT " + COLUMNS + " FROM dispute WHERE id = :id", id);
    }

    @Override
    public Optional<Dispute> findForUpdate(DisputeId id) {
        return one("SELECT " + COLUMNS + " FROM dispute WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public void update(Dispute dispute) {
        boolean documentsToWrite = dispute.evidence() != null && !dispute.evidence().documents().isEmpty()
                && handle().createQuery("SELECT COUNT(*) FROM dispute_document WHERE dispute_id = :id")
                        .bind("id", dispute.id().value()).mapTo(Long.class).one() == 0;
        int updated = bindAll(handle().createUpdate("""
                UPDATE dispute SET status = :status, product_description = :productDescription,
                    customer_communication = :customerCommunication, shipping_tracking = :shippingTracking, refund_policy = :refundPolicy,
                    uncategorized_text = :uncategorizedText, evidence_submitted_at = :evidenceSubmittedAt, closure = :closure,
                    closed_at = :closedAt, updated_at = :updatedAt
                WHERE id = :id"""), dispute).execute();
        if (updated != 1) {
            throw new IllegalStateException("no dispute " + dispute.id() + " to update");
        }
        if (documentsToWrite) {
            insertDocuments(dispute); // evidence is submitted once, so its documents are written once
        }
    }

    @Override
    public List<Dispute> forTransactions(Collection<String> transactionIds) {
        if (transactionIds.isEmpty()) {
            return List.of();
        }
        return withDocuments(handle().createQuery("SELECT " + COLUMNS + " FROM dispute WHERE transaction_id IN (<ids>) ORDER BY created_at, id")
                .bindList("ids", List.copyOf(transactionIds)));
    }

    @Override
    public List<Dispute> list(DisputeQuery query) {
        return withDocuments(NewestFirstQuery.of("SELECT " + COLUMNS + " FROM dispute WHERE merchant_id = :merchantId", query.merchantId().value())
                .equal("status", query.status() == null ? null : query.status().code())
                .equal("transaction_id", query.transactionId())
                .page(handle(), query.after(), query.limit()));
    }

    @Override
    public List<Dispute> claimDueForExpiry(Instant now, int limit) {
        // Disputes that still need a response carry no documents yet: no second query.
        return handle().createQuery("SELECT " + COLUMNS + " FROM dispute WHERE status = 'needs_response' AND respond_by < :now "
                        + "ORDER BY respond_by, id LIMIT :limit FOR UPDATE SKIP LOCKED")
                .bind("now", Timestamps.toColumn(now))
                .bind("limit", limit)
                .map((rs, ctx) -> read(rs, List.of())).list();
    }

    private Optional<Dispute> one(String sql, DisputeId id) {
        List<Dispute> found = withDocuments(handle().createQuery(sql).bind("id", id.value()));
        return found.stream().findFirst();
    }

    /** Runs a query of dispute rows, then reads the documents of those that have evidence in one more query. */
    private List<Dispute> withDocuments(Query query) {
        List<Row> rows = query.map((rs, ctx) -> new Row(rs)).list();
        List<String> withEvidence = rows.stream().filter(row -> row.evidenceSubmittedAt != null).map(row -> row.id).toList();
        Map<String, List<EvidenceDocument>> documents = documentsOf(withEvidence);
        List<Dispute> disputes = new ArrayList<>(rows.size());
        for (Row row : rows) {
            disputes.add(row.toDispute(documents.getOrDefault(row.id, List.of())));
        }
        return disputes;
    }

    private Map<String, List<EvidenceDocument>> documentsOf(List<String> disputeIds) {
        Map<String, List<EvidenceDocument>> byDispute = new LinkedHashMap<>();
        if (disputeIds.isEmpty()) {
            return byDispute;
        }
        handle().createQuery("SELECT dispute_id, file_name, content_type, size_bytes, sha256 FROM dispute_document "
                        + "WHERE dispute_id IN (<ids>) ORDER BY dispute_id, line_no")
                .bindList("ids", disputeIds)
                .map((rs, ctx) -> Map.entry(rs.getString("dispute_id"), new EvidenceDocument(rs.getString("file_name"),
                        EvidenceFileType.fromCode(rs.getString("content_type")), rs.getLong("size_bytes"), rs.getString("sha256").trim())))
                .forEach(row -> byDispute.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue()));
        return byDispute;
    }

    private void insertDocuments(Dispute dispute) {
        if (dispute.evidence() == null || dispute.evidence().documents().isEmpty()) {
            return;
        }
        PreparedBatch batch = handle().prepareBatch("INSERT INTO dispute_document (dispute_id, line_no, file_name, content_type, size_bytes, sha256) "
                + "VALUES (:disputeId, :lineNo, :fileName, :contentType, :sizeBytes, :sha256)");
        int lineNo = 0;
        for (EvidenceDocument document : dispute.evidence().documents()) {
            batch.bind("disputeId", dispute.id().value())
                    .bind("lineNo", ++lineNo)
                    .bind("fileName", document.fileName())
                    .bind("contentType", document.contentType().code())
                    .bind("sizeBytes", document.sizeBytes())
                    .bind("sha256", document.sha256())
                    .add();
        }
        batch.execute();
    }

    private Handle handle() {
        return unitOfWork.transaction().handle();
    }

    private static Update bindAll(Update update, Dispute dispute) {
        Evidence evidence = dispute.evidence();
        return update.bind("id", dispute.id().value())
                .bind("transactionId", dispute.transactionId())
                .bind("merchantId", dispute.merchantId().value())
                .bind("amount", dispute.amount().minorUnits())
                .bind("currency", dispute.amount().currencyCode())
                .bind("reason", dispute.reason().code())
                .bind("source", dispute.source().code())
                .bind("status", dispute.status().code())
                .bind("respondBy", Timestamps.toColumn(dispute.respondBy()))
                .bind("chargebackFee", dispute.chargebackFee().minorUnits())
                .bindByType("productDescription", evidence == null ? null : evidence.productDescription(), String.class)
                .bindByType("customerCommunication", evidence == null ? null : evidence.customerCommunication(), String.class)
                .bindByType("shippingTracking", evidence == null ? null : evidence.shippingTracking(), String.class)
                .bindByType("refundPolicy", evidence == null ? null : evidence.refundPolicy(), String.class)
                .bindByType("uncategorizedText", evidence == null ? null : evidence.uncategorizedText(), String.class)
                .bindByType("evidenceSubmittedAt", Timestamps.toColumn(dispute.evidenceSubmittedAt()), OffsetDateTime.class)
                .bindByType("closure", dispute.closure() == null ? null : dispute.closure().code(), String.class)
                .bindByType("closedAt", Timestamps.toColumn(dispute.closedAt()), OffsetDateTime.class)
                .bind("createdAt", Timestamps.toColumn(dispute.createdAt()))
                .bind("updatedAt", Timestamps.toColumn(dispute.updatedAt()));
    }

    private static Dispute read(ResultSet rs, List<EvidenceDocument> documents) throws SQLException {
        return new Row(rs).toDispute(documents);
    }

    /** One dispute row as read, before its documents are joined. */
    private static final class Row {
        final String id;
        final String transactionId;
        final String merchantId;
        final Money amount;
        final String reason;
        final String source;
        final String status;
        final Instant respondBy;
        final long chargebackFee;
        final String productDescription;
        final String customerCommunication;
        final String shippingTracking;
        final String refundPolicy;
        final String uncategorizedText;
        final Instant evidenceSubmittedAt;
        final String closure;
        final Instant closedAt;
        final Instant createdAt;
        final Instant updatedAt;

        Row(ResultSet rs) throws SQLException {
            id = rs.getString("id");
            transactionId = rs.getString("transaction_id");
            merchantId = rs.getString("merchant_id");
            amount = Money.of(rs.getLong("amount"), rs.getString("currency"));
            reason = rs.getString("reason");
            source = rs.getString("source");
            status = rs.getString("status");
            respondBy = Timestamps.read(rs, "respond_by");
            chargebackFee = rs.getLong("chargeback_fee");
            productDescription = rs.getString("product_description");
            customerCommunication = rs.getString("customer_communication");
            shippingTracking = rs.getString("shipping_tracking");
            refundPolicy = rs.getString("refund_policy");
            uncategorizedText = rs.getString("uncategorized_text");
            evidenceSubmittedAt = Timestamps.read(rs, "evidence_submitted_at");
            closure = rs.getString("closure");
            closedAt = Timestamps.read(rs, "closed_at");
            createdAt = Timestamps.read(rs, "created_at");
            updatedAt = Timestamps.read(rs, "updated_at");
        }

        Dispute toDispute(List<EvidenceDocument> documents) {
            Evidence evidence = evidenceSubmittedAt == null ? null
                    : new Evidence(productDescription, customerCommunication, shippingTracking, refundPolicy, uncategorizedText, documents);
            return new Dispute(new DisputeId(id), new MerchantId(merchantId), transactionId, amount, DisputeReason.fromCode(reason, "reason"),
                    DisputeSource.fromCode(source, "source"), DisputeStatus.fromCode(status, "status"), respondBy, evidence,
                    evidenceSubmittedAt, new Money(chargebackFee, amount.currency()),
                    closure == null ? null : DisputeClosure.fromCode(closure, "closure"), closedAt, createdAt, updatedAt);
        }
    }
}
