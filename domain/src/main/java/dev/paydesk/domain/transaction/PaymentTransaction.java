package dev.paydesk.domain.transaction;

import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import java.time.Instant;
import java.util.Objects;

/**
 * A purchase (SPEC §5). {@code completedAt} is set exactly when the status is completed. Rebuilt
 * from storage through the same constructor, so a stored row cannot break the invariants.
 */
public record PaymentTransaction(TransactionId id, MerchantId merchantId, String reference, Money amount, PaymentMethod paymentMethod,
                                 TransactionStatus status, Instant createdAt, Instant completedAt) {
    public static final int REFERENCE_MAX_LENGTH = 100;

    public PaymentTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchantId, "merchantId");
        requireReference(reference);
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw DomainException.validation("amount", "must_be_positive", "amount must be greater than zero");
        }
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if ((status == TransactionStatus.COMPLETED) != (completedAt != null)) {
            throw new IllegalArgumentException("completedAt is set exactly for a completed transaction: " + status + ", " + completedAt);
        }
    }

    /** A new transaction as recorded: pending, or completed at once when {@code completed}. */
    public static PaymentTransaction record(TransactionId id, MerchantId merchantId, String reference, Money amount, PaymentMethod paymentMethod,
                                            boolean completed, Instant at) {
        return new PaymentTransaction(id, merchantId, reference, amount, paymentMethod,
                completed ? TransactionStatus.COMPLETED : TransactionStatus.PENDING, at, completed ? at : null);
    }

    public static void requireReference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw DomainException.validation("reference", "required", "reference is required");
        }
        if (reference.length() > REFERENCE_MAX_LENGTH) {
            throw DomainException.validation("reference", "too_long", "reference must be at most " + REFERENCE_MAX_LENGTH + " characters");
        }
    }

    public PaymentTransaction complete(Instant at) {
        requirePending("complete");
        return new PaymentTransaction(id, merchantId, reference, amount, paymentMethod, TransactionStatus.COMPLETED, createdAt, at);
    }

    public PaymentTransaction cancel() {
        requirePending("cancel");
        return new PaymentTransaction(id, merchantId, reference, amount, paymentMethod, TransactionStatus.CANCELLED, createdAt, null);
    }

    public boolean isCompleted() {
        return status == TransactionStatus.COMPLETED;
    }

    /** The sale's entry: acquirer_clearing → the merchant's {@code shop}, gross. */
    public JournalEntry completionEntry(String entryId, String command) {
        if (!isCompleted()) {
            throw new IllegalStateException("only a completed transaction posts its sale");
        }
        return JournalEntry.builder(entryId, EntryCause.of(EntryCause.Kind.TRANSACTION, id.value()), command, completedAt)
                .transfer(LedgerAccount.platform(PlatformAccountType.ACQUIRER_CLEARING, amount.currency()),
                        LedgerAccount.merchant(merchantId, MerchantAccountType.SHOP, amount.currency()), amount)
                .build();
    }

    private void requirePending(String action) {
        if (status != TransactionStatus.PENDING) {
            throw DomainException.invalidState("cannot " + action + " a transaction that is " + status.code());
        }
    }
}
