package dev.paydesk.application.transaction;

import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.transaction.PaymentTransaction;
import dev.paydesk.domain.transaction.TransactionId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Outbound port: payment transactions. Every method joins the caller's unit of work. */
public interface TransactionRepository {

    /**
     * Adds a new transaction. A second transaction with the same reference for the same merchant
     * is refused with a validation error on {@code reference} (a unique key, so also under concurrency).
     */
    void add(PaymentTransaction transaction);

    Optional<PaymentTransaction> find(TransactionId id);

    /** The transactions of these ids that exist, in no particular order, in one read; nothing is locked. */
    List<PaymentTransaction> findAll(Collection<TransactionId> ids);

    /**
     * The transaction, its row locked until the unit of work ends ({@code SELECT … FOR UPDATE}):
     * whatever depends on its refunds and disputes is decided by one transaction at a time.
     */
    Optional<PaymentTransaction> findForUpdate(TransactionId id);

    Optional<PaymentTransaction> findByReference(MerchantId merchantId, String reference);

    /** Stores a transition of a transaction read in the same unit of work. */
    void update(PaymentTransaction transaction);

    /** Newest first by (created_at, id), at most {@code query.limit()} rows. */
    List<PaymentTransaction> list(TransactionQuery query);
}
