package dev.paydesk.adapters.persistence.transaction;

import dev.paydesk.adapters.persistence.jdbi.JdbiUnitOfWork;
import dev.paydesk.adapters.persistence.jdbi.NewestFirstQuery;
import dev.paydesk.adapters.persistence.jdbi.SqlDialect;
import dev.paydesk.adapters.persistence.jdbi.Timestamps;
import dev.paydesk.application.transaction.TransactionQuery;
import dev.paydesk.application.transaction.TransactionRepository;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.transaction.PaymentMethod;
import dev.paydesk.domain.transaction.PaymentMethodType;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import dev.paydesk.domain.transaction.TransactionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

public final class JdbiTransactionRepository implements TransactionRepository {
    private static final String COLUMNS = "id, merchant_id, reference, amount, currency, status, payment_method_type, payment_method_brand, "
            + "payment_method_last4, created_at, completed_at";

    private final JdbiUnitOfWork unitOfWork;

    public JdbiTransactionRepository(JdbiUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(PaymentTransaction transaction) {
        try {
            handle().createUpdate("INSERT INTO payment_transaction (" + COLUMNS + ") VALUES (:id, :merchantId, :reference, :amount, :currency, "
                            + ":status, :methodType, :methodBrand, :methodLast4, :createdAt, :completedAt)")
                    .bind("id", transaction.id().value())
                    .bind("merchantId", transaction.merchantId().value())
                    .bind("reference", transaction.reference())
                    .bind("amount", transaction.amount().minorUnits())
                    .bind("currency", transaction.amount().currencyCode())
                    .bind("status", transaction.status().code())
                    .bind("methodType", transaction.paymentMethod().type().code())
                    .bindByType("methodBrand", transaction.paymentMethod().brand(), String.class)
                    .bindByType("methodLast4", transaction.paymentMethod().last4(), String.class)
                    .bind("createdAt", Timestamps.toColumn(transaction.createdAt()))
                    .bindByType("completedAt", Timestamps.toColumn(transaction.completedAt()), OffsetDateTime.class)
                    .execute();
        } catch (RuntimeException failure) {
            if (SqlDialect.isUniqueViolation(failure)) {
                throw DomainException.validation("reference", "duplicate", "this merchant already has a transaction with this reference");
            }
            throw failure;
        }
    }

    @Override
    public Optional<PaymentTransaction> find(TransactionId id) {
        return handle().createQuery("SELECT " + COLUMNS + " FROM payment_transaction WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> read(rs)).findOne();
    }

    @Override
    public List<PaymentTransaction> findAll(Collection<TransactionId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return handle().createQuery("SELECT " + COLUMNS + " FROM payment_transaction WHERE id IN (<ids>)")
                .bindList("ids", ids.stream().map(TransactionId::value).distinct().toList())
                .map((rs, ctx) -> read(rs)).list();
    }

    @Override
    public Optional<PaymentTransaction> findForUpdate(TransactionId id) {
        return handle().createQuery(LOCK_BY_ID)
                .bind(0, id.value()).map((rs, ctx) -> read(rs)).findOne();
    }

    @Override
    public Optional<PaymentTransaction> findByReference(MerchantId merchantId, String reference) {
        return handle().createQuery("SELECT " + COLUMNS + " FROM payment_transaction WHERE merchant_id = :merchantId AND reference = :reference")
                .bind("merchantId", merchantId.value()).bind("reference", reference).map((rs, ctx) -> read(rs)).findOne();
    }

    @Override
    public void update(PaymentTransaction transaction) {
        int updated = handle().createUpdate("UPDATE payment_transaction SET status = :status, completed_at = :completedAt WHERE id = :id")
                .bind("id", transaction.id().value())
                .bind("status", transaction.status().code())
                .bindByType("completedAt", Timestamps.toColumn(transaction.completedAt()), OffsetDateTime.class)
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("no transaction " + transaction.id() + " to update");
        }
    }

    @Override
    public List<PaymentTransaction> list(TransactionQuery query) {
        return NewestFirstQuery.of("SELECT " + COLUMNS + " FROM payment_transaction WHERE merchant_id = :merchantId", query.merchantId().value())
                .equal("status", query.status() == null ? null : query.status().code())
                .equal("reference", query.reference())
                .filter("created_at", ">=", "createdFrom", query.createdFrom() == null ? null : Timestamps.toColumn(query.createdFrom()))
                .filter("created_at", "<", "createdTo", query.createdTo() == null ? null : Timestamps.toColumn(query.createdTo()))
                .page(handle(), query.after(), query.limit())
                .map((rs, ctx) -> read(rs)).list();
    }

    private Handle handle() {
        return unitOfWork.transaction().handle();
    }

    /** Locks a transaction by id; a positional argument, so that {@link dev.paydesk.adapters.persistence.jdbi.OneRoundTrip} can send it too. */
    static final String LOCK_BY_ID = "SELECT " + COLUMNS + " FROM payment_transaction WHERE id = ? FOR UPDATE";

    /** The transaction a refund refunds, by the refund's id (positional). */
    static final String OF_REFUND = "SELECT " + COLUMNS + " FROM payment_transaction WHERE id = (SELECT transaction_id FROM refund WHERE id = ?)";

    static PaymentTransaction read(ResultSet rs) throws SQLException {
        return new PaymentTransaction(new TransactionId(rs.getString("id")), new MerchantId(rs.getString("merchant_id")), rs.getString("reference"),
                Money.of(rs.getLong("amount"), rs.getString("currency")),
                new PaymentMethod(PaymentMethodType.fromCode(rs.getString("payment_method_type")), rs.getString("payment_method_brand"),
                        rs.getString("payment_method_last4")),
                TransactionStatus.fromCode(rs.getString("status"), "status"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "completed_at"));
    }
}
