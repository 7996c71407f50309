package dev.paydesk.domain.refund;

import dev.paydesk.domain.identity.Permission;
import dev.paydesk.domain.identity.Principal;
import dev.paydesk.domain.ledger.EntryCause;
import dev.paydesk.domain.ledger.JournalEntry;
import dev.paydesk.domain.ledger.LedgerAccount;
import dev.paydesk.domain.ledger.MerchantAccountType;
import dev.paydesk.domain.ledger.PlatformAccountType;
import dev.paydesk.domain.merchant.MerchantId;
import dev.paydesk.domain.money.Money;
import dev.paydesk.domain.shared.DomainException;
import dev.paydesk.domain.shared.ErrorCode;
import dev.paydesk.domain.transaction.TransactionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A refund under the four-eyes principle (SPEC §6). Every transition returns the next state or
 * refuses with a stable {@link ErrorCode}; the constructor checks the invariants of every state,
 * so a row read back from storage is checked too.
 *
 * @param attempts         how many times the refund was sent to the gateway (1 after approval)
 * @param failureCode      the gateway's code of the last failure (kept while retrying)
 * @param nextRetryAt      when a failed refund is due for its automatic retry
 * @param expectedCreditBy when the customer should see the money: completion + 48 h
 */
public record Refund(RefundId id, TransactionId transactionId, MerchantId merchantId, Money amount, String reason, RefundStatus status,
                     String createdBy, String approvedBy, String rejectedBy, String rejectionReason, String failureCode, int attempts,
                     Instant nextRetryAt, Instant expectedCreditBy, Instant createdAt, Instant updatedAt, Instant completedAt) {
    public static final Duration CREDIT_DELAY = Duration.ofHours(48);
    public static final int REASON_MAX_LENGTH = 500;

    public Refund {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw DomainException.validation("amount", "must_be_positive", "amount must be greater than zero");
        }
        requireReason(reason);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (createdBy.equals(approvedBy) || createdBy.equals(rejectedBy)) {
            throw new IllegalArgumentException("four eyes: the creator of " + id + " cannot also decide it");
        }
        require(status.isApproved() == (approvedBy != null), "approvedBy is set exactly for an approved refund");
        require((status == RefundStatus.REJECTED) == (rejectedBy != null) && (rejectedBy != null) == (rejectionReason != null),
                "rejectedBy and rejectionReason are set exactly for a rejected refund");
        require(status.isApproved() ? attempts >= 1 : attempts == 0, "attempts count the gateway submissions of an approved refund");
        require((status == RefundStatus.FAILED) == (nextRetryAt != null), "nextRetryAt is set exactly for a failed refund");
        require(status != RefundStatus.FAILED || failureCode != null, "a failed refund has a failure code");
        require((status == RefundStatus.COMPLETED) == (completedAt != null) && (completedAt != null) == (expectedCreditBy != null),
                "completedAt and expectedCreditBy are set exactly for a completed refund");
    }

    /** A new refund, waiting for another user's approval. */
    public static Refund request(RefundId id, TransactionId transactionId, MerchantId merchantId, Money amount, String reason,
                                 String createdBy, Instant at) {
        return new Refund(id, transactionId, merchantId, amount, reason, RefundStatus.PENDING_APPROVAL, createdBy,
                null, null, null, null, 0, null, null, at, at, null);
    }

    public static void requireReason(String reason) {
        if (reason != null && (reason.isBlank() || reason.length() > REASON_MAX_LENGTH)) {
            throw DomainException.validation("reason", "invalid_length", "reason must be 1 to " + REASON_MAX_LENGTH + " characters");
        }
    }

    /** Approval by another user holding refunds.approve — never one's own refund, admins included. */
    public Refund approve(Principal.MerchantUser approver, Instant at) {
        requireDecider(approver, "approve");
        requireStatus(RefundStatus.PENDING_APPROVAL, "approve");
        return new Refund(id, transactionId, merchantId, amount, reason, RefundStatus.PROCESSING, createdBy, approver.id(), null, null,
                null, 1, null, null, createdAt, at, null);
    }

    /** Rejection (refunds.approve, another user than the creator, a reason): final, the amount is refundable again. */
    public Refund reject(Principal.MerchantUser rejecter, String rejectionReason, Instant at) {
        if (rejectionReason == null || rejectionReason.isBlank()) {
            throw DomainException.validation("reason", "required", "a rejection needs a reason");
        }
        if (rejectionReason.length() > REASON_MAX_LENGTH) {
            throw DomainException.validation("reason", "invalid_length", "reason must be at most " + REASON_MAX_LENGTH + " characters");
        }
        requireDecider(rejecter, "reject");
        requireStatus(RefundStatus.PENDING_APPROVAL, "reject");
        return new Refund(id, transactionId, merchantId, amount, reason, RefundStatus.REJECTED, createdBy, null, rejecter.id(),
                rejectionReason, null, 0, null, null, createdAt, at, null);
    }

    /** Cancellation by the creator or an admin of the merchant, before approval: final. */
    public Refund cancel(Principal.MerchantUser user, Instant at) {
        if (!user.id().equals(createdBy) && !user.admin()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "only the creator of a refund or an admin may cancel it");
        }
        requireStatus(RefundStatus.PENDING_APPROVAL, "cancel");
        return new Refund(id, transactionId, merchantId, amount, reason, RefundStatus.CANCELLED, createdBy, null, null, null,
                null, 0, null, null, createdAt, at, null);
    }

    /** The gateway paid the customer back. */
    public Refund succeed(Instant at) {
        requireStatus(RefundStatus.PROCESSING, "complete");
        return new Refund(id, transactionId, merchantId, amount, reason, RefundStatus.COMPLETED, createdBy, approvedBy, null, null,
                failureCode, attempts, null, at.plus(CREDIT_DELAY), createdAt, at, at);
    }

    /** The gateway failed: the merchant stays debited and the refund is retried after the schedule's delay. */
    public Refund fail(String code, Instant at) {
        if (code == null || code.isBlank() || code.length() > 60) {
            throw DomainException.validation("failure_code", "required", "a failed outcome needs a failure code of 1 to 60 characters");
        }
        requireStatus(RefundStatus.PROCESSING, "fail");
        return new Refund(id, transactionId, merchantId, amount, reason, RefundStatus.FAILED, createdBy, approvedBy, null, null,
                code, attempts, at.plus(RetrySchedule.delayAfter(attempts)), null, createdAt, at, null);
    }

    /** A failed refund sent to the gateway again (automatically when due, or forced by an operator). */
    public Refund retry(Instant at) {
        requireStatus(RefundStatus.FAILED, "retry");
        return new Refund(id, transactionId, merchantId, amount, reason, RefundStatus.PROCESSING, createdBy, approvedBy, null, null,
                failureCode, attempts + 1, null, null, createdAt, at, null);
    }

    public boolean isDueForRetry(Instant now) {
        return status == RefundStatus.FAILED && !nextRetryAt.isAfter(now);
    }

    /**
     * The approval's entry: the amount moves to {@code refunds_in_flight}, from {@code shop} as far as
     * its (positive) balance goes, the rest from {@code main}, which may go negative.
     */
    public JournalEntry approvalEntry(String entryId, String command, Money shopBalance) {
        requireStatus(RefundStatus.PROCESSING, "post the approval of");
        Money fromShop = shopBalance.isPositive() ? shopBalance.min(amount) : Money.zero(amount.currency());
        LedgerAccount inFlight = merchantAccount(MerchantAccountType.REFUNDS_IN_FLIGHT);
        return JournalEntry.builder(entryId, cause(), command, updatedAt)
                .transfer(merchantAccount(MerchantAccountType.SHOP), inFlight, fromShop)
                .transfer(merchantAccount(MerchantAccountType.MAIN), inFlight, amount.minus(fromShop))
                .build();
    }

    /** The completion's entry: {@code refunds_in_flight} → the platform's {@code customers}. */
    public JournalEntry completionEntry(String entryId, String command) {
        requireStatus(RefundStatus.COMPLETED, "post the completion of");
        return JournalEntry.builder(entryId, cause(), command, completedAt)
                .transfer(merchantAccount(MerchantAccountType.REFUNDS_IN_FLIGHT), LedgerAccount.platform(PlatformAccountType.CUSTOMERS, amount.currency()), amount)
                .build();
    }

    public LedgerAccount.Merchant merchantAccount(MerchantAccountType type) {
        return LedgerAccount.merchant(merchantId, type, amount.currency());
    }

    private EntryCause cause() {
        return EntryCause.of(EntryCause.Kind.REFUND, id.value());
    }

    private void requireDecider(Principal.MerchantUser user, String action) {
        if (!user.can(Permission.REFUNDS_APPROVE)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "refunds.approve is required to " + action + " a refund");
        }
        if (user.id().equals(createdBy)) {
            throw new DomainException(ErrorCode.FOUR_EYES_VIOLATION, "a refund is " + action + "d by another user than its creator, admins included");
        }
    }

    private void requireStatus(RefundStatus expected, String action) {
        if (status != expected) {
            throw DomainException.invalidState("cannot " + action + " a refund that is " + status.code());
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
